import { assertNever } from '../shared/assert-never';
import type { ActiveJourney, JourneyState } from '../shared/journey-state';
import type { JourneyOpened, OpeningEvent } from './opening-events';

/** JourneyOpened starts a journey once; a second one changes nothing. */
export function evolveOpening(state: JourneyState, event: OpeningEvent): JourneyState {
  switch (event.type) {
    case 'JourneyOpened':
      return state.status === 'none' ? openedJourney(event) : state;
    case 'HomeKommunChanged':
      return state.status === 'active' ? { ...state, homeKommun: event.data.to } : state;
    default:
      return assertNever(event);
  }
}

function openedJourney({ data }: JourneyOpened): ActiveJourney {
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
