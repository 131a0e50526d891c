import { ProjectionRunner, type EventDecoder, type Projection, type ProjectionRunnerOptions } from '../src';
import { BACKENDS } from './support/backends';
import { countingProjection, type CountingOptions, type CountingTable } from './support/counting-projection';
import { appendJourneys } from './support/journey-events';
import { useRunnerHarness } from './support/runner-harness';
import { countingState, eventually } from './support/test-helpers';

describe.each(BACKENDS)('projections sharing one pass over the events on %s', (_name, openBackend) => {
  const harness = useRunnerHarness(openBackend);
  const counting = (name: string, options: CountingOptions = {}) => countingProjection({ name, ...options });

  let decoded = 0;
  const countingDecoder = (): EventDecoder => {
    const decode = harness.backend().decode;
    return (recorded) => {
      decoded++;
      return decode(recorded);
    };
  };
  beforeEach(() => (decoded = 0));

  const start = async (
    projections: Projection<CountingTable>[],
    options: Partial<ProjectionRunnerOptions> = {},
  ): Promise<ProjectionRunner> => {
    const runner = new ProjectionRunner({
      store: harness.backend().store,
      sql: harness.backend().sql,
      decode: countingDecoder(),
      projections,
      ...options,
    });
    harness.running.push(runner);
    await runner.start();
    return runner;
  };
  const stateOf = async (runner: ProjectionRunner, name: string) =>
    countingState(harness.backend().sql, await runner.tables(counting(name)));

  it('reads and decodes each event once for projections standing at one checkpoint, and applies it to each', async () => {
    const journeys = await appendJourneys(harness.backend().store, 3, 4);
    const runner = await start([counting('first'), counting('second'), counting('third')]);
    await runner.waitFor(['first', 'second', 'third'], journeys.last, 10_000);

    expect(runner.laneCount()).toBe(1);
    expect(decoded).toBe(12);
    for (const name of ['first', 'second', 'third']) {
      expect(await stateOf(runner, name)).toEqual({ rows: 12, applied: 12, counted: 12 });
    }
  });

  it('splits off a member that fails alone: the others move on, it catches up once the cause is gone, then they join', async () => {
    const journeys = await appendJourneys(harness.backend().store, 2, 3);
    let failing = true;
    const failingOne = counting('failing', {
      beforeApply: async () => {
        if (failing) throw new Error('apply failed');
      },
    });
    const errors: string[] = [];
    const runner = await start([counting('healthy'), failingOne], { onError: (name) => errors.push(name) });
    await runner.waitFor('healthy', journeys.last, 10_000);

    expect(await stateOf(runner, 'healthy')).toEqual({ rows: 6, applied: 6, counted: 6 });
    expect(await stateOf(runner, 'failing')).toEqual({ rows: 0, applied: 0, counted: 0 });
    expect(errors).toContain('failing');
    expect(errors).not.toContain('healthy');
    expect(runner.laneCount()).toBe(2);

    failing = false;
    const more = await appendJourneys(harness.backend().store, 1, 2);
    await runner.waitFor(['healthy', 'failing'], more.last, 20_000);
    expect(await stateOf(runner, 'failing')).toEqual({ rows: 8, applied: 8, counted: 8 });
    await eventually(() => (runner.laneCount() === 1 ? true : undefined));
    const last = await appendJourneys(harness.backend().store, 1, 1);
    await runner.waitFor(['healthy', 'failing'], last.last, 10_000);
    for (const name of ['healthy', 'failing']) {
      expect(await stateOf(runner, name)).toEqual({ rows: 9, applied: 9, counted: 9 });
    }
  });

  it('builds a new version in a lane of its own from the first event, swaps it in and joins the others, applying nothing twice', async () => {
    const before = await appendJourneys(harness.backend().store, 3, 3);
    const first = await start([counting('steady'), counting('changing')]);
    await first.waitFor(['steady', 'changing'], before.last, 10_000);
    await first.stop();

    let swapped = false;
    const runner = await start([counting('steady'), counting('changing', { version: 2 })], {
      onSwap: () => (swapped = true),
    });
    expect(runner.laneCount()).toBe(2);
    const during = await appendJourneys(harness.backend().store, 2, 2);
    await runner.waitFor('steady', during.last, 10_000);
    await eventually(() => (swapped && runner.laneCount() === 1 ? true : undefined));
    const after = await appendJourneys(harness.backend().store, 1, 2);
    await runner.waitFor(['steady', 'changing'], after.last, 10_000);

    expect(runner.status().map(({ projection, version, role }) => ({ projection, version, role }))).toEqual(
      expect.arrayContaining([
        { projection: 'steady', version: 1, role: 'active' },
        { projection: 'changing', version: 2, role: 'active' },
      ]),
    );
    for (const name of ['steady', 'changing']) {
      expect(await stateOf(runner, name)).toEqual({ rows: 15, applied: 15, counted: 15 });
    }
  });
});
