import { assertNever } from '../shared/assert-never';
import type { ActiveJourney } from '../shared/journey-state';
import type { ConsentEvent } from './consent-events';

export function evolveConsent(state: ActiveJourney, event: ConsentEvent): ActiveJourney {
  switch (event.type) {
    case 'ConsentGiven': {
      const { consentId, organisations, categories, purpose, validFrom, validTo, recordedBy, evidence } = event.data;
      const consent = {
        recordedBy: recordedBy ?? null,
        purpose,
        evidence: evidence ?? null,
        organisations,
        categories,
        validFrom,
        validTo,
        withdrawn: false,
      };
      return { ...state, consents: { ...state.consents, [consentId]: consent } };
    }
    case 'ConsentWithdrawn': {
      const consent = state.consents[event.data.consentId];
      if (!consent) return state;
      return { ...state, consents: { ...state.consents, [event.data.consentId]: { ...consent, withdrawn: true } } };
    }
    default:
      return assertNever(event);
  }
}
