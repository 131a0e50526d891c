import fc from 'fast-check';
import { COMMAND_AUTHORS, type JourneyCommand, type JourneyCommandType, type OrganisationKind } from '@samsyn/domain';

/** Born 2003-08-20: earliest decision start 2022-07-01, latest end 2033-07-31. */
export const PERSONNUMMER = '20030820-3454';
export const BIRTH_DATE = '2003-08-20';
export const START_NOW_MS = Date.UTC(2023, 0, 2, 8, 0, 0);

const DAY_MS = 86_400_000;

export function isoDateFromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoTimestampFromMs(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Adds whole years (clamping 29 Feb) then days to an ISO date; returns an ISO date. */
export function shiftDate(date: string, years: number, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return isoDateFromMs(Date.UTC(y + years, m - 1, Math.min(d, lastDay)) + days * DAY_MS);
}

const ORGANISATIONS_BY_KIND: Record<OrganisationKind, readonly string[]> = {
  FK: ['FK'],
  AF: ['AF'],
  PERSON: ['PERSON'],
  KOMMUN: ['KOMMUN:1880'],
  REGION: ['REGION:18'],
  SAMORDNINGSFORBUND: ['SAMORDNINGSFORBUND:orebro'],
  PROVIDER: ['PROVIDER:activa'],
};
const ALL_ORGANISATIONS = Object.values(ORGANISATIONS_BY_KIND).flat();
const INVALID_ORGANISATIONS = ['', 'fk', 'KOMMUN:9999', 'PROVIDER:Bad Id', 'ALIEN', 'KOMMUN:0180', 'PROVIDER:ips-team'];

const organisation = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...ALL_ORGANISATIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...INVALID_ORGANISATIONS) },
);

/** Mostly an organisation allowed to write the command, sometimes any (valid or not). */
function authorFor(type: JourneyCommandType): fc.Arbitrary<string> {
  const allowed = COMMAND_AUTHORS[type].flatMap((kind) => ORGANISATIONS_BY_KIND[kind]);
  return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: organisation });
}

const id = (prefix: string) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(`${prefix}-1`, `${prefix}-2`) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(300)) },
  );

/** Days 2022-06-01 .. 2027-12-31, sometimes malformed or impossible. */
const validDate = fc
  .integer({ min: Date.UTC(2022, 5, 1) / DAY_MS, max: Date.UTC(2027, 11, 31) / DAY_MS })
  .map((day) => isoDateFromMs(day * DAY_MS));
const date = fc.oneof(
  { weight: 9, arbitrary: validDate },
  { weight: 1, arbitrary: fc.constantFrom('2023-02-30', '2023-13-01', '23-01-01', 'today', '') },
);
const timestamp = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.integer({ min: 0, max: 400 }).map((hours) => isoTimestampFromMs(START_NOW_MS + hours * 3_600_000)),
  },
  { weight: 1, arbitrary: fc.constantFrom('2023-02-30T10:00:00Z', '2023-01-01 10:00', '') },
);
const text = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('Något hände', 'Anna Andersson', 'ok') },
  { weight: 2, arbitrary: fc.constantFrom('', '   ', 'å'.repeat(2_500)) },
);
const phone = fc.constantFrom('019-123 45 67', '+46701234567', 'not a phone', '');
const percent = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(25, 50, 100) },
  { weight: 1, arbitrary: fc.constantFrom(0, 101, -1, 12.5, Number.NaN) },
);
const kommun = fc.constantFrom('1880', '0180', '9999', 'abcd');
const oneOf = (values: readonly string[]) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom('', 'WRONG') },
  );
const categories = fc.subarray(['identity', 'benefit', 'health', 'lotsning', 'meeting', 'insats', 'plan', 'bogus']);

