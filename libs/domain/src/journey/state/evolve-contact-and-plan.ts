import type { ContactPersonAssigned, ContactPersonChanged } from '../events/contact-person-events';
import type { OutcomeRecorded, PlanAgreed, PlanRevised } from '../events/plan-events';
import { assertNever } from '../assert-never';
import { contactPersonKey, type ActiveJourney } from './journey-state';

export type ContactAndPlanEvent =
  ContactPersonAssigned | ContactPersonChanged | PlanAgreed | PlanRevised | OutcomeRecorded;

export function evolveContactAndPlan(state: ActiveJourney, event: ContactAndPlanEvent): ActiveJourney {
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
    case 'PlanAgreed':
    case 'PlanRevised':
      return { ...state, plan: event.data };
    case 'OutcomeRecorded':
      return state;
    default:
      return assertNever(event);
  }
}
