import fc from 'fast-check';
import { commandMutation, OPEN_JOURNEY, type Receipt } from './support/journey-mutations';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

/**
 * Property: malformed input to a journey mutation, through the real gateway, is always refused with a client
 * error code (never INTERNAL_SERVER_ERROR nor a missing code), and nothing is ever written.
 */
const NOW = '2023-03-01T10:00:00+01:00';
const NUM_RUNS = 150;
const CLIENT_CODES = [
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'REQUEST_ENTITY_TOO_LARGE',
];

type FieldKind =
  'id' | 'text' | 'int' | 'bool' | 'date' | 'timestamp' | 'stringList' | 'objectList' | { enum: readonly string[] };

interface MutationCase {
  readonly name: string;
  readonly inputType: string;
  /** Valid in GraphQL terms; every field required (non-null), so any single corruption makes the input malformed. */
  readonly valid: Record<string, unknown>;
  readonly fields: Record<string, FieldKind>;
}

const MUTATIONS: readonly MutationCase[] = [
  {
    name: 'grantDecision',
    inputType: 'GrantDecisionInput',
    valid: { decisionId: 'decision-1', grade: 'FULL', from: '2023-03-01', to: '2024-02-29' },
    fields: {
      decisionId: 'id',
      grade: { enum: ['QUARTER', 'HALF', 'THREE_QUARTERS', 'FULL'] },
      from: 'date',
      to: 'date',
    },
  },
  {
    name: 'receiveApplication',
    inputType: 'ReceiveApplicationInput',
    valid: { applicationId: 'application-1', kind: 'FIRST_TIME', currentSupport: 'FAMILY' },
    fields: {
      applicationId: 'id',
      kind: { enum: ['FIRST_TIME', 'EXTENSION'] },
      currentSupport: { enum: ['FAMILY', 'NONE', 'OTHER'] },
    },
  },
  {
    name: 'startInsats',
    inputType: 'StartInsatsInput',
    valid: {
      insatsId: 'insats-1',
      insatsType: 'IPS',
      provider: 'PROVIDER:activa',
      kommun: '1880',
      extentPercent: 50,
      startDate: '2023-03-01',
    },
    fields: {
      insatsId: 'id',
      insatsType: { enum: ['IPS', 'COACHING', 'ARBETSTRANING'] },
      provider: 'text',
      kommun: 'text',
      extentPercent: 'int',
      startDate: 'date',
    },
  },
  {
    name: 'endInsats',
    inputType: 'EndInsatsInput',
    valid: { insatsId: 'insats-1', endDate: '2023-03-01', reason: 'COMPLETED' },
    fields: { insatsId: 'id', endDate: 'date', reason: { enum: ['COMPLETED', 'MOVED_ON', 'DROPPED_OUT'] } },
  },
  {
    name: 'scheduleMeeting',
    inputType: 'ScheduleMeetingInput',
    valid: {
      meetingId: 'meeting-1',
      kind: 'SIP',
      at: '2023-03-10T10:00:00+01:00',
      participants: [{ organisation: 'AF', role: 'arbetsförmedlare' }],
      preMeetingBriefCategories: [],
    },
    fields: {
      meetingId: 'id',
      kind: { enum: ['SIP', 'FOLLOW_UP'] },
      at: 'timestamp',
      participants: 'objectList',
      preMeetingBriefCategories: 'stringList',
    },
  },
  {
    name: 'holdMeeting',
    inputType: 'HoldMeetingInput',
    valid: { meetingId: 'meeting-1', outcome: 'Bra möte', jointPlanAgreed: true, registeredAsJobSeeker: false },
    fields: { meetingId: 'id', outcome: 'text', jointPlanAgreed: 'bool', registeredAsJobSeeker: 'bool' },
  },
  {
    name: 'giveConsent',
    inputType: 'GiveConsentInput',
    valid: {
      consentId: 'consent-1',
      organisations: ['AF'],
      categories: ['BENEFIT'],
      purpose: 'Förbereda mötet',
      validFrom: '2023-03-01',
      validTo: '2023-12-31',
    },
    fields: {
      consentId: 'id',
      organisations: 'stringList',
      categories: 'stringList',
      purpose: 'text',
      validFrom: 'date',
      validTo: 'date',
    },
  },
  {
    name: 'changeContactPerson',
    inputType: 'ChangeContactPersonInput',
    valid: {
      role: 'HANDLAGGARE',
      previousName: 'Anna',
      name: 'Bo',
      phone: '019-12 34 56',
      reason: 'Byte',
      personInformed: true,
    },
    fields: {
      role: { enum: ['HANDLAGGARE', 'COACH'] },
      previousName: 'text',
      name: 'text',
      phone: 'text',
      reason: 'text',
      personInformed: 'bool',
    },
  },
  {
    name: 'agreePlan',
    inputType: 'PlanInput',
    valid: {
      goals: ['Arbete'],
      steps: [{ description: 'Arbetsträning', responsible: 'AF' }],
      strengths: ['Noggrann'],
      limitations: ['Trött'],
      adaptations: ['Skriftliga instruktioner'],
      overallResponsibility: 'FK',
      nextFollowUp: '2023-06-01',
    },
    fields: {
      goals: 'stringList',
      steps: 'objectList',
      strengths: 'stringList',
      limitations: 'stringList',
      adaptations: 'stringList',
      overallResponsibility: 'text',
      nextFollowUp: 'date',
    },
  },
  {
    name: 'recordOutcome',
    inputType: 'RecordOutcomeInput',
    valid: { kind: 'WORK', extentPercent: 50 },
    fields: { kind: { enum: ['WORK', 'STUDIES'] }, extentPercent: 'int' },
  },
  {
    name: 'deregisterJobSeeker',
    inputType: 'DeregisterJobSeekerInput',
    valid: { reason: 'WORK' },
    fields: { reason: { enum: ['WORK', 'STUDIES', 'OWN_REQUEST', 'OTHER'] } },
  },
];

