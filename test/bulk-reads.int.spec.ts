import { CalendarDate } from '@samsyn/domain';
import { personnummerOf } from '@samsyn/demo-data';
import { parsePosition } from '@samsyn/event-store';
import { commandMutation, OPEN_JOURNEY, type Receipt } from './support/journey-mutations';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

const LIST = `query List($months: Int!) { fkDecisionsEnding(months: $months) { validTo person {
  id homeKommun fkDecision { grade validTo } fkAvslagCase { status } afJobSeeker { registered }
  afReferrals { referralId } riskSignals { kind since } } } }`;
const NEAR = 4;
const ALL = 30;

/** The statements the stack sends while `work` runs, but the projection runner's own reads of new events. */
async function statementsDuring(stack: SamsynStack, work: () => Promise<unknown>): Promise<string[]> {
  const sql = stack.resources.sql;
  const query = sql.query.bind(sql);
  const seen: string[] = [];
  sql.query = (text: string, params?: readonly unknown[]) => {
    if (!/from samsyn_events e\s+where \(e\.tx_id, e\.seq\) >/.test(text)) seen.push(text);
    return query(text, params);
  };
  try {
    await work();
  } finally {
    sql.query = query;
  }
  return seen;
}

/**
 * FK's list of decisions ending soon, with each person's FK, AF and risk fields, through the gateway: every
 * subgraph reads each field for all the list's people at once, judges consents from the access model, and
 * writes their audit rows together, so a list of 30 costs the statements a list of 4 does.
 */
describe('a federated list of N people (PGlite)', () => {
  let stack: SamsynStack;
  const send = async (as: string, name: string, journeyId: string, input?: Record<string, unknown>, type?: string) => {
    const actor = as === 'PERSON' ? { organisation: 'PERSON', role: 'person', journeyId } : as;
    const answer = await stack.as<Record<string, Receipt>>(actor, commandMutation(name, type), { journeyId, input });
    expect(answer.errors).toBeUndefined();
    return answer.data![name]!;
  };

  beforeAll(async () => {
    stack = await startSamsynStack('PGlite', { now: '2024-01-10T09:00:00+01:00' });
    let last: Receipt | undefined;
    for (let i = 0; i < ALL; i++) {
      const personnummer = personnummerOf(CalendarDate.parse('2000-03-01', 'birth').addDays(i), 980 + (i % 10));
      const opened = await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
        input: { personnummer, homeKommun: '1880' },
      });
      const { journeyId } = opened.data!.openJourney;
      await send(
        'FK',
        'receiveApplication',
        journeyId,
        { applicationId: `a-${i}`, kind: 'FIRST_TIME', currentSupport: 'FAMILY' },
        'ReceiveApplicationInput',
      );
      const to = i < NEAR ? '2024-01-31' : '2024-06-30';
      last = await send(
        'FK',
        'grantDecision',
        journeyId,
        { decisionId: `d-${i}`, grade: 'FULL', from: i < NEAR ? '2023-01-20' : '2023-07-01', to },
        'GrantDecisionInput',
      );
      if (i % 2 === 0) last = await send('AF', 'registerJobSeeker', journeyId);
      if (i % 3 === 0) {
        last = await send(
          'PERSON',
          'giveConsent',
          journeyId,
          {
            consentId: `c-${i}`,
            organisations: ['FK'],
            categories: ['JOB_SEEKING'],
            purpose: 'Att FK ser om jag söker arbete',
            validFrom: '2024-01-01',
            validTo: '2024-12-31',
          },
          'GiveConsentInput',
        );
      }
    }
    await stack.runner.waitFor(
      ['fk_benefit', 'af', 'risk_signals', 'person_directory', 'journey_access'],
      parsePosition(last!.position!),
      10_000,
    );
  }, 120_000);
  afterAll(() => stack.close());

  const list = (months: number) =>
    stack.as<{ fkDecisionsEnding: { person: { afJobSeeker: unknown } }[] }>('FK', LIST, { months });

  it('costs as many statements for 30 people as for 4, and reads no stream to judge their consents', async () => {
    const near = await statementsDuring(stack, async () =>
      expect((await list(1)).data!.fkDecisionsEnding).toHaveLength(NEAR),
    );
    let answer: Awaited<ReturnType<typeof list>> | undefined;
    const all = await statementsDuring(stack, async () => (answer = await list(6)));

    expect(answer!.errors).toBeUndefined();
    expect(answer!.data!.fkDecisionsEnding).toHaveLength(ALL);
    // FK sees AF's job-seeker status only where the person consented: every third journey, the even ones registered.
    const shown = answer!.data!.fkDecisionsEnding.filter((row) => row.person.afJobSeeker !== null).length;
    expect(shown).toBe(Array.from({ length: ALL }, (_, i) => i).filter((i) => i % 2 === 0 && i % 3 === 0).length);
    process.stdout.write(
      `fkDecisionsEnding with person fields: ${near.length} statements for ${NEAR} people, ${all.length} for ${ALL}\n`,
    );
    expect(all.length).toBe(near.length);
    expect(all.filter((text) => text.includes('from samsyn_streams s'))).toEqual([]);
  });
});
