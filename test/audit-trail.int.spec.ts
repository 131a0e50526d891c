import { OPEN_JOURNEY, send, type Receipt } from './support/journey-mutations';
import { PERSONNUMMER, REPORT_JOURNEY } from './support/report-journey.fixture';
import { startSamsynStack, type Actor, type SamsynStack } from './support/samsyn-stack';

interface AuditRow {
  action: string;
  outcome: string;
  organisation: string;
  subject: string;
  categories: string[];
}

describe('the audit trail', () => {
  let stack: SamsynStack;
  let journeyId: string;
  let fresh: Record<string, string>;

  beforeAll(async () => {
    stack = await startSamsynStack('PGlite');
    stack.clock.set('2023-01-10T09:00:00+01:00');
    const opened = (
      await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
        input: { personnummer: PERSONNUMMER, homeKommun: '1880' },
      })
    ).data!.openJourney;
    journeyId = opened.journeyId;
    let last: Receipt = opened;
    for (const step of REPORT_JOURNEY) last = (await send(stack, journeyId, step)).data![step.mutation]!;
    fresh = { 'x-samsyn-consistent-with': last.position! };
    stack.clock.set('2023-03-01T09:00:00+01:00');
  });
  afterAll(() => stack.close());

  const auditRows = () =>
    stack.resources.sql.query<AuditRow>(
      'select action, outcome, organisation, subject, categories from samsyn_audit order by id',
    );

  /** Each query reads one person's data; the rows it leaves behind, in order. */
  const READS: [string, Actor, string, string][] = [
    ['the timeline', 'FK', `{ person(id: "JOURNEY") { timeline { type } } }`, 'Person.timeline'],
    ['the events', 'AF', `{ journeyEvents(journeyId: "JOURNEY") { type } }`, 'Query.journeyEvents'],
    ['FK’s avslag list', 'FK', `{ fkAvslagCases { rejectedOn } }`, 'Query.fkAvslagCases'],
    ['AF’s referrals', 'AF', `{ afReferrals { referredOn } }`, 'Query.afReferrals'],
    [
      'a job-seeker status via the entity',
      'AF',
      `{ afJobSeekers { person { afJobSeeker { registered } } } }`,
      'Person.afJobSeeker',
    ],
    [
      'the kommun’s participants',
      'KOMMUN:1880',
      `{ kommunParticipants(kommunkod: "1880") { id } }`,
      'Query.kommunParticipants',
    ],
  ];

  it.each(READS)(
    'records %s before answering: who, organisation, purpose, categories',
    async (_what, actor, query, action) => {
      const before = (await auditRows()).length;
      const response = await stack.as(actor, query.replace('JOURNEY', journeyId), {}, fresh);
      expect(response.errors).toBeUndefined();
      const added = (await auditRows()).slice(before);
      expect(added).toContainEqual(
        expect.objectContaining({
          action,
          outcome: 'read',
          organisation: typeof actor === 'string' ? actor : actor.organisation,
        }),
      );
      expect(added.find((row) => row.action === action)?.categories.length).toBeGreaterThan(0);
    },
  );

  it('records a refused read as a refusal, and the person sees both in “who looked at my data”', async () => {
    const before = (await auditRows()).length;
    const refused = await stack.as('KOMMUN:1814', `{ person(id: "${journeyId}") { id } }`);
    expect(refused.data).toEqual({ person: null });
    expect((await auditRows()).slice(before)).toEqual([
      expect.objectContaining({ organisation: 'KOMMUN:1814', outcome: 'refused' }),
    ]);

    const person = { organisation: 'PERSON', role: 'person', journeyId };
    const trail = await stack.as<{ whoLookedAtMyData: { organisation: string; outcome: string }[] }>(
      person,
      '{ whoLookedAtMyData(limit: 500) { organisation outcome } }',
    );
    const seen = trail.data!.whoLookedAtMyData;
    expect(seen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organisation: 'KOMMUN:1814', outcome: 'refused' }),
        expect.objectContaining({ organisation: 'AF', outcome: 'read' }),
      ]),
    );
    const other = await stack.as('FK', '{ whoLookedAtMyData { organisation } }');
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets auditors, and only auditors, query the trail by organisation', async () => {
    const auditor = { organisation: 'FK', role: 'auditor' };
    const byAf = await stack.as<{ auditTrail: { organisation: string }[] }>(
      auditor,
      '{ auditTrail(organisation: "AF") { organisation action } }',
    );
    expect(byAf.data!.auditTrail.length).toBeGreaterThan(0);
    expect(new Set(byAf.data!.auditTrail.map((row) => row.organisation))).toEqual(new Set(['AF']));
    const caseworker = await stack.as('FK', '{ auditTrail { organisation } }');
    expect(caseworker.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
