import { OPEN_JOURNEY, type Receipt } from './support/journey-mutations';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

/** A role Samsyn does not know for the token's organisation is refused everywhere, with a reason; nothing is read. */
describe('an unknown role through the gateway (PGlite)', () => {
  let stack: SamsynStack;
  let journeyId: string;
  const janitor = { organisation: 'FK', role: 'janitor', subject: 'unknown-role-janitor' };
  const coachAtFk = { organisation: 'FK', role: 'coach', subject: 'unknown-role-coach' };

  beforeAll(async () => {
    stack = await startSamsynStack('PGlite');
    const opened = await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
      input: { personnummer: '20030820-3454', homeKommun: '1880' },
    });
    journeyId = opened.data!.openJourney.journeyId;
  }, 60_000);
  afterAll(() => stack?.close());

  const refusals = async (subject: string) =>
    stack.resources.sql.query<{ action: string; reason: string }>(
      `select action, reason from samsyn_audit where subject = $1 and outcome = 'refused' order by id`,
      [subject],
    );

  it('reads of a person answer nothing and are audited as refused for the unknown role', async () => {
    for (const viewer of [janitor, coachAtFk]) {
      const response = await stack.as<{ person: unknown }>(
        viewer,
        'query P($id: ID!) { person(id: $id) { id timeline { type } } }',
        { id: journeyId },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.person).toBeNull();
      expect(await refusals(viewer.subject)).toEqual([{ action: 'Query.person', reason: 'unknown_role' }]);
    }
  });

  it('whole-agency lists, reports and the audit trail answer FORBIDDEN with reason UNKNOWN_ROLE', async () => {
    const queries = [
      '{ fkDecisionsEnding(months: 6) { validTo } }',
      '{ countyTable(date: "2023-01-10", area: "18") { date } }',
      '{ auditTrail { action } }',
    ];
    for (const query of queries) {
      const response = await stack.as(janitor, query);
      expect({ query, extensions: response.errors?.[0]?.extensions }).toMatchObject({
        query,
        extensions: { code: 'FORBIDDEN', reason: 'UNKNOWN_ROLE' },
      });
    }
  });

  it('a known role at the same organisation is not refused: the refusal is the role, not the organisation', async () => {
    const response = await stack.as<{ fkDecisionsEnding: unknown[] }>(
      { organisation: 'FK', role: 'forsakringsutredare' },
      '{ fkDecisionsEnding(months: 6) { validTo } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.fkDecisionsEnding).toEqual([]);
  });
});
