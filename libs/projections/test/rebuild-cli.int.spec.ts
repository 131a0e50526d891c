import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { PostgresClient } from '@samsyn/event-store';
import { createTestDatabase, type TestDatabase } from '@samsyn/testing';
import { ProjectionReader, runRebuildCli } from '../src';
import { withStore } from './support/backends';
import { countingProjection } from './support/counting-projection';
import { appendJourneys } from './support/journey-events';
import { countingState } from './support/test-helpers';

const ROOT = resolve(__dirname, '../../..');
const run = promisify(execFile);

describe('the rebuild command', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('rebuilds the named projection from the first event, printing progress lines and events/s when not on a terminal', async () => {
    const writer = await withStore(new PostgresClient({ connectionString: database.url }), async () => undefined);
    await appendJourneys(writer.store, 3, 20, 5);
    await writer.close();

    const { stdout } = await run(
      process.execPath,
      ['-r', '@swc-node/register', 'libs/projections/test/fixtures/rebuild-counting-cli.ts', 'counting'],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database.url, SAMSYN_MASTER_KEY: randomBytes(32).toString('base64') },
      },
    );

    expect(stdout).toContain('counting v1: rebuilding from the first of 60 events\n');
    expect(stdout).toMatch(/^counting v1 rebuilt: 60 events in \d+\.\d s, \d+ events\/s$/m);
    const reader = await withStore(new PostgresClient({ connectionString: database.url }), async () => undefined);
    const tables = await new ProjectionReader(reader.sql).tables(countingProjection());
    expect(await countingState(reader.sql, tables)).toEqual({ rows: 60, applied: 60, counted: 60 });
    await reader.close();
  });

  it('refuses an unknown projection name with exit code 2, naming the known ones', async () => {
    const err = new PassThrough();
    const code = await runRebuildCli([countingProjection()], ['nope'], {}, { out: process.stdout, err });
    expect(code).toBe(2);
    expect(String(err.read())).toBe('Unknown projection "nope"; known: counting\n');
  });
});
