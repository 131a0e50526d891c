import type { ContactPersonEvent } from './contact-person-events';
import { assertNever } from '../shared/assert-never';
import { contactPersonKey, type ActiveJourney } from '../shared/journey-state';

export function evolveContactPerson(state: ActiveJourney, event: ContactPersonEvent): ActiveJourney {
  switch (event.type) {
    case 'ContactPersonAssigned': {
      const { organisation, role, name, phone } = event.data;
      const key = contactPersonKey(organisation, role);
      return { ...state, contactPersons: { ...state.contactPersons, [key]: { organisation, role, name, phone } } };
    }
    case 'ContactPersonChanged': {
      const { organisation, role, to } = event.data;
      const key = contactPersonKey(organisation, role);
      return { ...state, contactPersons: { ...state.contactPersons, [key]: { organisation, role, ...to } } };
    }
    default:
      return assertNever(event);
  }
}
