import {
  accessFactsOf,
  canSee,
  journeyAccessOf,
  participantLookupOf,
  type AccessBasis,
  type AccessDecision,
  type AccessDenialReason,
  type IsoDate,
  type JourneyEvent,
  type OrganisationRef,
  type Viewer,
} from '@samsyn/domain';
import { stateAfter, TODAY } from '../journey/journey-test-kit';

export const JOURNEY_ID = 'journey-1';
export const OTHER_JOURNEY_ID = 'journey-2';

export const caseworker = (organisation: OrganisationRef): Viewer => ({ organisation, role: 'caseworker' });
export const statistician = (organisation: OrganisationRef): Viewer => ({ organisation, role: 'statistician' });
export const auditor = (organisation: OrganisationRef): Viewer => ({ organisation, role: 'auditor' });
export const person = (journeyId = JOURNEY_ID): Viewer => ({ organisation: 'PERSON', role: 'person', journeyId });
export const representative = (representativeId: string, journeyId = JOURNEY_ID): Viewer => ({
  organisation: 'PERSON',
  role: 'representative',
  journeyId,
  representativeId,
});

export const allowed = (basis: AccessBasis): AccessDecision => ({ allowed: true, basis });
export const denied = (reason: AccessDenialReason): AccessDecision => ({ allowed: false, reason });

/** given the journey's events / when `viewer` reads `event` written by `author` on a day / then the decision. */
export function given(...events: JourneyEvent[]) {
  const state = stateAfter(events);
  return {
    whenReading: (event: JourneyEvent, author: OrganisationRef) => ({
      by: (viewer: Viewer, at: IsoDate = TODAY) => ({
        then: (expected: AccessDecision) =>
          expect(
            canSee(
              viewer,
              accessFactsOf(event, author, participantLookupOf(state)),
              journeyAccessOf(JOURNEY_ID, state),
              at,
            ),
          ).toEqual(expected),
      }),
    }),
  };
}
