import type { JourneyCommand } from '@samsyn/domain';

/**
 * Every write the composed schema offers: the 33 journey command mutations and erasePersonalData. For each, a recipe
 * gives, for one writer (an agency, or PERSON for the person and their representatives), the steps that make the
 * command valid on a fresh journey (written in process by writers who may write them) and the mutation's input.
 * Nothing here knows the write policy: who may send what is the oracle's, in the spec.
 */

/** A journey command without its metadata: the preparation adds who writes it and when. */
export type CommandBody = BodyOf<JourneyCommand>;
type BodyOf<C> = C extends JourneyCommand ? { type: C['type']; data: C['data'] } : never;

/** One step of a journey's preparation: `as` is the organisation writing it (its handlaggare), or PERSON (the person). */
export interface PrepStep {
  as: string;
  command: CommandBody;
}

export interface ActionCase {
  prep: PrepStep[];
  input?: Record<string, unknown>;
}

export interface WriteAction {
  /** The cell's name: the mutation, and for GiveConsent's extra cases what is wrong with the input. */
  name: string;
  mutation: string;
  inputType?: string;
  /** Sent only by agency callers (GiveConsent without evidence, or naming the recorder). */
  agenciesOnly?: true;
  recipe(writer: string): ActionCase;
}

/** The fixed 'now' of the whole matrix: preparation and requests. */
export const NOW = '2023-03-15T12:00:00+01:00';
export const TODAY = NOW.slice(0, 10);
/** A meeting held before NOW, so that it may be recorded as held now. */
const MEETING_AT = '2023-03-14T10:00:00+01:00';

const FK = 'FK';
const AF = 'AF';
const PERSON = 'PERSON';

/** An organisation other than the writer, for a consent to name. */
const otherThan = (writer: string) => (writer === 'KOMMUN:1880' ? 'REGION:18' : 'KOMMUN:1880');

const application: PrepStep = {
  as: FK,
  command: {
    type: 'ReceiveApplication',
    data: { applicationId: 'application-1', kind: 'first_time', currentSupport: 'forsorjningsstod' },
  },
};
const decision: PrepStep = {
  as: FK,
  command: {
    type: 'GrantDecision',
    data: { decisionId: 'decision-1', grade: 'FULL', from: '2023-04-01', to: '2024-03-31' },
  },
};
const avslag: PrepStep = {
  as: FK,
  command: { type: 'RejectApplication', data: { reason: 'Arbetsförmågan är inte nedsatt under ett år.' } },
};
const offer: PrepStep = { as: FK, command: { type: 'OfferSupport', data: { channel: 'phone' } } };
const accepted: PrepStep = { as: PERSON, command: { type: 'AcceptSupport', data: {} } };
const failedAttempt: PrepStep = {
  as: FK,
  command: { type: 'RecordFailedContactAttempt', data: { channel: 'letter' } },
};
const LOTSNING_OPEN = [application, avslag];
const SUPPORT_OFFERED = [...LOTSNING_OPEN, offer];
const SUPPORT_ACCEPTED = [...SUPPORT_OFFERED, accepted];

const planOf = (writer: string) => ({
  goals: ['Ett arbete på deltid'],
  steps: [{ description: 'Söka praktikplats', responsible: writer }],
  strengths: ['Noggrann'],
  limitations: [],
  adaptations: [],
  overallResponsibility: writer,
  nextFollowUp: '2023-06-01',
});
const agreedPlan: PrepStep = { as: FK, command: { type: 'AgreePlan', data: planOf(FK) } };

/** A meeting FK booked, the writer and the person taking part. */
const meetingWith = (writer: string): PrepStep => ({
  as: FK,
  command: {
    type: 'ScheduleMeeting',
    data: {
      meetingId: 'meeting-1',
      kind: 'sip',
      at: MEETING_AT,
      participants: [...new Set([FK, writer, PERSON])].map((organisation) => ({ organisation, role: 'deltagare' })),
      preMeetingBriefCategories: [],
    },
  },
});

