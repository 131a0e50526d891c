import { DomainError } from '../../domain-error';
import type { JourneyEvent } from '../journey-event';
import type { DecisionContext } from './decision-context';
import type { ActiveJourney, JourneyState } from './journey-state';

/** How a topic decides its commands on the journey as it stands. */
export type DecideTopic<Command> = (command: Command, state: JourneyState, context: DecisionContext) => JourneyEvent[];

/** How a topic folds its events into the journey. */
export type EvolveTopic<Event> = (state: JourneyState, event: Event) => JourneyState;

export function activeJourney(state: JourneyState): ActiveJourney {
  if (state.status !== 'active')
    throw new DomainError('JOURNEY_NOT_FOUND', 'journey', 'No journey has been opened for this person');
  return state;
}

/** A topic whose commands need an opened journey: without one, JOURNEY_NOT_FOUND before any rule of its own. */
export function onActiveJourney<Command>(
  decide: (command: Command, state: ActiveJourney, context: DecisionContext) => JourneyEvent[],
): DecideTopic<Command> {
  return (command, state, context) => decide(command, activeJourney(state), context);
}

/** A topic whose events change an opened journey only: before JourneyOpened they change nothing. */
export function whenActive<Event>(evolve: (state: ActiveJourney, event: Event) => ActiveJourney): EvolveTopic<Event> {
  return (state, event) => (state.status === 'active' ? evolve(state, event) : state);
}
