import { DomainError } from '../../domain-error';
import { Personnummer } from '../../value-objects/personnummer';
import { assertNever } from '../assert-never';
import type {
  AppointRepresentative,
  ChangeHomeKommun,
  OpenJourney,
  RemoveRepresentative,
} from '../commands/journey-commands';
import type { JourneyEvent } from '../events/journey-event';
import type { ActiveJourney, JourneyState } from '../state/journey-state';
import { REPRESENTATIVE_KINDS } from '../vocabulary';
import type { DecisionContext } from './decision-context';
import { TEXT_LIMITS } from './limits';
import { renamed, requireId, requireKommun, requireOneOf, requireText } from './validation';

export function openJourney({ data }: OpenJourney, state: JourneyState, { today }: DecisionContext): JourneyEvent[] {
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

export type RepresentationCommand = ChangeHomeKommun | AppointRepresentative | RemoveRepresentative;

export function decideRepresentation(command: RepresentationCommand, state: ActiveJourney): JourneyEvent[] {
  switch (command.type) {
    case 'ChangeHomeKommun':
      return changeHomeKommun(command, state);
    case 'AppointRepresentative':
      return appointRepresentative(command, state);
    case 'RemoveRepresentative':
      return removeRepresentative(command, state);
    default:
      return assertNever(command);
  }
}

function changeHomeKommun({ data }: ChangeHomeKommun, state: ActiveJourney): JourneyEvent[] {
  const to = requireKommun(data.homeKommun, 'homeKommun');
  if (to === state.homeKommun) {
    throw new DomainError('HOME_KOMMUN_UNCHANGED', 'homeKommun', `The home kommun is already ${to}`);
  }
  return [{ type: 'HomeKommunChanged', data: { from: state.homeKommun, to } }];
}

function appointRepresentative({ data }: AppointRepresentative, state: ActiveJourney): JourneyEvent[] {
  const representativeId = requireId(data.representativeId, 'representativeId');
  if (state.representatives[representativeId]) {
    throw new DomainError(
      'REPRESENTATIVE_ALREADY_APPOINTED',
      'representativeId',
      `Representative ${representativeId} is already appointed`,
    );
  }
  const kind = requireOneOf(REPRESENTATIVE_KINDS, data.kind, 'kind');
  const name = requireText(data.name, 'name', TEXT_LIMITS.name);
  const contact = requireText(data.contact, 'contact', TEXT_LIMITS.contact);
  return [{ type: 'RepresentativeAppointed', data: { representativeId, kind, name, contact } }];
}

function removeRepresentative({ data }: RemoveRepresentative, state: ActiveJourney): JourneyEvent[] {
  const kind = state.representatives[data.representativeId];
  if (!kind) {
    throw new DomainError(
      'REPRESENTATIVE_UNKNOWN',
      'representativeId',
      `No representative ${data.representativeId} is appointed`,
    );
  }
  return [{ type: 'RepresentativeRemoved', data: { representativeId: data.representativeId, kind } }];
}
