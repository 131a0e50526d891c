import { DomainError } from '../../domain-error';
import { assertNever } from '../shared/assert-never';
import type { AssignContactPerson, ChangeContactPerson, ContactPersonCommand } from './contact-person-commands';
import type { JourneyEvent } from '../journey-event';
import { contactPersonKey, type ActiveJourney } from '../shared/journey-state';
import { CONTACT_ROLES } from '../vocabulary';
import type { DecisionContext } from '../shared/decision-context';
import { TEXT_LIMITS } from '../shared/limits';
import { requireNotErased, requireOneOf, requirePhone, requireText } from '../shared/validation';

/** An organisation names only its own contact persons. */
export function decideContactPerson(
  command: ContactPersonCommand,
  state: ActiveJourney,
  context: DecisionContext,
): JourneyEvent[] {
  switch (command.type) {
    case 'AssignContactPerson':
      return assignContactPerson(command, state, context);
    case 'ChangeContactPerson':
      return changeContactPerson(command, state, context);
    default:
      return assertNever(command);
  }
}

function assignContactPerson(
  { data }: AssignContactPerson,
  state: ActiveJourney,
  context: DecisionContext,
): JourneyEvent[] {
  const organisation = context.authorRef;
  const role = requireOneOf(CONTACT_ROLES, data.role, 'role');
  const current = state.contactPersons[contactPersonKey(organisation, role)];
  if (current) {
    throw new DomainError(
      'CONTACT_PERSON_ALREADY_ASSIGNED',
      'role',
      `${organisation} already has a ${role}; change the contact person instead`,
    );
  }
  const name = requireText(data.name, 'name', TEXT_LIMITS.name);
  const phone = requirePhone(data.phone, 'phone');
  return [{ type: 'ContactPersonAssigned', data: { organisation, role, name, phone } }];
}

function changeContactPerson(
  { data }: ChangeContactPerson,
  state: ActiveJourney,
  context: DecisionContext,
): JourneyEvent[] {
  const organisation = context.authorRef;
  const role = requireOneOf(CONTACT_ROLES, data.role, 'role');
  const current = state.contactPersons[contactPersonKey(organisation, role)];
  if (!current) {
    throw new DomainError(
      'CONTACT_PERSON_NOT_ASSIGNED',
      'role',
      `${organisation} has no ${role} to change; assign one instead`,
    );
  }
  const previousName = requireText(data.previousName, 'previousName', TEXT_LIMITS.name);
  if (normalised(previousName) !== normalised(requireNotErased(current.name, 'previousName'))) {
    throw new DomainError(
      'CONTACT_PERSON_PREVIOUS_MISMATCH',
      'previousName',
      `previousName does not name ${organisation}'s current ${role}`,
    );
  }
  const to = { name: requireText(data.name, 'name', TEXT_LIMITS.name), phone: requirePhone(data.phone, 'phone') };
  const reason = requireText(data.reason, 'reason', TEXT_LIMITS.freeText);
  const from = { name: current.name, phone: current.phone };
  return [
    {
      type: 'ContactPersonChanged',
      data: { organisation, role, from, to, reason, personInformed: data.personInformed },
    },
  ];
}

function normalised(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
