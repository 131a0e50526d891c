import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { openPgliteEventStore } from '../src';
import { someEvents, uniqueStream } from './contract/events-for-tests';

const ROOT = resolve(__dirname, '../../..');

describe('PGlite durability', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'samsyn-pglite-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps acknowledged appends across closing and reopening the data directory', async () => {
    const stream = uniqueStream();
    const events = someEvents(5);
    const first = await openPgliteEventStore(dataDir);
    await first.append(stream, events, 'no_stream');
    await first.close();

    const reopened = await openPgliteEventStore(dataDir);
    const read = await reopened.readStream(stream);
    await reopened.close();
    expect(read.map((event) => event.id)).toEqual(events.map((event) => event.id));
  });

  it('keeps every acknowledged append when the writing process is killed with SIGKILL', async () => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'libs/event-store/test/fixtures/append-until-killed.ts', dataDir],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const acknowledged: string[] = [];
    const exited = new Promise((done) => child.on('exit', done));
    for await (const line of createInterface({ input: child.stdout })) {
      if (line === 'ready') continue;
      acknowledged.push(line);
      if (acknowledged.length === 200) child.kill('SIGKILL');
    }
    await exited;

    const reopened = await openPgliteEventStore(dataDir);
    const stored = new Set((await reopened.readAll({ maxCount: 100_000 })).map((event) => event.id));
    await reopened.close();
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});
