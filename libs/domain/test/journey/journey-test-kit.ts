import {
  decide,
  evolve,
  initialState,
  type CommandMetadata,
  type DomainErrorCode,
  type JourneyCommand,
  type JourneyCommandOfType,
  type JourneyCommandType,
  type JourneyEvent,
  type JourneyState,
} from '@samsyn/domain';
import { expectDomainError } from '../expect-domain-error';

/** 1 March 2023, 09:00 in Sweden (CET). */
export const NOW = '2023-03-01T09:00:00+01:00';
export const TODAY = '2023-03-01';

export function command<T extends JourneyCommandType>(
  type: T,
  data: JourneyCommandOfType<T>['data'],
  metadata: Partial<CommandMetadata> = {},
): JourneyCommandOfType<T> {
  return {
    type,
    data,
    metadata: { now: NOW, author: 'FK', commandId: 'command-1', ...metadata },
  } as JourneyCommandOfType<T>;
}

export function stateAfter(events: readonly JourneyEvent[]): JourneyState {
  return events.reduce(evolve, initialState());
}

/** given events / when command / then events or a DomainError. */
export function given(...events: JourneyEvent[]) {
  const state = stateAfter(events);
  return {
    when: (journeyCommand: JourneyCommand) => ({
      then: (...expected: JourneyEvent[]) => expect(decide(journeyCommand, state)).toEqual(expected),
      thenFails: (code: DomainErrorCode, field: string) =>
        expectDomainError(() => decide(journeyCommand, state), code, field),
    }),
  };
}
