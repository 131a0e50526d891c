import { DATA_CATEGORIES } from '@samsyn/domain';
import type { Step } from '../journey-mutations';

/**
 * The journeys the access matrix reads: one per consent state, each with at least one event of every data category,
 * written by a fixed set of authors. Everything the oracle needs (author, category, who takes part, the consents) is
 * written down here, next to the mutation that records it: none of it is read back from the production code.
 */

export const CONSENT_STATES = ['none', 'valid', 'expired', 'withdrawn', 'other_organisation'] as const;
export type ConsentStateName = (typeof CONSENT_STATES)[number];

/** Every category the domain has: a new one enters the matrix, and fails it until the journeys hold an event of it. */
export const CATEGORIES = DATA_CATEGORIES;
export type Category = (typeof CATEGORIES)[number];

export const ORGANISATIONS = [
  'FK',
  'AF',
  'KOMMUN:1880',
  'KOMMUN:1814',
  'REGION:18',
  'SAMORDNINGSFORBUND:orebro',
  'PROVIDER:activa',
] as const;
export const ROLES = ['handlaggare', 'statistician', 'auditor'] as const;

/** The consent's recipient, and the organisation another organisation's consent names instead. */
export const CONSENTED = 'KOMMUN:1880';
export const OTHER_CONSENTED = 'KOMMUN:1814';
/** Named only by the 'none' journey's consent (so that journey still holds a consent event): no viewer is it. */
export const OUTSIDER = 'PROVIDER:annan';

/** The fixed 'now' every read happens at. */
export const READ_AT = '2023-03-15T12:00:00+01:00';
export const READ_DAY = READ_AT.slice(0, 10);

export interface RecordedConsent {
  organisations: string[];
  categories: Category[];
  validFrom: string;
  validTo: string;
  withdrawn: boolean;
}

/** One event a step writes: its type, the category the brief gives it, and the organisations taking part in it. */
export interface ExpectedEvent {
  type: string;
  category: Category;
  participants: string[];
}

export interface MatrixStep extends Step {
  writes: ExpectedEvent[];
}

/** One event as recorded: who wrote it (the step's actor) and what we know of it. */
export interface RecordedEvent extends ExpectedEvent {
  author: string;
}

const day = (date: string, time = '10:00') => `${date}T${time}:00+01:00`;
const UPPER = (categories: readonly Category[]) => categories.map((category) => category.toUpperCase());

/** FK runs the lotsning after an avslag: every lotsning step (whoever records it) is a step of FK's lotsning. */
const LOTSNING_OWNER = 'FK';
const MEETING = ['AF', 'KOMMUN:1880', 'PERSON'];

function consentOf(state: ConsentStateName): RecordedConsent {
  const all = [...CATEGORIES];
  switch (state) {
    case 'none':
      return {
        organisations: [OUTSIDER],
        categories: all,
        validFrom: '2023-01-10',
        validTo: '2023-12-31',
        withdrawn: false,
      };
    case 'valid':
      return {
        organisations: [CONSENTED],
        categories: all,
        validFrom: '2023-01-10',
        validTo: '2023-12-31',
        withdrawn: false,
      };
    case 'expired':
      return {
        organisations: [CONSENTED],
        categories: all,
        validFrom: '2023-01-10',
        validTo: '2023-02-28',
        withdrawn: false,
      };
    case 'withdrawn':
      return {
        organisations: [CONSENTED],
        categories: all,
        validFrom: '2023-01-10',
        validTo: '2023-12-31',
        withdrawn: true,
      };
    case 'other_organisation':
      return {
        organisations: [OTHER_CONSENTED],
        categories: all,
        validFrom: '2023-01-10',
        validTo: '2023-12-31',
        withdrawn: false,
      };
  }
}

