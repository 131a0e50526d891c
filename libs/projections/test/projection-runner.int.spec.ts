import { randomUUID } from 'node:crypto';
import { comparePositions, formatPosition, START, type Position } from '@samsyn/event-store';
import {
  ProjectionBehindError,
  ProjectionRunner,
  type EventDecoder,
  type Projection,
  type ProjectionRunnerOptions,
} from '../src';
import { BACKENDS } from './support/backends';
import { useRunnerHarness } from './support/runner-harness';
import { countingProjection, type CountingTable } from './support/counting-projection';
import { appendJourneys, journeyEvent } from './support/journey-events';
import { countingState, eventually } from './support/test-helpers';

describe.each(BACKENDS)('projection runner on %s', (_name, openBackend) => {
  const harness = useRunnerHarness(openBackend);
  const { running, hold } = harness;

  const start = async (
    projection: Projection<CountingTable> = countingProjection(),
    options: Partial<ProjectionRunnerOptions> & { decode?: EventDecoder } = {},
  ): Promise<ProjectionRunner> => {
    const runner = new ProjectionRunner({
      store: harness.backend().store,
      sql: harness.backend().sql,
      decode: harness.backend().decode,
      projections: [projection],
      ...options,
    });
    running.push(runner);
    await runner.start();
    return runner;
  };
  const stateOf = async (runner: ProjectionRunner) =>
    countingState(harness.backend().sql, await runner.tables(countingProjection()));

  it('applies each journey event once, with its journey, author and time, and moves the checkpoint with the rows', async () => {
    const journeys = await appendJourneys(harness.backend().store, 3, 4);
    await harness.backend().store.append(`other-${randomUUID()}`, [journeyEvent(0)], 'no_stream');
    const runner = await start();
    await runner.waitFor('counting', journeys.last, 10_000);

    expect(await stateOf(runner)).toEqual({ rows: 12, applied: 12, counted: 12 });
    const t = await runner.tables(countingProjection());
    const journeyId = journeys.journeyIds[0];
    const counts = await harness
      .backend()
      .sql.query(`select type, events from ${t.counts} where journey_id = $1 order by type`, [journeyId]);
    expect(counts).toEqual([
      { type: 'ConsentWithdrawn', events: 2 },
      { type: 'MeetingCancelled', events: 1 },
      { type: 'SupportOffered', events: 1 },
    ]);
    const [first] = await harness
      .backend()
      .sql.query(`select author, occurred_at from ${t.applied} where journey_id = $1 and revision = 0`, [journeyId]);
    expect(first).toEqual({ author: 'FK', occurred_at: '2024-01-01T09:00:00.000Z' });
    expect(await runner.lag('counting')).toMatchObject({
      checkpoint: journeys.last,
      eventsBehind: 0,
      secondsBehind: 0,
    });
  });

  it('writes nothing of a batch whose apply fails, and applies it from the checkpoint once the cause is gone', async () => {
    const before = await appendJourneys(harness.backend().store, 1, 2);
    let failing = true;
    let reportFailure = (_error: unknown): void => undefined;
    const failed = new Promise<unknown>((resolve) => (reportFailure = resolve));
    const projection = countingProjection({
      beforeApply: async ({ revision, journeyId }) => {
        if (failing && journeyId !== before.journeyIds[0] && revision === 2) throw new Error('apply failed');
      },
    });
    const runner = await start(projection, { onError: (_projection, error) => reportFailure(error) });
    await runner.waitFor('counting', before.last, 10_000);

    const journeyId = randomUUID();
    const { position } = await harness
      .backend()
      .store.append(`journey-${journeyId}`, [journeyEvent(0), journeyEvent(1), journeyEvent(2)], 'no_stream');
    expect(await failed).toMatchObject({ message: 'apply failed' });
    expect(await stateOf(runner)).toEqual({ rows: 2, applied: 2, counted: 2 });
    expect(await runner.lag('counting')).toMatchObject({ checkpoint: before.last, eventsBehind: 3 });

    failing = false;
    await runner.waitFor('counting', position, 10_000);
    expect(await stateOf(runner)).toEqual({ rows: 5, applied: 5, counted: 5 });
  });

  it('resumes from its checkpoint after a restart, applying nothing twice', async () => {
    const first = await appendJourneys(harness.backend().store, 2, 5);
    const runner = await start();
    await runner.waitFor('counting', first.last, 10_000);
    await runner.stop();

    const second = await appendJourneys(harness.backend().store, 2, 5);
    const restarted = await start();
    expect(restarted.status()).toMatchObject([{ role: 'active', checkpoint: first.last }]);
    await restarted.waitFor('counting', second.last, 10_000);
    expect(await stateOf(restarted)).toEqual({ rows: 20, applied: 20, counted: 20 });
  });

  it('reports how many events and seconds it is behind, and none once caught up', async () => {
    const journeys = await appendJourneys(harness.backend().store, 1, 5);
    const held = hold();
    const runner = await start(countingProjection(), { decode: held.decoder(harness.backend().decode) });
    await held.reached;

    const behind = await runner.lag('counting');
    expect(behind).toMatchObject({ projection: 'counting', version: 1, checkpoint: START, eventsBehind: 5 });
    expect(behind.secondsBehind).toBeGreaterThan(0);

    held.open();
    await runner.waitFor('counting', journeys.last, 10_000);
    expect(await runner.lag('counting')).toEqual({
      projection: 'counting',
      version: 1,
      checkpoint: journeys.last,
      eventsBehind: 0,
      secondsBehind: 0,
    });
  });

  it('waits for the position a write returned, then serves that write', async () => {
    const runner = await start();
    const journeyId = randomUUID();
    const written = await harness
      .backend()
      .store.append(`journey-${journeyId}`, [journeyEvent(7, 'KOMMUN:1880')], 'no_stream');

    await runner.waitFor('counting', written.position, 10_000);
    const t = await runner.tables(countingProjection());
    const rows = await harness
      .backend()
      .sql.query(`select author, position from ${t.applied} where journey_id = $1`, [journeyId]);
    expect(rows).toEqual([{ author: 'KOMMUN:1880', position: formatPosition(written.position) }]);

    const elsewhere = await harness.backend().store.append(`other-${randomUUID()}`, [journeyEvent(8)], 'no_stream');
    await expect(runner.reader.waitForAll(elsewhere.position, 10_000)).resolves.toBeUndefined();
  });

  it('gives up waiting with PROJECTION_BEHIND and the lag when the wait runs out', async () => {
    const held = hold();
    const runner = await start(countingProjection(), { decode: held.decoder(harness.backend().decode) });
    const written = await harness.backend().store.append(`journey-${randomUUID()}`, [journeyEvent(0)], 'no_stream');

    const waiting = runner.waitFor(['counting'], written.position, 300);
    await expect(waiting).rejects.toBeInstanceOf(ProjectionBehindError);
    await expect(waiting).rejects.toMatchObject({
      code: 'PROJECTION_BEHIND',
      position: written.position,
      lag: { projection: 'counting', eventsBehind: 1, checkpoint: START },
    });
    held.open();
    await runner.waitFor('counting', written.position, 10_000);
  });

  it('lets one of two runners apply a projection, and the other take it over when the first stops', async () => {
    const quiet = { onError: () => undefined };
    const runners = [await start(countingProjection(), quiet), await start(countingProjection(), quiet)];
    const [holder, standby] =
      runners[0]!.status().length === 1 ? [runners[0]!, runners[1]!] : [runners[1]!, runners[0]!];
    expect(holder.status()).toHaveLength(1);
    expect(standby.status()).toEqual([]);
    expect(standby.standingBy()).toEqual(['counting']);

    let last: Position = START;
    for (let round = 0; round < 5; round++) last = (await appendJourneys(harness.backend().store, 4, 5, 5)).last;
    const reached = (runner: ProjectionRunner) => comparePositions(runner.status()[0]?.checkpoint ?? START, last) === 0;
    await eventually(() => (reached(holder) ? true : undefined));
    expect(standby.status()).toEqual([]);

    await holder.stop();
    for (let round = 0; round < 5; round++) last = (await appendJourneys(harness.backend().store, 4, 5, 5)).last;
    await eventually(() => (reached(standby) ? true : undefined));
    await standby.stop();
    expect(await stateOf(standby)).toEqual({ rows: 200, applied: 200, counted: 200 });
  });
});
