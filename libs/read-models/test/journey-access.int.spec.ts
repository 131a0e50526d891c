import { journeyAccessOf, type ConsentGrant, type JourneyAccess } from '@samsyn/domain';
import { generateDemoJourneys } from '@samsyn/demo-data';
import { PgliteClient } from '@samsyn/event-store';
import { applyEvents, type ProjectedEvent } from '@samsyn/projections';
import { journeyAccessProjection, journeyAccessRows } from '../src';
import { EXAMPLE_PERSONAL_VALUES, example } from './journey-event-examples';
import { happened, project, recordInMemory, rowsAfter, type RecordedJourney } from './read-model-kit';

const streamIdOf = (journeyId: string) => `journey-${journeyId}`;

/** What the read policy reads of an access: the grant fields of each consent, and the representatives. */
function policyView(access: JourneyAccess): unknown {
  const grant = ({ recordedBy, organisations, categories, validFrom, validTo, withdrawn }: ConsentGrant) => ({
    recordedBy,
    organisations,
    categories,
    validFrom,
    validTo,
    withdrawn,
  });
  return {
    journeyId: access.journeyId,
    consents: Object.fromEntries(Object.entries(access.consents).map(([id, consent]) => [id, grant(consent)])),
    representatives: access.representatives,
  };
}

describe('journey access model (PGlite)', () => {
  let sql: PgliteClient;
  beforeAll(async () => {
    sql = await PgliteClient.open();
    await sql.exec(
      `create table samsyn_streams (stream_id text primary key, revision bigint not null, deleted boolean not null default false)`,
    );
  });
  afterAll(() => sql.close());

  /** As the runner applies a backlog: 500 events a transaction, journeys interleaved as they come. */
  const projectInBatches = async (events: readonly ProjectedEvent[]) => {
    const tables = await project(sql, journeyAccessProjection, []);
    for (let from = 0; from < events.length; from += 500)
      await sql.transaction((tx) => applyEvents(tx, journeyAccessProjection, tables, events.slice(from, from + 500)));
    return tables;
  };

  const streamsAt = async (journeys: readonly RecordedJourney[], ahead = 0) => {
    await sql.exec('delete from samsyn_streams');
    for (const { journeyId, events } of journeys)
      await sql.query('insert into samsyn_streams values ($1, $2)', [streamIdOf(journeyId), events.length - 1 + ahead]);
  };

  it('gives every demo journey the consents and representatives the domain folds from its stream', async () => {
    const demo = generateDemoJourneys({ seed: 2023, today: '2026-12-04' }).slice(0, 600);
    const journeys = demo.map(({ open, commands }) => recordInMemory([open, ...commands]));
    const tables = await projectInBatches(journeys.flatMap((journey) => journey.events));
    await streamsAt(journeys);

    const rows = await journeyAccessRows(
      sql,
      tables,
      journeys.map(({ journeyId }) => ({ journeyId, streamId: streamIdOf(journeyId) })),
    );
    expect(rows.every((row) => row.fresh)).toBe(true);
    expect(rows.map((row) => policyView(row.access))).toEqual(
      journeys.map(({ journeyId, state }) => policyView(journeyAccessOf(journeyId, state))),
    );
    expect(rows.filter((row) => Object.keys(row.access.consents).length > 0).length).toBeGreaterThan(10);
  });

  it('is not fresh when the stream has an event the model has not applied, nor for a journey it never saw', async () => {
    const journey = recordInMemory([]);
    const opened = { ...journey, journeyId: '00000000-0000-4000-8000-0000000000aa' };
    const tables = await project(sql, journeyAccessProjection, [
      happened(example('JourneyOpened'), { journeyId: opened.journeyId }),
    ]);
    await sql.exec('delete from samsyn_streams');
    await sql.query('insert into samsyn_streams values ($1, $2)', [streamIdOf(opened.journeyId), 1]);
    const unknown = '00000000-0000-4000-8000-0000000000bb';
    const rows = await journeyAccessRows(sql, tables, [
      { journeyId: opened.journeyId, streamId: streamIdOf(opened.journeyId) },
      { journeyId: unknown, streamId: streamIdOf(unknown) },
    ]);
    expect(rows.map((row) => [row.journeyId, row.fresh])).toEqual([
      [opened.journeyId, false],
      [unknown, false],
    ]);
  });

  it('keeps revision, consents and representatives, never a purpose, evidence or name', async () => {
    const rows = await rowsAfter(sql, journeyAccessProjection, [
      happened(example('JourneyOpened')),
      happened(example('ConsentGiven')),
      happened(example('RepresentativeAppointed')),
      happened(example('ConsentWithdrawn')),
    ]);
    expect(rows.consents).toEqual([
      expect.objectContaining({
        consent_id: 'consent-1',
        organisations: ['AF'],
        categories: ['benefit'],
        withdrawn: true,
      }),
    ]);
    expect(rows.representatives).toEqual([expect.objectContaining({ representative_id: 'rep-1', kind: 'god_man' })]);
    expect(JSON.stringify(rows)).not.toMatch(new RegExp(EXAMPLE_PERSONAL_VALUES.join('|')));
  });

  it('counts nothing before the journey is opened, as the domain does', async () => {
    const rows = await rowsAfter(sql, journeyAccessProjection, [happened(example('ConsentGiven'))]);
    expect(rows.consents).toEqual([]);
    expect(rows.journeys).toEqual([expect.objectContaining({ opened: false })]);
  });
});
