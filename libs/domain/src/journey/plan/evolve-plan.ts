import type { ActiveJourney } from '../shared/journey-state';
import type { PlanEvent } from './plan-events';

/** An agreed or revised plan replaces the one before it whole. */
export function evolvePlan(state: ActiveJourney, event: PlanEvent): ActiveJourney {
  return { ...state, plan: event.data };
}
