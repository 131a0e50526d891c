export type ProjectionErrorCode =
  | 'PROJECTION_BEHIND'
  | 'PROJECTION_NOT_FOUND'
  | 'PROJECTION_CHECKPOINT_MOVED'
  | 'INVALID_PROJECTION'
  | 'NOT_A_JOURNEY_EVENT';

export abstract class ProjectionError extends Error {
  abstract readonly code: ProjectionErrorCode;
}

/** No version of the projection has been set up in this database yet. */
export class ProjectionNotFoundError extends ProjectionError {
  readonly code = 'PROJECTION_NOT_FOUND' as const;
  constructor(readonly projection: string) {
    super(`Projection ${projection} has not been set up in this database`);
    this.name = 'ProjectionNotFoundError';
  }
}

/**
 * Another runner moved the projection's checkpoint or version since this one read it: nothing of
 * this batch was written, and the runner carries on from what is stored.
 */
export class CheckpointMovedError extends ProjectionError {
  readonly code = 'PROJECTION_CHECKPOINT_MOVED' as const;
  constructor(readonly projection: string) {
    super(`The checkpoint of projection ${projection} was moved by another runner`);
    this.name = 'CheckpointMovedError';
  }
}

export class InvalidProjectionError extends ProjectionError {
  readonly code = 'INVALID_PROJECTION' as const;
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidProjectionError';
  }
}

export class NotAJourneyEventError extends ProjectionError {
  readonly code = 'NOT_A_JOURNEY_EVENT' as const;
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} is not a journey stream`);
    this.name = 'NotAJourneyEventError';
  }
}
