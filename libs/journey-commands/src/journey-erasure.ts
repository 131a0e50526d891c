import type { JourneyKeyStore } from '@samsyn/personal-data';
import type { PersonIndex } from './person-index';

export interface ErasureResult {
  journeyId: string;
  /** False when the journey's data had been erased before (or never existed). */
  erased: boolean;
}

/**
 * Erases a person's personal data: deletes the journey's data key, so every sealed field in its events
 * reads as null from now on, and the keyed hash that finds the journey by personnummer. The events stay:
 * the facts of the journey without the person.
 */
export async function erasePersonalData(
  deps: { keys: JourneyKeyStore; personIndex: PersonIndex },
  journeyId: string,
): Promise<ErasureResult> {
  const erased = await deps.keys.erase(journeyId);
  await deps.personIndex.forget(journeyId);
  return { journeyId, erased };
}
