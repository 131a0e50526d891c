import { commandMutation, OPEN_JOURNEY, type Receipt } from './support/journey-mutations';
import { startSamsynStack, type Backend, type SamsynStack } from './support/samsyn-stack';
import { PERSONNUMMER, REPORT_JOURNEY } from './support/report-journey.fixture';

const backends: Backend[] = ['PGlite', 'PostgreSQL'];
const NOW = '2023-02-10T10:00:00+01:00';
const GRANT = commandMutation('grantDecision', 'GrantDecisionInput');
const VALID_GRANT = { decisionId: 'decision-1', grade: 'FULL', from: '2023-03-01', to: '2024-02-29' };

interface Fault {
  code: string;
  field?: string;
  reason?: string;
}

describe.each(backends)('bad input to the journey stack on %s', (backend) => {
  let stack: SamsynStack;
  let journeyId: string;

  /** Everything the store and its tables hold, to show a refused request wrote nothing. */
  const snapshot = async () => {
    const count = async (table: string) =>
      (await stack.resources.sql.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;
    return {
      events: await count('samsyn_events'),
      index: await count('samsyn_person_index'),
      keys: await count('samsyn_journey_keys'),
    };
  };

  /** Sends the request, expects exactly `fault`, and that nothing was written. */
  const expectRefused = async (
    fault: Fault,
    request: () => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>,
  ) => {
    const before = await snapshot();
    const response = await request();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject(fault);
    expect(await snapshot()).toEqual(before);
  };

  /** `as: null` sends no organisation header at all. */
  const open = (personnummer: string, homeKommun = '1880', as: string | null = 'FK') =>
    stack.as(as ?? undefined, OPEN_JOURNEY, { input: { personnummer, homeKommun } });
  const grant = (input: Record<string, unknown>, as = 'FK', id = journeyId) =>
    stack.as(as, GRANT, { journeyId: id, input });

  beforeAll(async () => {
    stack = await startSamsynStack(backend, { now: NOW });
    const opened = await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
      input: { personnummer: PERSONNUMMER, homeKommun: '1880' },
    });
    journeyId = opened.data!.openJourney.journeyId;
    const application = REPORT_JOURNEY[0]!;
    const applied = await stack.as('FK', commandMutation(application.mutation, application.inputType), {
      journeyId,
      input: application.input,
    });
    expect(applied.errors).toBeUndefined();
  });
  afterAll(() => stack.close());

  describe('each class of malformed personnummer is refused naming the field', () => {
    it.each([
      ['letters', 'abcdefghij', 'PERSONNUMMER_INVALID_FORMAT'],
      ['a 12-digit number with the + separator', '19900101+2385', 'PERSONNUMMER_INVALID_FORMAT'],
      ['too short', '030820-345', 'PERSONNUMMER_INVALID_FORMAT'],
      ['a wrong check digit', '20030820-3455', 'PERSONNUMMER_INVALID_CHECK_DIGIT'],
      ['31 February', '19900231-2388', 'PERSONNUMMER_IMPOSSIBLE_DATE'],
      ['a samordningsnummer whose day minus 60 does not exist', '900291-2385', 'PERSONNUMMER_IMPOSSIBLE_DATE'],
      ['a birth date after today', '20300101-2388', 'PERSONNUMMER_FUTURE_DATE'],
    ])('%s', async (_class, personnummer, reason) => {
      await expectRefused({ code: 'BAD_USER_INPUT', field: 'personnummer', reason }, () => open(personnummer));
    });

    it('an oversized one, before the domain sees it', async () => {
      await expectRefused({ code: 'BAD_USER_INPUT', field: 'personnummer' }, () => open('1'.repeat(5000)));
    });
  });

  it('refuses a kommunkod SCB does not know', async () => {
    await expectRefused({ code: 'BAD_USER_INPUT', field: 'homeKommun', reason: 'KOMMUNKOD_UNKNOWN' }, () =>
      open('19990101-0000', '9999'),
    );
  });

  describe('dates out of range are refused naming the field', () => {
    it.each([
      ['a period over three years', { to: '2026-03-01' }, 'to', 'DECISION_PERIOD_TOO_LONG'],
      ['a period under a year', { to: '2023-08-31' }, 'to', 'DECISION_PERIOD_TOO_SHORT'],
      [
        'a start before July of the year of the 19th birthday',
        { from: '2022-03-01', to: '2023-02-28' },
        'from',
        'DECISION_PERIOD_STARTS_TOO_EARLY',
      ],
      [
        'an end after the month before the 30th birthday',
        { from: '2031-01-01', to: '2033-12-31' },
        'to',
        'DECISION_PERIOD_ENDS_TOO_LATE',
      ],
      ['an end before the start', { from: '2024-03-01', to: '2023-03-01' }, 'to', 'DECISION_PERIOD_ENDS_BEFORE_START'],
      ['a month that does not exist', { from: '2023-13-01' }, 'from', 'INVALID_DATE'],
    ])('%s', async (_case, change, field, reason) => {
      await expectRefused({ code: 'BAD_USER_INPUT', field, reason }, () => grant({ ...VALID_GRANT, ...change }));
    });

    it('a date not written YYYY-MM-DD, before the domain sees it', async () => {
      await expectRefused({ code: 'BAD_USER_INPUT', field: 'from' }, () => grant({ ...VALID_GRANT, from: '1/3/2023' }));
    });
  });

  it('refuses an unknown enum value, naming the field in the message', async () => {
    const before = await snapshot();
    const response = await grant({ ...VALID_GRANT, grade: 'TWO_THIRDS' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grade' });
    expect(response.errors?.[0]?.message).toContain('TWO_THIRDS');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an input field the schema does not have', async () => {
    const before = await snapshot();
    const response = await grant({ ...VALID_GRANT, approvedBy: 'someone' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approvedBy' });
    expect(await snapshot()).toEqual(before);
  });

  describe('oversized strings and lists are refused naming the field', () => {
    it('free text over its limit', async () => {
      await expectRefused({ code: 'BAD_USER_INPUT', field: 'reason' }, () =>
        stack.as('FK', commandMutation('rejectApplication', 'RejectApplicationInput'), {
          journeyId,
          input: { reason: 'x'.repeat(2001) },
        }),
      );
    });

    it('a nested string over its limit, with its path', async () => {
      const input = {
        meetingId: 'meeting-x',
        kind: 'SIP',
        at: '2023-03-01T10:00:00+01:00',
        participants: [{ organisation: 'FK', role: 'r'.repeat(101) }],
        preMeetingBriefCategories: [],
      };
      await expectRefused({ code: 'BAD_USER_INPUT', field: 'participants.0.role' }, () =>
        stack.as('FK', commandMutation('scheduleMeeting', 'ScheduleMeetingInput'), { journeyId, input }),
      );
    });

    it('a list over its limit', async () => {
      const input = {
        consentId: 'consent-x',
        organisations: Array.from({ length: 31 }, (_, i) => `PROVIDER:p${i}`),
        categories: ['BENEFIT'],
        purpose: 'Samordning',
        validFrom: '2023-02-10',
        validTo: '2023-12-31',
      };
      await expectRefused({ code: 'BAD_USER_INPUT', field: 'organisations' }, () =>
        stack.as('PERSON', commandMutation('giveConsent', 'GiveConsentInput'), { journeyId, input }),
      );
    });
  });

  it('refuses a journeyId that is not a UUID, and answers NOT_FOUND for one that does not exist', async () => {
    await expectRefused({ code: 'BAD_USER_INPUT', field: 'journeyId' }, () => grant(VALID_GRANT, 'FK', 'journey-1'));
    await expectRefused({ code: 'NOT_FOUND', reason: 'JOURNEY_NOT_FOUND' }, () =>
      grant(VALID_GRANT, 'FK', '00000000-0000-4000-8000-000000000000'),
    );
  });

  it('answers FORBIDDEN when the organisation may not write the command, UNAUTHENTICATED without a token', async () => {
    await expectRefused({ code: 'FORBIDDEN', reason: 'COMMAND_OF_OTHER_ORGANISATION' }, () => grant(VALID_GRANT, 'AF'));
    await expectRefused({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' }, () =>
      open('19990101-0000', '1880', null),
    );
  });

  it('answers FORBIDDEN when a person writes to someone else’s journey', async () => {
    const otherPerson = { organisation: 'PERSON', role: 'person', journeyId: '00000000-0000-4000-8000-000000000000' };
    await expectRefused({ code: 'FORBIDDEN' }, () =>
      stack.as(otherPerson, commandMutation('acceptSupport'), { journeyId }),
    );
  });

  it('answers CONFLICT when the journey’s state does not allow the command', async () => {
    await expectRefused({ code: 'CONFLICT', reason: 'MEETING_NOT_SCHEDULED' }, () =>
      stack.as('AF', commandMutation('holdMeeting', 'HoldMeetingInput'), {
        journeyId,
        input: { meetingId: 'never-booked', outcome: 'x', jointPlanAgreed: false, registeredAsJobSeeker: false },
      }),
    );
  });

  it('records the same grant once the input is right', async () => {
    const before = await snapshot();
    const response = await grant(VALID_GRANT);
    expect(response.errors).toBeUndefined();
    expect(await snapshot()).toEqual({ ...before, events: before.events + 1 });
  });
});