const gradePeriod = fc
  .record({
    from: date,
    years: fc.integer({ min: 0, max: 4 }),
    delta: fc.constantFrom(-2, -1, 0, 1, 2),
    random: fc.option(date, { freq: 4 }),
  })
  .map(({ from, years, delta, random }) => {
    if (random !== null || !/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(Date.parse(from)))
      return { from, to: random ?? from };
    return { from, to: shiftDate(from, years, delta - 1) };
  });

const planContent = fc.record({
  goals: fc.constantFrom(['Arbete'], [], ['']),
  steps: fc.constantFrom(
    [{ description: 'Arbetsträning', responsible: 'AF' }],
    [],
    [{ description: '', responsible: 'ALIEN' }],
  ),
  strengths: fc.constantFrom(['Noggrann'], []),
  limitations: fc.constantFrom(['Trött'], []),
  adaptations: fc.constantFrom([], ['Skriftliga instruktioner']),
  overallResponsibility: organisation,
  nextFollowUp: date,
});

const DATA: { [Type in JourneyCommandType]: fc.Arbitrary<object> } = {
  OpenJourney: fc.record({ personnummer: fc.constantFrom(PERSONNUMMER, '20030820-3455'), homeKommun: kommun }),
  ChangeHomeKommun: fc.record({ homeKommun: kommun }),
  AppointRepresentative: fc.record({
    representativeId: id('rep'),
    kind: oneOf(['ombud', 'god_man', 'stallforetradare']),
    name: text,
    contact: text,
  }),
  RemoveRepresentative: fc.record({ representativeId: id('rep') }),
  GiveConsent: fc.record({
    consentId: id('consent'),
    organisations: fc.subarray(['AF', 'KOMMUN:1880', 'REGION:18', 'ALIEN']),
    categories,
    purpose: text,
    validFrom: date,
    validTo: date,
  }),
  WithdrawConsent: fc.record({ consentId: id('consent') }),
  ErasePersonalData: fc.constant({}),
  ReceiveApplication: fc.record({
    applicationId: id('application'),
    kind: oneOf(['first_time', 'extension']),
    currentSupport: oneOf(['sjukpenning', 'family', 'none']),
  }),
  ReceiveMedicalCertificate: fc.record({ certificateId: id('cert'), issuedBy: organisation, issuedOn: date }),
  GrantDecision: fc
    .record({
      decisionId: id('decision'),
      grade: fc.constantFrom('FULL', 'HALF', '1/4', '3/4', '2/3', 'ALL'),
      period: gradePeriod,
    })
    .map(({ decisionId, grade, period }) => ({ decisionId, grade, ...period })),
  RejectApplication: fc.record({ reason: text }),
  EndBenefit: fc.record({ reason: oneOf(['period_expired', 'turned_30', 'other']) }),
  GrantSpecialCompensation: fc.record({
    compensationId: id('comp'),
    purpose: text,
    amountSek: fc.constantFrom(1, 500, 100_000, 100_001, 0, -5, 12.5),
  }),
  OfferSupport: fc.record({ channel: oneOf(['phone', 'letter', 'digital', 'meeting']) }),
  AcceptSupport: fc.constant({}),
  DeclineSupport: fc.record({ reason: oneOf(['already_has_support', 'not_interested', 'other']) }),
  RecordFailedContactAttempt: fc.record({ channel: oneOf(['phone', 'letter']) }),
  CloseLotsning: fc.constant({}),
  MakeReferral: fc.record({
    referralId: id('referral'),
    to: organisation,
    help: oneOf(['information', 'booked_meeting']),
  }),
  EstablishContact: fc.record({ with: organisation }),
  ScheduleMeeting: fc.record({
    meetingId: id('meeting'),
    kind: oneOf(['omstallningsmote', 'sip', 'follow_up']),
    at: timestamp,
    participants: fc.array(fc.record({ organisation, role: text }), { maxLength: 4 }),
    preMeetingBriefCategories: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: categories },
    ),
  }),
  HoldMeeting: fc.record({
    meetingId: id('meeting'),
    outcome: text,
    jointPlanAgreed: fc.boolean(),
    registeredAsJobSeeker: fc.boolean(),
  }),
  CancelMeeting: fc.record({ meetingId: id('meeting'), reason: oneOf(['person_cancelled', 'organisation_cancelled']) }),
  RegisterJobSeeker: fc.constant({}),
  DeregisterJobSeeker: fc.record({ reason: oneOf(['work', 'studies', 'own_request']) }),
  StartInsats: fc.record({
    insatsId: id('insats'),
    insatsType: oneOf(['arbetstraning', 'ips', 'coaching']),
    provider: organisation,
    kommun,
    extentPercent: percent,
    startDate: date,
    plannedEnd: fc.option(date),
  }),
  PauseInsats: fc.record({ insatsId: id('insats'), reason: text }),
  ResumeInsats: fc.record({ insatsId: id('insats') }),
  EndInsats: fc.record({ insatsId: id('insats'), endDate: date, reason: oneOf(['completed', 'dropped_out']) }),
  AssignContactPerson: fc.record({
    role: oneOf(['handlaggare', 'coach']),
    name: fc.constantFrom('Anna', 'Bo', ''),
    phone,
  }),
  ChangeContactPerson: fc.record({
    role: oneOf(['handlaggare', 'coach']),
    previousName: fc.constantFrom('Anna', 'Bo', 'Cecilia'),
    name: fc.constantFrom('Anna', 'Bo', 'Cecilia', ''),
    phone,
    reason: text,
    personInformed: fc.boolean(),
  }),
  AgreePlan: planContent,
  RevisePlan: planContent,
  RecordOutcome: fc.record({ kind: oneOf(['work', 'studies', 'job_seeking']), extentPercent: percent }),
};

