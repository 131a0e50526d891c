import type { ActiveJourney } from '../shared/journey-state';
import type { OutcomeEvent } from './outcome-events';

/** The outcome is read by the read models; the journey's own rules do not depend on it. */
export function evolveOutcome(state: ActiveJourney, _event: OutcomeEvent): ActiveJourney {
  return state;
}
