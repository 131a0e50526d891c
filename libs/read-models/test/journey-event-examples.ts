import type { JourneyEvent, JourneyEventOfType, JourneyEventType } from '@samsyn/domain';

/** Born 2003-08-20: a man by the second-to-last digit. */
export const EXAMPLE_PERSONNUMMER = '200308203454';

/** Personal values in the examples: a read model must never hold any of them. */
export const EXAMPLE_PERSONAL_VALUES = [
  EXAMPLE_PERSONNUMMER,
  '2003-08-20',
  'Anna Berg',
  '070-111 22 33',
  'Bo Ek',
  '070-444 55 66',
  'Omorganisation hos boendestödet',
  'Arbetsförmågan bedöms inte vara nedsatt',
  'Personen vill börja studera',
  'Vill inte delta just nu',
];

const plan = {
  goals: ['Arbete inom handel'],
  steps: [{ description: 'Praktik två dagar i veckan', responsible: 'AF' }],
  strengths: ['Punktlig'],
  limitations: ['Trötthet'],
  adaptations: ['Korta dagar'],
  overallResponsibility: 'AF',
  nextFollowUp: '2023-06-01',
} as const;

/**
 * One event of every type, as the domain writes it, for specs to give a projection. Mapped over the event
 * types, so a new event type does not compile until it has an example here (and each projection's
 * "ignores the rest" test then gives it to every projection).
 */
