import type {
  ConsentGiven,
  ConsentWithdrawn,
  HomeKommunChanged,
  JourneyOpened,
  PersonalDataErased,
  RepresentativeAppointed,
  RepresentativeRemoved,
} from '../events/journey-events';
import { assertNever } from '../assert-never';
import type { ActiveJourney } from './journey-state';

export function openedJourney({ data }: JourneyOpened): ActiveJourney {
  return {
    status: 'active',
    personnummer: data.personnummer,
    birthDate: data.birthDate,
    homeKommun: data.homeKommun,
    representatives: {},
    consents: {},
    pendingApplication: null,
    activeDecision: null,
    lotsning: { status: 'none' },
    meetings: {},
    jobSeeker: 'not_registered',
    insatser: {},
    contactPersons: {},
    plan: null,
    erased: false,
  };
}

export type JourneyAdminEvent =
  | HomeKommunChanged
  | RepresentativeAppointed
  | RepresentativeRemoved
  | ConsentGiven
  | ConsentWithdrawn
  | PersonalDataErased;

export function evolveJourney(state: ActiveJourney, event: JourneyAdminEvent): ActiveJourney {
  switch (event.type) {
    case 'HomeKommunChanged':
      return { ...state, homeKommun: event.data.to };
    case 'RepresentativeAppointed':
      return {
        ...state,
        representatives: { ...state.representatives, [event.data.representativeId]: event.data.kind },
      };
    case 'RepresentativeRemoved':
      return { ...state, representatives: without(state.representatives, event.data.representativeId) };
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
    case 'PersonalDataErased':
      return { ...state, erased: true };
    default:
      return assertNever(event);
  }
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([candidate]) => candidate !== key));
}
