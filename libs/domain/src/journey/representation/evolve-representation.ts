import { assertNever } from '../shared/assert-never';
import type { ActiveJourney } from '../shared/journey-state';
import type { RepresentationEvent } from './representation-events';

export function evolveRepresentation(state: ActiveJourney, event: RepresentationEvent): ActiveJourney {
  switch (event.type) {
    case 'RepresentativeAppointed':
      return {
        ...state,
        representatives: { ...state.representatives, [event.data.representativeId]: event.data.kind },
      };
    case 'RepresentativeRemoved':
      return { ...state, representatives: without(state.representatives, event.data.representativeId) };
    default:
      return assertNever(event);
  }
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([candidate]) => candidate !== key));
}