/** The journey for one consent state: opened by FK (identity), then these steps. */
export function matrixJourney(state: ConsentStateName): {
  opener: string;
  openedAt: string;
  steps: MatrixStep[];
  consent: RecordedConsent;
} {
  const consent = consentOf(state);
  const steps: MatrixStep[] = [
    {
      as: 'PERSON',
      at: day('2023-01-10', '10:05'),
      mutation: 'appointRepresentative',
      inputType: 'AppointRepresentativeInput',
      input: { representativeId: 'rep-1', kind: 'GOD_MAN', name: 'Anna Berg', contact: '070-111 22 33' },
      writes: [{ type: 'RepresentativeAppointed', category: 'representation', participants: [] }],
    },
    {
      as: 'PERSON',
      at: day('2023-01-10', '10:10'),
      mutation: 'giveConsent',
      inputType: 'GiveConsentInput',
      input: {
        consentId: 'consent-1',
        organisations: consent.organisations,
        categories: UPPER(consent.categories),
        purpose: 'Att handläggarna får se hela resan',
        validFrom: consent.validFrom,
        validTo: consent.validTo,
      },
      writes: [{ type: 'ConsentGiven', category: 'consent', participants: [] }],
    },
    {
      as: 'FK',
      at: day('2023-01-10', '10:15'),
      mutation: 'receiveApplication',
      inputType: 'ReceiveApplicationInput',
      input: { applicationId: 'application-1', kind: 'FIRST_TIME', currentSupport: 'FORSORJNINGSSTOD' },
      writes: [{ type: 'ApplicationReceived', category: 'benefit', participants: [] }],
    },
    {
      as: 'REGION:18',
      at: day('2023-01-12'),
      mutation: 'receiveMedicalCertificate',
      inputType: 'ReceiveMedicalCertificateInput',
      input: { certificateId: 'cert-1', issuedBy: 'REGION:18', issuedOn: '2023-01-11' },
      writes: [{ type: 'MedicalCertificateReceived', category: 'health', participants: [] }],
    },
    {
      as: 'FK',
      at: day('2023-01-12', '11:00'),
      mutation: 'assignContactPerson',
      inputType: 'AssignContactPersonInput',
      input: { role: 'FORSAKRINGSUTREDARE', name: 'Kerstin Lindqvist', phone: '070-123 45 67' },
      writes: [{ type: 'ContactPersonAssigned', category: 'contact', participants: ['FK'] }],
    },
    {
      // A care contact: health data (the brief: "medical certificates, care contacts").
      as: 'REGION:18',
      at: day('2023-01-13'),
      mutation: 'assignContactPerson',
      inputType: 'AssignContactPersonInput',
      input: { role: 'REHABILITERINGSKOORDINATOR', name: 'Lena Ek', phone: '070-222 33 44' },
      writes: [{ type: 'ContactPersonAssigned', category: 'health', participants: ['REGION:18'] }],
    },
    {
      as: 'FK',
      at: day('2023-02-01'),
      mutation: 'rejectApplication',
      inputType: 'RejectApplicationInput',
      input: { reason: 'Arbetsförmågan bedöms inte vara nedsatt under minst ett år.' },
      writes: [{ type: 'ApplicationRejected', category: 'benefit', participants: [] }],
    },
    {
      as: 'FK',
      at: day('2023-02-02'),
      mutation: 'offerSupport',
      inputType: 'SupportChannelInput',
      input: { channel: 'PHONE' },
      writes: [{ type: 'SupportOffered', category: 'lotsning', participants: [LOTSNING_OWNER] }],
    },
    {
      as: 'PERSON',
      at: day('2023-02-02', '11:00'),
      mutation: 'acceptSupport',
      writes: [{ type: 'SupportAccepted', category: 'lotsning', participants: [LOTSNING_OWNER] }],
    },
    {
      as: 'FK',
      at: day('2023-02-03'),
      mutation: 'makeReferral',
      inputType: 'MakeReferralInput',
      input: { referralId: 'ref-1', to: 'SAMORDNINGSFORBUND:orebro', help: 'BOOKED_MEETING' },
      writes: [
        { type: 'ReferralMade', category: 'lotsning', participants: [LOTSNING_OWNER, 'SAMORDNINGSFORBUND:orebro'] },
      ],
    },
    {
      as: 'AF',
      at: day('2023-02-03', '11:00'),
      mutation: 'scheduleMeeting',
      inputType: 'ScheduleMeetingInput',
      input: {
        meetingId: 'meeting-1',
        kind: 'OMSTALLNINGSMOTE',
        at: day('2023-02-10'),
        participants: [
          { organisation: 'AF', role: 'arbetsförmedlare' },
          { organisation: 'KOMMUN:1880', role: 'boendestöd' },
          { organisation: 'PERSON', role: 'den unga' },
        ],
        preMeetingBriefCategories: [],
      },
      writes: [{ type: 'MeetingScheduled', category: 'meeting', participants: MEETING }],
    },
    {
      as: 'KOMMUN:1880',
      at: day('2023-02-10', '11:30'),
      mutation: 'holdMeeting',
      inputType: 'HoldMeetingInput',
      input: {
        meetingId: 'meeting-1',
        outcome: 'Vill pröva arbetsträning.',
        jointPlanAgreed: false,
        registeredAsJobSeeker: false,
      },
      writes: [{ type: 'MeetingHeld', category: 'meeting', participants: MEETING }],
    },
    {
      as: 'AF',
      at: day('2023-02-11'),
      mutation: 'registerJobSeeker',
      writes: [{ type: 'JobSeekerRegistered', category: 'job_seeking', participants: [] }],
    },
    {
      as: 'KOMMUN:1880',
      at: day('2023-02-13'),
      mutation: 'startInsats',
      inputType: 'StartInsatsInput',
      input: {
        insatsId: 'insats-activa',
        insatsType: 'ARBETSTRANING',
        provider: 'PROVIDER:activa',
        kommun: '1880',
        extentPercent: 50,
        startDate: '2023-02-13',
        plannedEnd: '2023-06-30',
      },
      writes: [{ type: 'InsatsStarted', category: 'insats', participants: ['PROVIDER:activa', 'KOMMUN:1880'] }],
    },
    {
      as: 'PROVIDER:activa',
      at: day('2023-02-14'),
      mutation: 'pauseInsats',
      inputType: 'PauseInsatsInput',
      input: { insatsId: 'insats-activa', reason: 'Sjukskriven en vecka' },
      writes: [{ type: 'InsatsPaused', category: 'insats', participants: ['PROVIDER:activa', 'KOMMUN:1880'] }],
    },
    {
      // Care given by the region: health, whoever orders it.
      as: 'KOMMUN:1880',
      at: day('2023-02-15'),
      mutation: 'startInsats',
      inputType: 'StartInsatsInput',
      input: {
        insatsId: 'insats-region',
        insatsType: 'OTHER',
        provider: 'REGION:18',
        kommun: '1880',
        extentPercent: 25,
        startDate: '2023-02-15',
      },
      writes: [{ type: 'InsatsStarted', category: 'health', participants: ['REGION:18', 'KOMMUN:1880'] }],
    },
    {
      as: 'REGION:18',
      at: day('2023-02-16'),
      mutation: 'pauseInsats',
      inputType: 'PauseInsatsInput',
      input: { insatsId: 'insats-region', reason: 'Vårdplanen ses över' },
      writes: [{ type: 'InsatsPaused', category: 'health', participants: ['REGION:18', 'KOMMUN:1880'] }],
    },
    {
      // Naming AF as responsible for a step makes no one a participant: only meetings, referrals, insatser and lotsning do.
      as: 'SAMORDNINGSFORBUND:orebro',
      at: day('2023-02-20'),
      mutation: 'agreePlan',
      inputType: 'PlanInput',
      input: {
        goals: ['Ett arbete på deltid'],
        steps: [
          { description: 'Söka praktikplats', responsible: 'AF' },
          { description: 'Gå på arbetsträningen', responsible: 'PERSON' },
        ],
        strengths: ['Noggrann'],
        limitations: [],
        adaptations: [],
        overallResponsibility: 'SAMORDNINGSFORBUND:orebro',
        nextFollowUp: '2023-04-01',
      },
      writes: [{ type: 'PlanAgreed', category: 'plan', participants: [] }],
    },
    {
      as: 'AF',
      at: day('2023-02-21'),
      mutation: 'establishContact',
      inputType: 'EstablishContactInput',
      input: { with: 'AF' },
      writes: [{ type: 'ContactEstablished', category: 'lotsning', participants: [LOTSNING_OWNER, 'AF'] }],
    },
    {
      as: 'AF',
      at: day('2023-02-22'),
      mutation: 'recordOutcome',
      inputType: 'RecordOutcomeInput',
      input: { kind: 'WORK', extentPercent: 50 },
      writes: [{ type: 'OutcomeRecorded', category: 'outcome', participants: [] }],
    },
  ];
  if (consent.withdrawn) {
    steps.push({
      as: 'PERSON',
      at: day('2023-02-25'),
      mutation: 'withdrawConsent',
      inputType: 'WithdrawConsentInput',
      input: { consentId: 'consent-1' },
      writes: [{ type: 'ConsentWithdrawn', category: 'consent', participants: [] }],
    });
  }
  return { opener: 'FK', openedAt: day('2023-01-10'), steps, consent };
}

/** JourneyOpened: FK opens the journey (identity). */
export const OPENED: ExpectedEvent = { type: 'JourneyOpened', category: 'identity', participants: [] };

/** A valid personnummer (born 2002-05-<n+1>), with its Luhn check digit computed here. */
export function personnummerFor(index: number): string {
  const digits = `0205${String(index + 1).padStart(2, '0')}${String(230 + index * 7).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return `20${digits.slice(0, 6)}-${digits.slice(6)}${(10 - (sum % 10)) % 10}`;
}
