import { DomainError } from '../../domain-error';
import { assertNever } from '../shared/assert-never';
import type { JourneyEvent } from '../journey-event';
import type { ActiveJourney } from '../shared/journey-state';
import { TEXT_LIMITS } from '../shared/limits';
import { requireId, requireOneOf, requireText } from '../shared/validation';
import { REPRESENTATIVE_KINDS } from '../vocabulary';
import type { AppointRepresentative, RemoveRepresentative, RepresentationCommand } from './representation-commands';

export function decideRepresentation(command: RepresentationCommand, state: ActiveJourney): JourneyEvent[] {
  switch (command.type) {
    case 'AppointRepresentative':
      return appointRepresentative(command, state);
    case 'RemoveRepresentative':
      return removeRepresentative(command, state);
    default:
      return assertNever(command);
  }
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
