import { describeExpected, type ExpectedRevision } from './expected-revision';

export type EventStoreErrorCode =
  'WRONG_EXPECTED_REVISION' | 'STREAM_DELETED' | 'IDEMPOTENCY_CONFLICT' | 'INVALID_APPEND';

export abstract class EventStoreError extends Error {
  abstract readonly code: EventStoreErrorCode;
}

export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'WRONG_EXPECTED_REVISION' as const;
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** Revision of the stream's last event; -1 when the stream does not exist. */
    readonly actual: number,
  ) {
    super(
      `Stream ${streamId} was expected at ${describeExpected(expected)} but ` +
        (actual < 0 ? 'does not exist' : `is at revision ${actual}`),
    );
    this.name = 'WrongExpectedRevisionError';
  }
}

export class StreamDeletedError extends EventStoreError {
  readonly code = 'STREAM_DELETED' as const;
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} is deleted`);
    this.name = 'StreamDeletedError';
  }
}

/** An event id that is already stored was sent again with other content or for another place. */
export class IdempotencyConflictError extends EventStoreError {
  readonly code = 'IDEMPOTENCY_CONFLICT' as const;
  constructor(readonly eventId: string) {
    super(`Event id ${eventId} is already stored with other content or at another place`);
    this.name = 'IdempotencyConflictError';
  }
}

export class InvalidAppendError extends EventStoreError {
  readonly code = 'INVALID_APPEND' as const;
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidAppendError';
  }
}
