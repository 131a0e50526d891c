import { OPEN_JOURNEY, send, type Receipt, type Step } from './support/journey-mutations';
import { PERSONNUMMER } from './support/report-journey.fixture';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

/** Born 1997-06-15: old enough for an avslag in 2023. */
const OTHER_PERSONNUMMER = '19970615-1231';

const MIN_PLAN = `query MinPlan($id: ID!) {
  person(id: $id) { minPlan { decision { to daysLeft } nextMeeting { meetingId at } whatHappensNext { sv en } } }
}`;

interface MinPlanAnswer {
  person: {
    minPlan: {
      decision: { to: string; daysLeft: number } | null;
      nextMeeting: { meetingId: string; at: string } | null;
      whatHappensNext: { sv: string; en: string }[];
    };
  };
}

/** Granted until 30 June 2023; an omställningsmöte at 08:00 UTC on 1 March, 09:00 in Sweden. */
const GRANTED: Step[] = [
  {
    as: 'FK',
    at: '2023-01-10T09:00:00+01:00',
    mutation: 'receiveApplication',
    inputType: 'ReceiveApplicationInput',
    input: { applicationId: 'application-1', kind: 'FIRST_TIME', currentSupport: 'FORSORJNINGSSTOD' },
  },
  {
    as: 'FK',
    at: '2023-01-20T10:00:00+01:00',
    mutation: 'grantDecision',
    inputType: 'GrantDecisionInput',
    input: { decisionId: 'decision-1', grade: 'HALF', from: '2022-07-01', to: '2023-06-30' },
  },
  {
    as: 'FK',
    at: '2023-01-20T10:00:00+01:00',
    mutation: 'scheduleMeeting',
    inputType: 'ScheduleMeetingInput',
    input: {
      meetingId: 'meeting-1',
      kind: 'OMSTALLNINGSMOTE',
      at: '2023-03-01T08:00:00Z',
      participants: [
        { organisation: 'FK', role: 'försäkringsutredare' },
        { organisation: 'AF', role: 'arbetsförmedlare' },
        { organisation: 'PERSON', role: 'den unga' },
      ],
      preMeetingBriefCategories: [],
    },
  },
];

/** Refused at 23:30 UTC on 31 January: 00:30 on 1 February in Sweden. */
const REFUSED_AT_MIDNIGHT: Step[] = [
  {
    as: 'FK',
    at: '2023-01-10T09:00:00+01:00',
    mutation: 'receiveApplication',
    inputType: 'ReceiveApplicationInput',
    input: { applicationId: 'application-1', kind: 'FIRST_TIME', currentSupport: 'NONE' },
  },
  {
    as: 'FK',
    at: '2023-01-31T23:30:00Z',
    mutation: 'rejectApplication',
    inputType: 'RejectApplicationInput',
    input: { reason: 'Avslag' },
  },
];

