import { DomainError } from '../../domain-error';
import { Personnummer } from '../../value-objects/personnummer';
import { assertNever } from '../shared/assert-never';
import type { JourneyEvent } from '../journey-event';
import { activeJourney } from '../shared/active-journey';
import type { DecisionContext } from '../shared/decision-context';
import type { ActiveJourney, JourneyState } from '../shared/journey-state';
import { renamed, requireKommun } from '../shared/validation';
import type { ChangeHomeKommun, OpenJourney, OpeningCommand } from './opening-commands';

/** The one topic whose command needs no journey yet: OpenJourney starts it. */
export function decideOpening(command: OpeningCommand, state: JourneyState, context: DecisionContext): JourneyEvent[] {
  switch (command.type) {
    case 'OpenJourney':
      return openJourney(command, state, context);
    case 'ChangeHomeKommun':
      return changeHomeKommun(command, activeJourney(state));
    default:
      return assertNever(command);
  }
}

function openJourney({ data }: OpenJourney, state: JourneyState, { today }: DecisionContext): JourneyEvent[] {
  if (state.status !== 'none') {
    throw new DomainError('JOURNEY_ALREADY_OPENED', 'personnummer', 'A journey is already open for this person');
  }
  const personnummer = renamed('personnummer', () => Personnummer.parse(data.personnummer, { today }));
  const homeKommun = requireKommun(data.homeKommun, 'homeKommun');
  return [
    {
      type: 'JourneyOpened',
      data: { personnummer: personnummer.canonical, birthDate: personnummer.birthDate, homeKommun },
    },
  ];
}

function changeHomeKommun({ data }: ChangeHomeKommun, state: ActiveJourney): JourneyEvent[] {
  const to = requireKommun(data.homeKommun, 'homeKommun');
  if (to === state.homeKommun) {
    throw new DomainError('HOME_KOMMUN_UNCHANGED', 'homeKommun', `The home kommun is already ${to}`);
  }
  return [{ type: 'HomeKommunChanged', data: { from: state.homeKommun, to } }];
}