const wildString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 3_000, maxLength: 6_000 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '💥'.repeat(1_000),
    'null',
    '{"$ne":null}',
    "'; drop table samsyn_events; --",
    '../../etc/passwd',
  ),
);
const notAnObject = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  wildString,
  fc.array(fc.jsonValue(), { maxLength: 4 }),
);
const nonIntegralNumber = fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true });

/** A value GraphQL (or, for dates, the domain) must refuse for a field of this kind. Never a valid one. */
function wrongValue(kind: FieldKind): fc.Arbitrary<unknown> {
  const structured = fc.oneof(
    fc.constant(null),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }),
    fc.array(fc.jsonValue(), { maxLength: 3 }).filter((a) => a.length !== 1),
  );
  if (typeof kind === 'object') {
    const values = new Set(kind.enum);
    return fc.oneof(
      wildString.filter((text) => !values.has(text)),
      fc.constantFrom('full', 'Full', 'WRONG'),
      fc.integer(),
      structured,
    );
  }
  switch (kind) {
    case 'id':
      // ID accepts strings and integers: only other types are wrong.
      return fc.oneof(nonIntegralNumber, fc.boolean(), structured);
    case 'text':
      return fc.oneof(fc.double(), fc.boolean(), structured);
    case 'int':
      return fc.oneof(
        nonIntegralNumber,
        fc.constantFrom(2 ** 40, -(2 ** 40)),
        fc.string({ maxLength: 4 }),
        fc.boolean(),
        structured,
      );
    case 'bool':
      return fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), structured);
    case 'date':
      return fc.oneof(
        wildString.filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text)),
        fc.constantFrom('2023-02-30', '2023-13-01', '20230301'),
        fc.double(),
        structured,
      );
    case 'timestamp':
      return fc.oneof(
        wildString.filter((text) => !/^\d{4}-\d{2}-\d{2}T/.test(text)),
        fc.constantFrom('2023-02-30T10:00:00Z', '2023-03-10 10:00'),
        structured,
      );
    case 'stringList':
      return fc.oneof(
        fc.constant(null),
        fc.constant([null]),
        fc.constant([{}]),
        fc.array(fc.double(), { minLength: 1, maxLength: 3 }),
      );
    case 'objectList':
      return fc.oneof(
        fc.constant(null),
        fc.constant([null]),
        fc.constant([{}]),
        fc.array(wildString, { minLength: 1, maxLength: 3 }),
      );
  }
}

