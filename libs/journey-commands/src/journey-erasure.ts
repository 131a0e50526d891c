import { DomainError, type ErasePersonalData, type Viewer } from '@samsyn/domain';
import type { Position } from '@samsyn/event-store';
import type { JourneyKeyStore } from '@samsyn/personal-data';
import type { JourneyCommandResult, JourneyCommandService } from './journey-command-service';
import type { PersonIndex } from './person-index';

export interface ErasureResult {
  journeyId: string;
  /** True when this call erased (recorded the event or deleted the key); false when both had been done before. */
  erased: boolean;
  /** Where this call's PersonalDataErased stands in `$all`; absent when it had been recorded before. */
  position?: Position;
}

export interface ErasureDependencies {
  journeys: JourneyCommandService;
  keys: JourneyKeyStore;
  personIndex: PersonIndex;
}

/**
 * Erases a person's personal data in two steps. First PersonalDataErased goes into the journey's stream,
 * so that every read model forgets what it derived from the person. Then the journey's data key goes, so
 * every sealed field in its events reads as null from now on, and so does the keyed hash that finds the
 * journey by personnummer. The events stay: the facts of the journey without the person.
 *
 * Safe to repeat: after a crash between the steps the event is there and the key too; a second call finds
 * the erasure recorded (PERSONAL_DATA_ALREADY_ERASED) and deletes the key. An unknown journey is JOURNEY_NOT_FOUND.
 */
export async function erasePersonalData(
  deps: ErasureDependencies,
  journeyId: string,
  command: ErasePersonalData,
  writer: Viewer,
): Promise<ErasureResult> {
  const recorded = await recordUnlessRecorded(deps.journeys, journeyId, command, writer);
  const keyDeleted = await deps.keys.erase(journeyId);
  await deps.personIndex.forget(journeyId);
  const position = recorded?.result.position;
  return { journeyId, erased: recorded !== undefined || keyDeleted, ...(position ? { position } : {}) };
}

/** This call's record of the erasure, or undefined when the stream holds one already. */
async function recordUnlessRecorded(
  journeys: JourneyCommandService,
  journeyId: string,
  command: ErasePersonalData,
  writer: Viewer,
): Promise<JourneyCommandResult | undefined> {
  try {
    const recorded = await journeys.execute(journeyId, command, writer);
    return recorded.result.alreadyHandled ? undefined : recorded;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'PERSONAL_DATA_ALREADY_ERASED') return undefined;
    throw error;
  }
}
