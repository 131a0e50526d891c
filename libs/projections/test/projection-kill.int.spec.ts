import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PgliteClient, PostgresClient, type SqlClient } from '@samsyn/event-store';
import { createTestDatabase } from '@samsyn/testing';
import { ProjectionReader } from '../src';
import { withStore } from './support/backends';
import { countingProjection } from './support/counting-projection';
import { appendJourneys } from './support/journey-events';
import { countingState } from './support/test-helpers';

const ROOT = resolve(__dirname, '../../..');
const FIXTURE = 'libs/projections/test/fixtures/run-counting-projection.ts';
const JOURNEYS = 20;
const EVENTS_EACH = 150;
/** Inside the 16th batch of 100: 15 batches are committed when the runner is killed. */
const HOLD_AT = 1_550;

interface Place {
  readonly kind: 'postgres' | 'pglite';
  readonly location: string;
  open(): Promise<SqlClient>;
  dispose(): Promise<void>;
}

const places: [string, () => Promise<Place>][] = [
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      return {
        kind: 'postgres',
        location: database.url,
        open: async () => new PostgresClient({ connectionString: database.url }),
        dispose: () => database.drop(),
      };
    },
  ],
  [
    'a PGlite directory',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'samsyn-projections-'));
      return {
        kind: 'pglite',
        location: dir,
        open: () => PgliteClient.open(dir),
        dispose: () => rm(dir, { recursive: true, force: true }),
      };
    },
  ],
];

/** Runs the fixture until it prints `until`; when that is `holding`, runs `whileHeld` and kills it with SIGKILL. */
async function runChild(
  place: Place,
  until: 'holding' | 'caught up',
  holdAt?: number,
  whileHeld?: () => Promise<void>,
): Promise<void> {
  const args = ['-r', '@swc-node/register', FIXTURE, place.kind, place.location, ...(holdAt ? [String(holdAt)] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((done) => child.on('exit', done));
  let seen = false;
  for await (const line of createInterface({ input: child.stdout })) {
    if (line !== until) continue;
    seen = true;
    if (until !== 'holding') continue;
    try {
      await whileHeld?.();
    } finally {
      child.kill('SIGKILL');
    }
  }
  await exited;
  if (!seen) throw new Error(`the runner process ended without printing "${until}"`);
}

describe.each(places)('a projection runner killed mid-batch on %s', (_name, makePlace) => {
  let place: Place;
  beforeEach(async () => {
    place = await makePlace();
  });
  afterEach(() => place.dispose());

  it('applies no event twice and misses none once restarted', async () => {
    const writer = await withStore(await place.open(), async () => undefined);
    const journeys = await appendJourneys(writer.store, JOURNEYS, EVENTS_EACH, 10);
    await writer.close();

    // PGlite is one process's: only on PostgreSQL can this test look in while the child holds its batch open.
    const committedWhileHeld = place.kind === 'postgres' ? await place.open() : undefined;
    await runChild(place, 'holding', HOLD_AT, async () => {
      if (!committedWhileHeld) return;
      const tables = await new ProjectionReader(committedWhileHeld).tables(countingProjection());
      expect(await countingState(committedWhileHeld, tables)).toEqual({ rows: 1_500, applied: 1_500, counted: 1_500 });
      await committedWhileHeld.close();
    });
    await runChild(place, 'caught up');

    const reader = await withStore(await place.open(), async () => undefined);
    const projections = new ProjectionReader(reader.sql);
    const tables = await projections.tables(countingProjection());
    const events = JOURNEYS * EVENTS_EACH;
    expect(await countingState(reader.sql, tables)).toEqual({ rows: events, applied: events, counted: events });
    expect(await projections.lag('counting')).toMatchObject({ checkpoint: journeys.last, eventsBehind: 0 });
    await reader.close();
  });
});
