import type { ActiveJourney } from '../shared/journey-state';
import type { ErasureEvent } from './erasure-events';

export function evolveErasure(state: ActiveJourney, _event: ErasureEvent): ActiveJourney {
  return { ...state, erased: true };
}