/** An insats FK ordered with the writer as its provider: both may change it. */
const insatsProvidedBy = (writer: string): PrepStep => ({
  as: FK,
  command: {
    type: 'StartInsats',
    data: {
      insatsId: 'insats-1',
      insatsType: 'arbetstraning',
      provider: writer,
      kommun: '1880',
      extentPercent: 50,
      startDate: '2023-03-01',
      plannedEnd: null,
    },
  },
});
const insatsPaused: PrepStep = {
  as: FK,
  command: { type: 'PauseInsats', data: { insatsId: 'insats-1', reason: 'Sjukskriven en vecka' } },
};

/** The writer's own contact person (only an agency names one: for PERSON, FK's). */
const contactPersonOf = (writer: string): PrepStep => ({
  as: writer === PERSON ? FK : writer,
  command: { type: 'AssignContactPerson', data: { role: 'handlaggare', name: 'Kim Lund', phone: '070-123 45 67' } },
});

const consentGiven: PrepStep = {
  as: PERSON,
  command: {
    type: 'GiveConsent',
    data: {
      consentId: 'consent-1',
      organisations: ['KOMMUN:1880'],
      categories: ['plan'],
      purpose: 'Planeringen',
      validFrom: TODAY,
      validTo: '2023-12-31',
    },
  },
};
const representativeToRemove: PrepStep = {
  as: PERSON,
  command: {
    type: 'AppointRepresentative',
    data: { representativeId: 'rep-x', kind: 'ombud', name: 'Per Ombud', contact: '070-987 65 43' },
  },
};
const jobSeeker: PrepStep = { as: AF, command: { type: 'RegisterJobSeeker', data: {} } };

const EVIDENCE = { kind: 'SIGNED_FORM', reference: 'Samtyckesblankett 2023-031' };

/** An agency records a consent given to it in person, with its evidence, for another organisation; the person needs neither. */
function consentInput(writer: string): Record<string, unknown> {
  const given = {
    consentId: 'consent-new',
    categories: ['PLAN', 'MEETING'],
    purpose: 'Att planera stödet tillsammans',
    validFrom: TODAY,
    validTo: '2023-12-31',
  };
  return writer === PERSON
    ? { ...given, organisations: ['KOMMUN:1880', AF] }
    : { ...given, organisations: [otherThan(writer)], evidence: EVIDENCE };
}

const none = (input?: Record<string, unknown>): ActionCase => ({ prep: [], ...(input ? { input } : {}) });