export const EXAMPLE_EVENTS: { readonly [Type in JourneyEventType]: JourneyEventOfType<Type> } = {
  JourneyOpened: {
    type: 'JourneyOpened',
    data: { personnummer: EXAMPLE_PERSONNUMMER, birthDate: '2003-08-20', homeKommun: '1880' },
  },
  HomeKommunChanged: { type: 'HomeKommunChanged', data: { from: '1880', to: '1814' } },
  RepresentativeAppointed: {
    type: 'RepresentativeAppointed',
    data: { representativeId: 'rep-1', kind: 'god_man', name: 'Bo Ek', contact: '070-444 55 66' },
  },
  RepresentativeRemoved: { type: 'RepresentativeRemoved', data: { representativeId: 'rep-1', kind: 'god_man' } },
  ConsentGiven: {
    type: 'ConsentGiven',
    data: {
      consentId: 'consent-1',
      organisations: ['AF'],
      categories: ['benefit'],
      purpose: 'Personen vill börja studera',
      validFrom: '2023-01-10',
      validTo: '2024-01-10',
      recordedBy: 'PERSON',
      evidence: null,
    },
  },
  ConsentWithdrawn: { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } },
  PersonalDataErased: { type: 'PersonalDataErased', data: {} },
  ApplicationReceived: {
    type: 'ApplicationReceived',
    data: { applicationId: 'application-1', kind: 'first_time', currentSupport: 'family' },
  },
  MedicalCertificateReceived: {
    type: 'MedicalCertificateReceived',
    data: { certificateId: 'certificate-1', issuedBy: 'REGION:18', issuedOn: '2023-01-05' },
  },
  DecisionGranted: {
    type: 'DecisionGranted',
    data: {
      decisionId: 'decision-1',
      applicationId: 'application-1',
      grade: 'HALF',
      period: { from: '2023-02-01', to: '2024-01-31' },
    },
  },
  ApplicationRejected: {
    type: 'ApplicationRejected',
    data: {
      applicationId: 'application-1',
      kind: 'first_time',
      reason: 'Arbetsförmågan bedöms inte vara nedsatt under minst ett år.',
    },
  },
  BenefitEnded: {
    type: 'BenefitEnded',
    data: { decisionId: 'decision-1', reason: 'period_expired', runningInsatser: [] },
  },
  SpecialCompensationGranted: {
    type: 'SpecialCompensationGranted',
    data: { compensationId: 'compensation-1', decisionId: 'decision-1', purpose: 'Resor', amountSek: 1200 },
  },
  SupportOffered: { type: 'SupportOffered', data: { channel: 'phone' } },
  SupportAccepted: { type: 'SupportAccepted', data: {} },
  SupportDeclined: { type: 'SupportDeclined', data: { reason: 'not_interested' } },
  ContactAttemptFailed: { type: 'ContactAttemptFailed', data: { channel: 'phone', attempt: 1 } },
  LotsningClosed: { type: 'LotsningClosed', data: { reason: 'unreachable', failedAttempts: 3 } },
  ReferralMade: { type: 'ReferralMade', data: { referralId: 'referral-1', to: 'AF', help: 'booked_meeting' } },
  ContactEstablished: { type: 'ContactEstablished', data: { with: 'AF' } },
  MeetingScheduled: {
    type: 'MeetingScheduled',
    data: {
      meetingId: 'meeting-1',
      kind: 'omstallningsmote',
      at: '2023-03-15T09:00:00+01:00',
      organiser: 'AF',
      participants: [
        { organisation: 'AF', role: 'arbetsförmedlare' },
        { organisation: 'KOMMUN:1880', role: 'boendestöd' },
      ],
      preMeetingBrief: { categories: ['benefit'], sharedWith: ['KOMMUN:1880'] },
    },
  },
  MeetingHeld: {
    type: 'MeetingHeld',
    data: {
      meetingId: 'meeting-1',
      outcome: 'Vill inte delta just nu',
      jointPlanAgreed: false,
      registeredAsJobSeeker: false,
    },
  },
  MeetingCancelled: { type: 'MeetingCancelled', data: { meetingId: 'meeting-1', reason: 'person_cancelled' } },
  JobSeekerRegistered: { type: 'JobSeekerRegistered', data: { atMeetingId: 'meeting-1' } },
  JobSeekerDeregistered: { type: 'JobSeekerDeregistered', data: { reason: 'studies' } },
  InsatsStarted: {
    type: 'InsatsStarted',
    data: {
      insatsId: 'insats-1',
      insatsType: 'boendestod',
      provider: 'PROVIDER:activa',
      orderedBy: 'KOMMUN:1880',
      kommun: '1880',
      extentPercent: 25,
      startDate: '2023-02-01',
      plannedEnd: '2024-06-30',
    },
  },
  InsatsPaused: {
    type: 'InsatsPaused',
    data: { insatsId: 'insats-1', provider: 'PROVIDER:activa', reason: 'Vill inte delta just nu' },
  },
  InsatsResumed: { type: 'InsatsResumed', data: { insatsId: 'insats-1', provider: 'PROVIDER:activa' } },
  InsatsEnded: {
    type: 'InsatsEnded',
    data: { insatsId: 'insats-1', provider: 'PROVIDER:activa', endDate: '2023-09-30', reason: 'completed' },
  },
  ContactPersonAssigned: {
    type: 'ContactPersonAssigned',
    data: { organisation: 'KOMMUN:1880', role: 'boendestodjare', name: 'Anna Berg', phone: '070-111 22 33' },
  },
  ContactPersonChanged: {
    type: 'ContactPersonChanged',
    data: {
      organisation: 'KOMMUN:1880',
      role: 'boendestodjare',
      from: { name: 'Anna Berg', phone: '070-111 22 33' },
      to: { name: 'Bo Ek', phone: '070-444 55 66' },
      reason: 'Omorganisation hos boendestödet',
      personInformed: false,
    },
  },
  PlanAgreed: { type: 'PlanAgreed', data: plan },
  PlanRevised: { type: 'PlanRevised', data: { ...plan, nextFollowUp: '2023-09-01' } },
  OutcomeRecorded: { type: 'OutcomeRecorded', data: { kind: 'studies', extentPercent: 100 } },
};

export const EVENT_TYPES = Object.keys(EXAMPLE_EVENTS) as JourneyEventType[];

/** The example event of `type`, with some of its data replaced: `example('DecisionGranted', { grade: 'FULL' })`. */
export function example<Type extends JourneyEventType>(
  type: Type,
  data: Partial<JourneyEventOfType<Type>['data']> = {},
): JourneyEventOfType<Type> {
  const base: JourneyEvent = EXAMPLE_EVENTS[type];
  return { type, data: { ...base.data, ...data } } as JourneyEventOfType<Type>;
}

/** The event types not in `handled`: each projection's spec gives them all and expects nothing to change. */
export const typesOtherThan = (handled: readonly JourneyEventType[]): JourneyEventType[] =>
  EVENT_TYPES.filter((type) => !handled.includes(type));
