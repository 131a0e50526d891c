import {
  accessFactsOf,
  NO_PARTICIPANTS,
  participantLookupOf,
  type JourneyEvent,
  type JourneyEventOfType,
  type JourneyEventType,
  type OrganisationRef,
} from '@samsyn/domain';
import { stateAfter } from '../journey/journey-test-kit';
import {
  applied,
  consentGiven,
  contactAssigned,
  granted,
  insatsStarted,
  meetingScheduled,
  opened,
  plan,
  rejected,
} from '../journey/journey-fixtures';

type EventSamples = { readonly [Type in JourneyEventType]: JourneyEventOfType<Type> };

/** One event of every type: a new event type fails to compile here until its participants are decided. */
const SAMPLES: EventSamples = {
  JourneyOpened: opened as JourneyEventOfType<'JourneyOpened'>,
  HomeKommunChanged: { type: 'HomeKommunChanged', data: { from: '1880', to: '1881' } },
  RepresentativeAppointed: {
    type: 'RepresentativeAppointed',
    data: { representativeId: 'r', kind: 'god_man', name: 'N', contact: 'c' },
  },
  RepresentativeRemoved: { type: 'RepresentativeRemoved', data: { representativeId: 'r', kind: 'god_man' } },
  ConsentGiven: consentGiven(),
  ConsentWithdrawn: { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } },
  PersonalDataErased: { type: 'PersonalDataErased', data: {} },
  ApplicationReceived: applied,
  MedicalCertificateReceived: {
    type: 'MedicalCertificateReceived',
    data: { certificateId: 'c', issuedBy: 'REGION:18', issuedOn: '2023-01-01' },
  },
  DecisionGranted: granted,
  ApplicationRejected: rejected,
  BenefitEnded: {
    type: 'BenefitEnded',
    data: { decisionId: 'decision-1', reason: 'period_expired', runningInsatser: [] },
  },
  SpecialCompensationGranted: {
    type: 'SpecialCompensationGranted',
    data: { compensationId: 's', decisionId: 'decision-1', purpose: 'p', amountSek: 100 },
  },
  SupportOffered: { type: 'SupportOffered', data: { channel: 'phone' } },
  SupportAccepted: { type: 'SupportAccepted', data: {} },
  SupportDeclined: { type: 'SupportDeclined', data: { reason: 'other' } },
  ContactAttemptFailed: { type: 'ContactAttemptFailed', data: { channel: 'phone', attempt: 1 } },
  LotsningClosed: { type: 'LotsningClosed', data: { reason: 'unreachable', failedAttempts: 3 } },
  ReferralMade: { type: 'ReferralMade', data: { referralId: 'ref-1', to: 'AF', help: 'booked_meeting' } },
  ContactEstablished: { type: 'ContactEstablished', data: { with: 'KOMMUN:1880' } },
  MeetingScheduled: meetingScheduled({ organiser: 'SAMORDNINGSFORBUND:orebro' }),
  MeetingHeld: {
    type: 'MeetingHeld',
    data: { meetingId: 'meeting-1', outcome: 'o', jointPlanAgreed: true, registeredAsJobSeeker: false },
  },
  MeetingCancelled: { type: 'MeetingCancelled', data: { meetingId: 'meeting-1', reason: 'person_cancelled' } },
  JobSeekerRegistered: { type: 'JobSeekerRegistered', data: { atMeetingId: 'meeting-1' } },
  JobSeekerDeregistered: { type: 'JobSeekerDeregistered', data: { reason: 'work' } },
  InsatsStarted: insatsStarted(),
  InsatsPaused: { type: 'InsatsPaused', data: { insatsId: 'insats-1', provider: 'PROVIDER:activa', reason: 'r' } },
  InsatsResumed: { type: 'InsatsResumed', data: { insatsId: 'insats-1', provider: 'PROVIDER:activa' } },
  InsatsEnded: {
    type: 'InsatsEnded',
    data: { insatsId: 'insats-1', provider: 'PROVIDER:activa', endDate: '2023-06-01', reason: 'completed' },
  },
  ContactPersonAssigned: contactAssigned as JourneyEventOfType<'ContactPersonAssigned'>,
  ContactPersonChanged: {
    type: 'ContactPersonChanged',
    data: {
      organisation: 'AF',
      role: 'coach',
      from: { name: 'A', phone: '1' },
      to: { name: 'B', phone: '2' },
      reason: 'r',
      personInformed: true,
    },
  },
  PlanAgreed: { type: 'PlanAgreed', data: plan },
  PlanRevised: { type: 'PlanRevised', data: plan },
  OutcomeRecorded: { type: 'OutcomeRecorded', data: { kind: 'work', extentPercent: 25 } },
};

