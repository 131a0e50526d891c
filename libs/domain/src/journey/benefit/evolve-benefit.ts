import type { BenefitEvent } from './benefit-events';
import { assertNever } from '../shared/assert-never';
import type { ActiveJourney } from '../shared/journey-state';

export function evolveBenefit(state: ActiveJourney, event: BenefitEvent): ActiveJourney {
  switch (event.type) {
    case 'ApplicationReceived':
      return { ...state, pendingApplication: { applicationId: event.data.applicationId, kind: event.data.kind } };
    case 'DecisionGranted': {
      const { decisionId, grade, period } = event.data;
      return { ...state, pendingApplication: null, activeDecision: { decisionId, grade, ...period } };
    }
    case 'ApplicationRejected':
      return { ...state, pendingApplication: null, lotsning: openLotsning(event.data.applicationId) };
    case 'BenefitEnded':
      return { ...state, activeDecision: null };
    case 'MedicalCertificateReceived':
    case 'SpecialCompensationGranted':
      return state;
    default:
      return assertNever(event);
  }
}

function openLotsning(applicationId: string): ActiveJourney['lotsning'] {
  return { status: 'open', applicationId, offeredVia: [], accepted: false, failedAttempts: 0, referredTo: [] };
}
