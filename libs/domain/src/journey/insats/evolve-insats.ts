import type { InsatsEvent } from './insats-events';
import { assertNever } from '../shared/assert-never';
import type { ActiveJourney, InsatsState } from '../shared/journey-state';

export function evolveInsats(state: ActiveJourney, event: InsatsEvent): ActiveJourney {
  switch (event.type) {
    case 'InsatsStarted': {
      const { insatsId, insatsType, provider, orderedBy, startDate, plannedEnd } = event.data;
      const insats: InsatsState = { insatsType, provider, orderedBy, startDate, plannedEnd, status: 'running' };
      return { ...state, insatser: { ...state.insatser, [insatsId]: insats } };
    }
    case 'InsatsPaused':
      return withInsatsStatus(state, event.data.insatsId, 'paused');
    case 'InsatsResumed':
      return withInsatsStatus(state, event.data.insatsId, 'running');
    case 'InsatsEnded':
      return withInsatsStatus(state, event.data.insatsId, 'ended');
    default:
      return assertNever(event);
  }
}

function withInsatsStatus(state: ActiveJourney, insatsId: string, status: InsatsState['status']): ActiveJourney {
  const insats = state.insatser[insatsId];
  if (!insats) return state;
  return { ...state, insatser: { ...state.insatser, [insatsId]: { ...insats, status } } };
}