describe('Swedish time through the gateway', () => {
  let stack: SamsynStack;
  let granted: string;
  let refused: string;
  let fresh: Record<string, string>;

  const record = async (personnummer: string, steps: Step[]): Promise<{ journeyId: string; last: Receipt }> => {
    stack.clock.set('2023-01-10T09:00:00+01:00');
    const opened = await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
      input: { personnummer, homeKommun: '1880' },
    });
    expect(opened.errors).toBeUndefined();
    const journeyId = opened.data!.openJourney.journeyId;
    let last = opened.data!.openJourney;
    for (const step of steps) {
      const response = await send(stack, journeyId, step);
      expect({ step: step.mutation, errors: response.errors }).toEqual({ step: step.mutation, errors: undefined });
      last = response.data![step.mutation]!;
    }
    return { journeyId, last };
  };

  beforeAll(async () => {
    stack = await startSamsynStack('PGlite');
    granted = (await record(PERSONNUMMER, GRANTED)).journeyId;
    const last = await record(OTHER_PERSONNUMMER, REFUSED_AT_MIDNIGHT);
    refused = last.journeyId;
    fresh = { 'x-samsyn-consistent-with': last.last.position! };
  });
  afterAll(() => stack.close());

  const minPlanAt = async (now: string) => {
    stack.clock.set(now);
    const answer = await stack.as<MinPlanAnswer>(
      { organisation: 'PERSON', role: 'person', journeyId: granted },
      MIN_PLAN,
      { id: granted },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.person.minPlan;
  };

  it('min plan at 23:30 UTC on 28 February counts the days left from 1 March and shows the meeting at 09:00 +01:00', async () => {
    const plan = await minPlanAt('2023-02-28T23:30:00Z');
    expect(plan.decision).toEqual({ to: '2023-06-30', daysLeft: 121 });
    expect(plan.nextMeeting).toEqual({ meetingId: 'meeting-1', at: '2023-03-01T09:00:00+01:00' });
    expect(plan.whatHappensNext[0]!.sv).toContain(
      'omställningsmöte 2023-03-01 09:00 med Försäkringskassan, Arbetsförmedlingen',
    );
    expect(plan.whatHappensNext.some((step) => step.sv.includes('gäller till 2023-06-30 (121 dagar kvar)'))).toBe(true);
  });

  it('min plan an hour earlier, at 22:30 UTC on 28 February, is still on 28 February: one day more', async () => {
    const plan = await minPlanAt('2023-02-28T22:30:00Z');
    expect(plan.decision).toEqual({ to: '2023-06-30', daysLeft: 122 });
  });

  it('FK’s decisions ending: on 30 June at 23:30 Swedish time the decision still ends; at 23:30 UTC it is 1 July and it has ended', async () => {
    const ending = async (now: string) => {
      stack.clock.set(now);
      const answer = await stack.as<{ fkDecisionsEnding: { validTo: string; person: { id: string } }[] }>(
        'FK',
        '{ fkDecisionsEnding(months: 1) { validTo person { id } } }',
        {},
        fresh,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.fkDecisionsEnding.filter((row) => row.person.id === granted).map((row) => row.validTo);
    };
    expect(await ending('2023-06-30T21:30:00Z')).toEqual(['2023-06-30']);
    expect(await ending('2023-06-30T23:30:00Z')).toEqual([]);
  });

  it('FK’s avslag cases: an avslag written at 23:30 UTC on 31 January was made on 1 February', async () => {
    const answer = await stack.as<{ fkAvslagCases: { rejectedOn: string; person: { id: string } }[] }>(
      'FK',
      '{ fkAvslagCases { rejectedOn person { id } } }',
      {},
      fresh,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.fkAvslagCases.filter((row) => row.person.id === refused).map((row) => row.rejectedOn)).toEqual([
      '2023-02-01',
    ]);
  });

  it('times shown to people are Swedish local time with the offset: the timeline, and AF’s upcoming meetings', async () => {
    stack.clock.set('2023-02-20T12:00:00+01:00');
    const timeline = await stack.as<{ person: { timeline: { type: string; occurredAt: string }[] } }>(
      { organisation: 'PERSON', role: 'person', journeyId: refused },
      'query T($id: ID!) { person(id: $id) { timeline { type occurredAt } } }',
      { id: refused },
    );
    expect(timeline.errors).toBeUndefined();
    expect(timeline.data!.person.timeline.find((entry) => entry.type === 'ApplicationRejected')?.occurredAt).toBe(
      '2023-02-01T00:30:00+01:00',
    );
    const meetings = await stack.as<{ afUpcomingMeetings: { at: string; person: { id: string } }[] }>(
      'AF',
      '{ afUpcomingMeetings { at person { id } } }',
      {},
      fresh,
    );
    expect(meetings.errors).toBeUndefined();
    expect(meetings.data!.afUpcomingMeetings.filter((row) => row.person.id === granted).map((row) => row.at)).toEqual([
      '2023-03-01T09:00:00+01:00',
    ]);
  });
});
