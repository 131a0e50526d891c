import { randomUUID } from 'node:crypto';
import {
  ProjectionReader,
  ProjectionRunner,
  rebuildProjections,
  type EventDecoder,
  type Projection,
  type RebuildProgress,
} from '../src';
import { BACKENDS } from './support/backends';
import { useRunnerHarness } from './support/runner-harness';
import { countingProjection, type CountingTable } from './support/counting-projection';
import { appendJourneys, journeyEvent } from './support/journey-events';
import { countingState, eventually, schemaExists } from './support/test-helpers';

describe.each(BACKENDS)('projection versions on %s', (_name, openBackend) => {
  const harness = useRunnerHarness(openBackend);
  const { running, hold } = harness;

  const start = async (projection: Projection<CountingTable>, decode: EventDecoder = harness.backend().decode) => {
    const runner = new ProjectionRunner({
      store: harness.backend().store,
      sql: harness.backend().sql,
      decode,
      projections: [projection],
    });
    running.push(runner);
    await runner.start();
    return runner;
  };
  const stored = async () =>
    harness
      .backend()
      .sql.query<{ version: number; building_version: number | null; status: string }>(
        'select version, building_version, status from samsyn_projections',
      );

  it('builds a new version beside the served one, then swaps it in and drops the old schema', async () => {
    const journeys = await appendJourneys(harness.backend().store, 3, 10);
    const v1 = await start(countingProjection({ version: 1 }));
    await v1.waitFor('counting', journeys.last, 10_000);
    await v1.stop();

    const held = hold();
    const v2 = await start(countingProjection({ version: 2 }), held.decoder(harness.backend().decode));
    await held.reached;
    const reader = new ProjectionReader(harness.backend().sql, ['counting']);
    const served = await reader.tables(countingProjection({ version: 2 }));
    expect(served.applied).toBe('"rm_counting_v1"."applied"');
    expect(await countingState(harness.backend().sql, served)).toEqual({ rows: 30, applied: 30, counted: 30 });
    expect(v2.status()).toMatchObject([{ version: 2, role: 'building', servedVersion: 1 }]);
    expect(await stored()).toEqual([{ version: 1, building_version: 2, status: 'rebuilding' }]);

    held.open();
    await eventually(() => (v2.status()[0]?.role === 'active' ? true : undefined));
    const swapped = await reader.tables(countingProjection({ version: 2 }));
    expect(swapped.applied).toBe('"rm_counting_v2"."applied"');
    expect(await countingState(harness.backend().sql, swapped)).toEqual({ rows: 30, applied: 30, counted: 30 });
    expect(await harness.backend().sql.query(`select distinct version from ${swapped.applied}`)).toEqual([
      { version: 2 },
    ]);
    expect(await schemaExists(harness.backend().sql, 'rm_counting_v1')).toBe(false);
    expect(await stored()).toEqual([{ version: 2, building_version: null, status: 'active' }]);

    const later = await harness.backend().store.append(`journey-${randomUUID()}`, [journeyEvent(0)], 'no_stream');
    await reader.waitFor('counting', later.position, 10_000);
    expect(await countingState(harness.backend().sql, swapped)).toEqual({ rows: 31, applied: 31, counted: 31 });
    await reader.close();
  });

  it('serves a first version at once and keeps it when restarted with the same version', async () => {
    const early = new ProjectionReader(harness.backend().sql, ['counting']);
    await expect(early.tables(countingProjection())).rejects.toMatchObject({ code: 'PROJECTION_NOT_FOUND' });
    const v1 = await start(countingProjection({ version: 1 }));
    expect((await early.tables(countingProjection())).applied).toBe('"rm_counting_v1"."applied"');
    await early.close();
    expect(await stored()).toEqual([{ version: 1, building_version: null, status: 'active' }]);
    const journeys = await appendJourneys(harness.backend().store, 1, 3);
    await v1.waitFor('counting', journeys.last, 10_000);
    await v1.stop();

    const again = await start(countingProjection({ version: 1 }));
    expect(again.status()).toMatchObject([{ version: 1, role: 'active', checkpoint: journeys.last }]);
    expect(await countingState(harness.backend().sql, await again.tables(countingProjection()))).toEqual({
      rows: 3,
      applied: 3,
      counted: 3,
    });
  });

  it('rebuilds the served version into fresh tables and swaps them in under the same name, reporting progress', async () => {
    const journeys = await appendJourneys(harness.backend().store, 4, 10, 5);
    const runner = await start(countingProjection());
    await runner.waitFor('counting', journeys.last, 10_000);
    await runner.stop();
    const t = await runner.tables(countingProjection());
    await harness.backend().sql.query(`delete from ${t.applied}`);

    const progress: RebuildProgress[] = [];
    const results = await rebuildProjections({
      store: harness.backend().store,
      sql: harness.backend().sql,
      decode: harness.backend().decode,
      projections: [countingProjection()],
      batchSize: 15,
      onProgress: (step) => progress.push(step),
    });

    expect(results).toMatchObject([{ projection: 'counting', version: 1, events: 40 }]);
    expect(progress.at(-1)).toEqual({ projection: 'counting', version: 1, applied: 40, total: 40 });
    expect(progress.length).toBeGreaterThan(1);
    expect(await countingState(harness.backend().sql, t)).toEqual({ rows: 40, applied: 40, counted: 40 });
    expect(await schemaExists(harness.backend().sql, 'rm_counting_v1_rebuild')).toBe(false);
    expect(await stored()).toEqual([{ version: 1, building_version: null, status: 'active' }]);
  });
});