interface Request {
  readonly mutation: MutationCase;
  readonly useRealJourney: boolean;
  readonly journeyId: string;
  readonly input: unknown;
  readonly commandId: string | undefined;
  readonly actor: string | undefined;
}

/** The valid input with exactly one thing wrong: a field missing, a field of the wrong type or value, or an unknown field. */
function corrupted(mutation: MutationCase): fc.Arbitrary<unknown> {
  const fieldNames = Object.keys(mutation.fields);
  const missing = fc.constantFrom(...fieldNames).map((field) => {
    const input = { ...mutation.valid };
    delete input[field];
    return input;
  });
  const wrong = fc
    .constantFrom(...fieldNames)
    .chain((field) => wrongValue(mutation.fields[field]!).map((value) => ({ ...mutation.valid, [field]: value })));
  const extra = fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 20 }).filter((key) => !(key in mutation.fields) && key !== '__proto__'),
      fc.jsonValue(),
    )
    .map(([key, value]) => ({ ...mutation.valid, [key]: value }));
  return fc.oneof(missing, wrong, extra, notAnObject);
}

const request: fc.Arbitrary<Request> = fc.constantFrom(...MUTATIONS).chain((mutation) =>
  fc.oneof(
    // Against the real journey: the input is always malformed, so it reaches the domain only to be refused.
    fc.record({
      mutation: fc.constant(mutation),
      useRealJourney: fc.constant(true),
      journeyId: fc.constant(''),
      input: corrupted(mutation),
      commandId: fc.option(wildString, { nil: undefined }),
      actor: fc.constantFrom<string | undefined>('FK', 'FK', 'FK', 'AF', 'PERSON', 'KOMMUN:1880', undefined),
    }),
    // Against a journey id that does not exist, with any JSON at all as input.
    fc.record({
      mutation: fc.constant(mutation),
      useRealJourney: fc.constant(false),
      journeyId: fc.oneof(wildString, fc.uuid()),
      input: fc.oneof(corrupted(mutation), fc.jsonValue(), fc.constant(mutation.valid)),
      commandId: fc.option(wildString, { nil: undefined }),
      actor: fc.constantFrom<string | undefined>('FK', 'AF', undefined),
    }),
  ),
);

describe('random malformed GraphQL input (property-based, through the gateway on PGlite)', () => {
  let stack: SamsynStack;
  let journeyId: string;
  const countEvents = async () =>
    (await stack.resources.sql.query<{ n: number }>('select count(*)::int as n from samsyn_events'))[0]!.n;

  beforeAll(async () => {
    stack = await startSamsynStack('PGlite', { now: NOW });
    const opened = await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
      input: { personnummer: '20030820-3454', homeKommun: '1880' },
    });
    expect(opened.errors).toBeUndefined();
    journeyId = opened.data!.openJourney.journeyId;
  });
  afterAll(() => stack?.close());

  it('never answers with an internal error or a missing code, never succeeds, and writes nothing', async () => {
    const before = await countEvents();
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const id = req.useRealJourney ? journeyId : req.journeyId;
        const variables: Record<string, unknown> = { journeyId: id, input: req.input };
        if (req.commandId !== undefined) variables.commandId = req.commandId;
        const response = await stack.as(
          req.actor,
          commandMutation(req.mutation.name, req.mutation.inputType),
          variables,
        );
        expect(response.errors?.length ?? 0).toBeGreaterThan(0);
        for (const error of response.errors ?? []) {
          expect(CLIENT_CODES).toContain((error.extensions as { code?: unknown } | undefined)?.code);
        }
        expect(response.data?.[req.mutation.name] ?? null).toBeNull();
      }),
      { numRuns: NUM_RUNS },
    );
    expect(await countEvents()).toBe(before);
  });
});
