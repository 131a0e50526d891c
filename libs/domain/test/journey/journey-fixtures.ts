import type {
  ApplicationReceived,
  ApplicationRejected,
  ConsentGiven,
  DataCategory,
  DecisionGranted,
  InsatsStarted,
  JourneyEvent,
  MeetingParticipant,
  MeetingScheduled,
  PlanContent,
} from '@samsyn/domain';

/** Born 2003-08-20: turns 19 in 2022 (earliest start 2022-07-01); latest end 2033-07-31. */
export const PERSONNUMMER = '20030820-3454';
export const CANONICAL_PERSONNUMMER = '200308203454';
export const BIRTH_DATE = '2003-08-20';
export const OREBRO = '1880';

export const opened: JourneyEvent = {
  type: 'JourneyOpened',
  data: { personnummer: CANONICAL_PERSONNUMMER, birthDate: BIRTH_DATE, homeKommun: OREBRO },
};

export const applied: ApplicationReceived = {
  type: 'ApplicationReceived',
  data: { applicationId: 'application-1', kind: 'first_time', currentSupport: 'family' },
};

export const granted: DecisionGranted = {
  type: 'DecisionGranted',
  data: {
    decisionId: 'decision-1',
    applicationId: 'application-1',
    grade: 'HALF',
    period: { from: '2022-07-01', to: '2024-06-30' },
  },
};

export const rejected: ApplicationRejected = {
  type: 'ApplicationRejected',
  data: {
    applicationId: 'application-1',
    kind: 'first_time',
    reason: 'Arbetsförmågan bedöms inte vara nedsatt i ett år.',
  },
};

export const offered: JourneyEvent = { type: 'SupportOffered', data: { channel: 'phone' } };
export const accepted: JourneyEvent = { type: 'SupportAccepted', data: {} };

export function failedAttempt(attempt: number): JourneyEvent {
  return { type: 'ContactAttemptFailed', data: { channel: attempt % 2 === 0 ? 'letter' : 'phone', attempt } };
}

export function consentGiven(overrides: Partial<ConsentGiven['data']> = {}): ConsentGiven {
  return {
    type: 'ConsentGiven',
    data: {
      consentId: 'consent-1',
      organisations: ['AF', 'KOMMUN:1880'],
      categories: ['benefit', 'lotsning'] satisfies DataCategory[],
      purpose: 'Förbereda omställningsmötet',
      validFrom: '2023-02-01',
      validTo: '2023-12-31',
      recordedBy: 'PERSON',
      evidence: null,
      ...overrides,
    },
  };
}

export const participants: MeetingParticipant[] = [
  { organisation: 'FK', role: 'försäkringsutredare' },
  { organisation: 'AF', role: 'arbetsförmedlare' },
  { organisation: 'KOMMUN:1880', role: 'boendestöd' },
  { organisation: 'PERSON', role: 'den unga' },
];

export function meetingScheduled(overrides: Partial<MeetingScheduled['data']> = {}): MeetingScheduled {
  return {
    type: 'MeetingScheduled',
    data: {
      meetingId: 'meeting-1',
      kind: 'omstallningsmote',
      at: '2023-02-20T10:00:00+01:00',
      organiser: 'FK',
      participants,
      preMeetingBrief: null,
      ...overrides,
    },
  };
}

export function insatsStarted(overrides: Partial<InsatsStarted['data']> = {}): InsatsStarted {
  return {
    type: 'InsatsStarted',
    data: {
      insatsId: 'insats-1',
      insatsType: 'arbetstraning',
      provider: 'PROVIDER:activa',
      orderedBy: 'AF',
      kommun: OREBRO,
      extentPercent: 50,
      startDate: '2023-01-09',
      plannedEnd: '2023-12-22',
      ...overrides,
    },
  };
}

export const plan: PlanContent = {
  goals: ['Arbete på deltid inom lager'],
  steps: [{ description: 'Arbetsträning fyra timmar om dagen', responsible: 'AF' }],
  strengths: ['Noggrann', 'Tycker om att arbeta med händerna'],
  limitations: ['Trött av långa dagar'],
  adaptations: ['Skriftliga instruktioner'],
  overallResponsibility: 'FK',
  nextFollowUp: '2023-06-01',
};

export const contactAssigned: JourneyEvent = {
  type: 'ContactPersonAssigned',
  data: { organisation: 'AF', role: 'arbetsformedlare', name: 'Sara Lind', phone: '010-486 00 00' },
};