export const COMMAND_TYPES = Object.keys(DATA) as JourneyCommandType[];

/** One command without its `now`, which the sequence supplies so time only moves forward. */
export interface CommandDraft {
  readonly type: JourneyCommandType;
  readonly data: object;
  readonly author: string;
  readonly commandId: string;
  /** Minutes since the previous command. */
  readonly advance: number;
}

/** The flows that need several commands in a row (benefit, lotsning, insats, meeting) come up more often. */
const EXTRA_WEIGHT: Partial<Record<JourneyCommandType, number>> = {
  ReceiveApplication: 4,
  GrantDecision: 6,
  RejectApplication: 2,
  EndBenefit: 4,
  OfferSupport: 2,
  AcceptSupport: 2,
  RecordFailedContactAttempt: 3,
  CloseLotsning: 2,
  StartInsats: 4,
  PauseInsats: 2,
  EndInsats: 4,
  ScheduleMeeting: 4,
  HoldMeeting: 4,
  AgreePlan: 2,
};
const WEIGHTED_TYPES = COMMAND_TYPES.flatMap((type) => Array<JourneyCommandType>(EXTRA_WEIGHT[type] ?? 1).fill(type));

export const commandDraft: fc.Arbitrary<CommandDraft> = fc.constantFrom(...WEIGHTED_TYPES).chain((type) =>
  fc.record({
    type: fc.constant(type),
    data: DATA[type],
    author: authorFor(type),
    commandId: fc.oneof({ weight: 19, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.constant('') }),
    advance: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 60 * 24 * 200 })),
  }),
);

export function toCommands(drafts: readonly CommandDraft[]): JourneyCommand[] {
  let nowMs = START_NOW_MS;
  const open: JourneyCommand = {
    type: 'OpenJourney',
    data: { personnummer: PERSONNUMMER, homeKommun: '1880' },
    metadata: { now: isoTimestampFromMs(nowMs), author: 'FK', commandId: 'open-1' },
  };
  return [
    open,
    ...drafts.map((draft) => {
      nowMs += draft.advance * 60_000;
      return {
        type: draft.type,
        data: draft.data,
        metadata: { now: isoTimestampFromMs(nowMs), author: draft.author, commandId: draft.commandId },
      } as JourneyCommand;
    }),
  ];
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
