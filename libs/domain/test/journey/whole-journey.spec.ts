import {
  decide,
  evolve,
  initialState,
  type JourneyCommand,
  type JourneyEvent,
  type JourneyState,
} from '@samsyn/domain';
import { PERSONNUMMER, participants } from './journey-fixtures';
import { command } from './journey-test-kit';

/** Runs each command against the state the earlier events built, as the application layer will. */
function run(commands: readonly JourneyCommand[]): { events: JourneyEvent[]; state: JourneyState } {
  let state = initialState();
  const events: JourneyEvent[] = [];
  for (const next of commands) {
    for (const event of decide(next, state)) {
      events.push(event);
      state = evolve(state, event);
    }
  }
  return { events, state };
}

const on = (day: string, author: string) => ({ now: `${day}T10:00:00+01:00`, author });

describe('The journey from the reports: avslag, lotsning to AF, omställningsmöte, contact established', () => {
  const { events, state } = run([
    command('OpenJourney', { personnummer: PERSONNUMMER, homeKommun: '1880' }, on('2023-01-10', 'FK')),
    command(
      'ReceiveApplication',
      { applicationId: 'application-1', kind: 'first_time', currentSupport: 'forsorjningsstod' },
      on('2023-01-10', 'FK'),
    ),
    command(
      'ReceiveMedicalCertificate',
      { certificateId: 'cert-1', issuedBy: 'REGION:18', issuedOn: '2023-01-05' },
      on('2023-01-12', 'FK'),
    ),
    command(
      'RejectApplication',
      { reason: 'Arbetsförmågan bedöms inte vara nedsatt under minst ett år.' },
      on('2023-02-01', 'FK'),
    ),
    command('OfferSupport', { channel: 'phone' }, on('2023-02-02', 'FK')),
    command('AcceptSupport', {}, on('2023-02-02', 'PERSON')),
    command('MakeReferral', { referralId: 'ref-1', to: 'AF', help: 'booked_meeting' }, on('2023-02-03', 'FK')),
    command(
      'GiveConsent',
      {
        consentId: 'consent-1',
        organisations: ['AF', 'KOMMUN:1880'],
        categories: ['benefit', 'lotsning'],
        purpose: 'Att FK får berätta om avslaget inför omställningsmötet',
        validFrom: '2023-02-03',
        validTo: '2023-08-31',
      },
      on('2023-02-03', 'PERSON'),
    ),
    command(
      'ScheduleMeeting',
      {
        meetingId: 'meeting-1',
        kind: 'omstallningsmote',
        at: '2023-02-20T10:00:00+01:00',
        participants,
        preMeetingBriefCategories: ['benefit', 'lotsning'],
      },
      on('2023-02-03', 'FK'),
    ),
    command(
      'HoldMeeting',
      {
        meetingId: 'meeting-1',
        outcome: 'Vill pröva arbetsträning; boendestödet följer med.',
        jointPlanAgreed: false,
        registeredAsJobSeeker: true,
      },
      { now: '2023-02-20T11:30:00+01:00', author: 'AF' },
    ),
    command('EstablishContact', { with: 'AF' }, on('2023-02-21', 'AF')),
  ]);

  it('then every step is recorded in order, the brief reaching AF and the boendestöd only under consent', () => {
    expect(events.map((event) => event.type)).toEqual([
      'JourneyOpened',
      'ApplicationReceived',
      'MedicalCertificateReceived',
      'ApplicationRejected',
      'SupportOffered',
      'SupportAccepted',
      'ReferralMade',
      'ConsentGiven',
      'MeetingScheduled',
      'MeetingHeld',
      'JobSeekerRegistered',
      'ContactEstablished',
    ]);
    expect(events.find((event) => event.type === 'MeetingScheduled')?.data).toMatchObject({
      organiser: 'FK',
      preMeetingBrief: { categories: ['benefit', 'lotsning'], sharedWith: ['AF', 'KOMMUN:1880'] },
    });
  });

  it("then FK's lotsning has ended with contact established, the meeting is held and the person is a job seeker", () => {
    expect(state).toMatchObject({
      status: 'active',
      lotsning: { status: 'closed', closedBy: 'contact_established' },
      meetings: { 'meeting-1': { status: 'held' } },
      jobSeeker: 'registered',
      activeDecision: null,
      pendingApplication: null,
    });
  });

  it('then after the contact is established, FK can take no further lotsning step', () => {
    expect(() => decide(command('OfferSupport', { channel: 'letter' }, on('2023-02-22', 'FK')), state)).toThrow(
      expect.objectContaining({ code: 'LOTSNING_NOT_OPEN' }),
    );
  });
});
