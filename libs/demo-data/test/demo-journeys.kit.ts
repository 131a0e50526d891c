import {
  decide,
  evolve,
  initialState,
  type ActiveJourney,
  type JourneyCommand,
  type JourneyEvent,
  type JourneyState,
} from '@samsyn/domain';
import type { DemoJourney } from '@samsyn/demo-data';

export const TEST_SEED = 20191031;
export const TEST_TODAY = '2025-11-23';

export interface DecidedJourney {
  readonly journey: DemoJourney;
  readonly events: JourneyEvent[];
  readonly state: ActiveJourney;
}

/** Runs a journey's commands through the domain as the application layer would; a refused command throws. */
export function decideJourney(journey: DemoJourney): DecidedJourney {
  let state: JourneyState = initialState();
  const events: JourneyEvent[] = [];
  for (const command of [journey.open, ...journey.commands] as JourneyCommand[]) {
    for (const event of decide(command, state)) {
      events.push(event);
      state = evolve(state, event);
    }
  }
  if (state.status !== 'active') throw new Error('The journey was never opened');
  return { journey, events, state };
}

export function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length;
}