export const WRITE_ACTIONS: WriteAction[] = [
  // The input's personnummer is the probe's own (see the spec): a fresh one, or that of the journey it targets.
  {
    name: 'openJourney',
    mutation: 'openJourney',
    inputType: 'OpenJourneyInput',
    recipe: () => none({ homeKommun: '1880' }),
  },
  {
    name: 'changeHomeKommun',
    mutation: 'changeHomeKommun',
    inputType: 'ChangeHomeKommunInput',
    recipe: () => none({ homeKommun: '1814' }),
  },
  {
    name: 'appointRepresentative',
    mutation: 'appointRepresentative',
    inputType: 'AppointRepresentativeInput',
    recipe: () => none({ representativeId: 'rep-new', kind: 'GOD_MAN', name: 'Nils Nyberg', contact: '070-444 55 66' }),
  },
  {
    name: 'removeRepresentative',
    mutation: 'removeRepresentative',
    inputType: 'RemoveRepresentativeInput',
    recipe: () => ({ prep: [representativeToRemove], input: { representativeId: 'rep-x' } }),
  },
  {
    name: 'giveConsent',
    mutation: 'giveConsent',
    inputType: 'GiveConsentInput',
    recipe: (writer) => none(consentInput(writer)),
  },
  {
    name: 'giveConsent (without evidence)',
    mutation: 'giveConsent',
    inputType: 'GiveConsentInput',
    agenciesOnly: true,
    recipe: (writer) => {
      const { evidence: _evidence, ...withoutEvidence } = consentInput(writer);
      return none(withoutEvidence);
    },
  },
  {
    name: 'giveConsent (naming itself)',
    mutation: 'giveConsent',
    inputType: 'GiveConsentInput',
    agenciesOnly: true,
    recipe: (writer) => none({ ...consentInput(writer), organisations: [otherThan(writer), writer] }),
  },
  {
    name: 'withdrawConsent',
    mutation: 'withdrawConsent',
    inputType: 'WithdrawConsentInput',
    recipe: () => ({ prep: [consentGiven], input: { consentId: 'consent-1' } }),
  },
  {
    name: 'receiveApplication',
    mutation: 'receiveApplication',
    inputType: 'ReceiveApplicationInput',
    recipe: () => none({ applicationId: 'application-1', kind: 'FIRST_TIME', currentSupport: 'FORSORJNINGSSTOD' }),
  },
  {
    name: 'grantDecision',
    mutation: 'grantDecision',
    inputType: 'GrantDecisionInput',
    recipe: () => ({
      prep: [application],
      input: { decisionId: 'decision-1', grade: 'FULL', from: '2023-04-01', to: '2024-03-31' },
    }),
  },
  {
    name: 'rejectApplication',
    mutation: 'rejectApplication',
    inputType: 'RejectApplicationInput',
    recipe: () => ({ prep: [application], input: { reason: 'Arbetsförmågan är inte nedsatt under ett år.' } }),
  },
  {
    name: 'endBenefit',
    mutation: 'endBenefit',
    inputType: 'EndBenefitInput',
    recipe: () => ({ prep: [application, decision], input: { reason: 'OTHER' } }),
  },
  {
    name: 'grantSpecialCompensation',
    mutation: 'grantSpecialCompensation',
    inputType: 'GrantSpecialCompensationInput',
    recipe: () => ({
      prep: [application, decision, agreedPlan],
      input: { compensationId: 'compensation-1', purpose: 'Resor till arbetsträningen', amountSek: 1200 },
    }),
  },
  {
    name: 'offerSupport',
    mutation: 'offerSupport',
    inputType: 'SupportChannelInput',
    recipe: () => ({ prep: LOTSNING_OPEN, input: { channel: 'PHONE' } }),
  },
  { name: 'acceptSupport', mutation: 'acceptSupport', recipe: () => ({ prep: SUPPORT_OFFERED }) },
  {
    name: 'declineSupport',
    mutation: 'declineSupport',
    inputType: 'DeclineSupportInput',
    recipe: () => ({ prep: SUPPORT_OFFERED, input: { reason: 'NOT_INTERESTED' } }),
  },
  {
    name: 'recordFailedContactAttempt',
    mutation: 'recordFailedContactAttempt',
    inputType: 'SupportChannelInput',
    recipe: () => ({ prep: LOTSNING_OPEN, input: { channel: 'PHONE' } }),
  },
  {
    name: 'closeLotsning',
    mutation: 'closeLotsning',
    recipe: () => ({ prep: [...LOTSNING_OPEN, failedAttempt, failedAttempt, failedAttempt] }),
  },
  {
    name: 'makeReferral',
    mutation: 'makeReferral',
    inputType: 'MakeReferralInput',
    recipe: () => ({
      prep: SUPPORT_ACCEPTED,
      input: { referralId: 'referral-1', to: 'SAMORDNINGSFORBUND:orebro', help: 'BOOKED_MEETING' },
    }),
  },
  {
    name: 'receiveMedicalCertificate',
    mutation: 'receiveMedicalCertificate',
    inputType: 'ReceiveMedicalCertificateInput',
    recipe: () => none({ certificateId: 'certificate-1', issuedBy: 'REGION:18', issuedOn: '2023-03-14' }),
  },
  // Only FK, or the organisation the contact is with, records it: the writer names itself.
  {
    name: 'establishContact',
    mutation: 'establishContact',
    inputType: 'EstablishContactInput',
    recipe: (writer) => ({ prep: SUPPORT_ACCEPTED, input: { with: writer } }),
  },
  {
    name: 'scheduleMeeting',
    mutation: 'scheduleMeeting',
    inputType: 'ScheduleMeetingInput',
    recipe: (writer) =>
      none({
        meetingId: 'meeting-new',
        kind: 'SIP',
        at: '2023-03-20T10:00:00+01:00',
        participants: [...new Set([writer, PERSON])].map((organisation) => ({ organisation, role: 'deltagare' })),
        preMeetingBriefCategories: [],
      }),
  },
  {
    name: 'holdMeeting',
    mutation: 'holdMeeting',
    inputType: 'HoldMeetingInput',
    recipe: (writer) => ({
      prep: [meetingWith(writer)],
      input: {
        meetingId: 'meeting-1',
        outcome: 'Planen gicks igenom.',
        jointPlanAgreed: false,
        registeredAsJobSeeker: false,
      },
    }),
  },
  {
    name: 'cancelMeeting',
    mutation: 'cancelMeeting',
    inputType: 'CancelMeetingInput',
    recipe: (writer) => ({
      prep: [meetingWith(writer)],
      input: { meetingId: 'meeting-1', reason: 'PERSON_CANCELLED' },
    }),
  },
  { name: 'registerJobSeeker', mutation: 'registerJobSeeker', recipe: () => none() },
  {
    name: 'deregisterJobSeeker',
    mutation: 'deregisterJobSeeker',
    inputType: 'DeregisterJobSeekerInput',
    recipe: () => ({ prep: [jobSeeker], input: { reason: 'WORK' } }),
  },
  {
    name: 'startInsats',
    mutation: 'startInsats',
    inputType: 'StartInsatsInput',
    // The writer orders it and provides it.
    recipe: (writer) =>
      none({
        insatsId: 'insats-new',
        insatsType: 'ARBETSTRANING',
        provider: writer,
        kommun: '1880',
        extentPercent: 50,
        startDate: TODAY,
        plannedEnd: '2023-06-30',
      }),
  },
  {
    name: 'pauseInsats',
    mutation: 'pauseInsats',
    inputType: 'PauseInsatsInput',
    recipe: (writer) => ({
      prep: [insatsProvidedBy(writer)],
      input: { insatsId: 'insats-1', reason: 'Sjukskriven en vecka' },
    }),
  },
  {
    name: 'resumeInsats',
    mutation: 'resumeInsats',
    inputType: 'InsatsIdInput',
    recipe: (writer) => ({ prep: [insatsProvidedBy(writer), insatsPaused], input: { insatsId: 'insats-1' } }),
  },
  {
    name: 'endInsats',
    mutation: 'endInsats',
    inputType: 'EndInsatsInput',
    recipe: (writer) => ({
      prep: [insatsProvidedBy(writer)],
      input: { insatsId: 'insats-1', endDate: TODAY, reason: 'COMPLETED' },
    }),
  },
  {
    name: 'assignContactPerson',
    mutation: 'assignContactPerson',
    inputType: 'AssignContactPersonInput',
    recipe: () => none({ role: 'HANDLAGGARE', name: 'Kim Lund', phone: '070-123 45 67' }),
  },
  {
    name: 'changeContactPerson',
    mutation: 'changeContactPerson',
    inputType: 'ChangeContactPersonInput',
    recipe: (writer) => ({
      prep: [contactPersonOf(writer)],
      input: {
        role: 'HANDLAGGARE',
        previousName: 'Kim Lund',
        name: 'Sara Holm',
        phone: '070-765 43 21',
        reason: 'Ny tjänst',
        personInformed: true,
      },
    }),
  },
  { name: 'agreePlan', mutation: 'agreePlan', inputType: 'PlanInput', recipe: (writer) => none(planOf(writer)) },
  {
    name: 'revisePlan',
    mutation: 'revisePlan',
    inputType: 'PlanInput',
    recipe: (writer) => ({ prep: [agreedPlan], input: planOf(writer) }),
  },
  {
    name: 'recordOutcome',
    mutation: 'recordOutcome',
    inputType: 'RecordOutcomeInput',
    recipe: () => none({ kind: 'WORK', extentPercent: 50 }),
  },
  { name: 'erasePersonalData', mutation: 'erasePersonalData', recipe: () => none() },
];