const MEETING = ['SAMORDNINGSFORBUND:orebro', 'FK', 'AF', 'KOMMUN:1880', 'PERSON'];
const INSATS = ['PROVIDER:activa', 'AF'];

const EXPECTED_PARTICIPANTS: { readonly [Type in JourneyEventType]: readonly OrganisationRef[] } = {
  JourneyOpened: [],
  HomeKommunChanged: [],
  RepresentativeAppointed: [],
  RepresentativeRemoved: [],
  ConsentGiven: [],
  ConsentWithdrawn: [],
  PersonalDataErased: [],
  ApplicationReceived: [],
  MedicalCertificateReceived: [],
  DecisionGranted: [],
  ApplicationRejected: [],
  BenefitEnded: [],
  SpecialCompensationGranted: [],
  // FK runs the lotsning: it takes part in every step of it.
  SupportOffered: ['FK'],
  SupportAccepted: ['FK'],
  SupportDeclined: ['FK'],
  ContactAttemptFailed: ['FK'],
  LotsningClosed: ['FK'],
  ReferralMade: ['FK', 'AF'],
  ContactEstablished: ['FK', 'KOMMUN:1880'],
  MeetingScheduled: MEETING,
  MeetingHeld: MEETING,
  MeetingCancelled: MEETING,
  JobSeekerRegistered: [],
  JobSeekerDeregistered: [],
  InsatsStarted: INSATS,
  InsatsPaused: INSATS,
  InsatsResumed: INSATS,
  InsatsEnded: INSATS,
  ContactPersonAssigned: ['AF'],
  ContactPersonChanged: ['AF'],
  PlanAgreed: [],
  PlanRevised: [],
  OutcomeRecorded: [],
};

describe('Access facts of an event', () => {
  const lookup = participantLookupOf(stateAfter([opened, SAMPLES.MeetingScheduled, SAMPLES.InsatsStarted]));

  it.each(Object.keys(SAMPLES) as JourneyEventType[])(
    'when the event is %s, then its participants are named',
    (type) => {
      const event: JourneyEvent = SAMPLES[type];
      expect(accessFactsOf(event, 'FK', lookup).participants).toEqual(EXPECTED_PARTICIPANTS[type]);
    },
  );

  it('when facts are taken, then the category and author come with them', () => {
    expect(accessFactsOf(insatsStarted({ provider: 'REGION:18' }), 'REGION:18', lookup)).toEqual({
      category: 'health',
      author: 'REGION:18',
      participants: ['REGION:18', 'AF'],
    });
  });

  it('when a later meeting or insats event comes without its journey, then only what the event names takes part', () => {
    expect(accessFactsOf(SAMPLES.MeetingHeld, 'FK', NO_PARTICIPANTS).participants).toEqual([]);
    expect(accessFactsOf(SAMPLES.InsatsEnded, 'AF', NO_PARTICIPANTS).participants).toEqual(['PROVIDER:activa']);
  });

  it('when there is no journey yet, then nobody takes part through it', () => {
    expect(participantLookupOf(stateAfter([]))).toBe(NO_PARTICIPANTS);
  });
});
