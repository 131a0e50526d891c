import { evolve, initialState, type ActiveJourney, type JourneyEvent, type JourneyState } from '@samsyn/domain';
import {
  accepted,
  applied,
  consentGiven,
  contactAssigned,
  granted,
  insatsStarted,
  meetingScheduled,
  offered,
  opened,
  rejected,
} from './journey-fixtures';
import { stateAfter } from './journey-test-kit';

function active(state: JourneyState): ActiveJourney {
  if (state.status !== 'active') throw new Error('expected an active journey');
  return state;
}

describe('evolve', () => {
  it('when nothing has happened, then there is no journey', () => {
    expect(initialState()).toEqual({ status: 'none' });
  });

  it('when an event other than JourneyOpened comes first, then there is still no journey', () => {
    expect(evolve(initialState(), applied)).toEqual({ status: 'none' });
  });

  it('when the journey opens, then it knows the birth date and starts with nothing else', () => {
    const state = active(stateAfter([opened]));
    expect(state).toMatchObject({
      birthDate: '2003-08-20',
      homeKommun: '1880',
      activeDecision: null,
      lotsning: { status: 'none' },
      jobSeeker: 'not_registered',
    });
  });

  it('when JourneyOpened arrives twice, then the first one stands', () => {
    const again: JourneyEvent = {
      type: 'JourneyOpened',
      data: { personnummer: 'x', birthDate: '1999-01-01', homeKommun: '0180' },
    };
    expect(active(stateAfter([opened, again])).homeKommun).toBe('1880');
  });

  it('when a decision is granted and then ends, then it is active in between and the application is answered', () => {
    const afterGrant = active(stateAfter([opened, applied, granted]));
    expect(afterGrant.pendingApplication).toBeNull();
    expect(afterGrant.activeDecision).toEqual({
      decisionId: 'decision-1',
      grade: 'HALF',
      from: '2022-07-01',
      to: '2024-06-30',
    });
    const ended: JourneyEvent = {
      type: 'BenefitEnded',
      data: { decisionId: 'decision-1', reason: 'other', runningInsatser: [] },
    };
    expect(active(evolve(afterGrant, ended)).activeDecision).toBeNull();
  });

  it('when an avslag is followed by offer, acceptance, referral and contact, then the lotsning moves from open to closed', () => {
    const referred: JourneyEvent = {
      type: 'ReferralMade',
      data: { referralId: 'r', to: 'AF', help: 'contact_details' },
    };
    const open = active(stateAfter([opened, applied, rejected, offered, accepted, referred])).lotsning;
    expect(open).toEqual({
      status: 'open',
      applicationId: 'application-1',
      offeredVia: ['phone'],
      accepted: true,
      failedAttempts: 0,
      referredTo: ['AF'],
    });
    const closed = stateAfter([
      opened,
      applied,
      rejected,
      offered,
      accepted,
      referred,
      { type: 'ContactEstablished', data: { with: 'AF' } },
    ]);
    expect(active(closed).lotsning).toEqual({ status: 'closed', closedBy: 'contact_established' });
  });

  it('when meetings, insatser, contacts and consents change, then each is tracked by its id', () => {
    const state = active(
      stateAfter([
        opened,
        consentGiven(),
        { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } },
        meetingScheduled(),
        { type: 'MeetingCancelled', data: { meetingId: 'meeting-1', reason: 'person_did_not_come' } },
        insatsStarted(),
        { type: 'InsatsPaused', data: { insatsId: 'insats-1', provider: 'PROVIDER:activa', reason: 'x' } },
        contactAssigned,
      ]),
    );
    expect(state.consents['consent-1']?.withdrawn).toBe(true);
    expect(state.meetings['meeting-1']?.status).toBe('cancelled');
    expect(state.meetings['meeting-1']?.participants).toEqual(['FK', 'AF', 'KOMMUN:1880', 'PERSON']);
    expect(state.insatser['insats-1']).toMatchObject({
      status: 'paused',
      startDate: '2023-01-09',
      plannedEnd: '2023-12-22',
    });
    expect(state.contactPersons['AF/arbetsformedlare']).toEqual({
      organisation: 'AF',
      role: 'arbetsformedlare',
      name: 'Sara Lind',
      phone: '010-486 00 00',
    });
  });

  it('when an event is applied, then the state it was given is left unchanged', () => {
    const before = stateAfter([opened, insatsStarted()]);
    const copy = structuredClone(before);
    evolve(before, {
      type: 'InsatsEnded',
      data: { insatsId: 'insats-1', provider: 'PROVIDER:activa', endDate: '2023-02-01', reason: 'completed' },
    });
    expect(before).toEqual(copy);
  });

  it('when an event names an unknown meeting or insats, then the state is unchanged', () => {
    const before = stateAfter([opened]);
    expect(
      evolve(before, {
        type: 'MeetingHeld',
        data: { meetingId: 'm', outcome: 'x', jointPlanAgreed: false, registeredAsJobSeeker: false },
      }),
    ).toBe(before);
    expect(evolve(before, { type: 'InsatsResumed', data: { insatsId: 'i', provider: 'AF' } })).toBe(before);
  });
});
