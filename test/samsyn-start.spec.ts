import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '@samsyn/testing';

const ROOT = resolve(__dirname, '..');

/** Starts Samsyn as `npm start` does, in its own process, on the embedded PGlite store. */
describe('npm start', () => {
  it('serves /health over the embedded store and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'samsyn-start-'));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SAMSYN_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    delete env.KURRENTDB_URL;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/samsyn/src/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      for await (const line of createInterface({ input: child.stdout })) {
        if (line.startsWith('Samsyn is up')) {
          expect(line).toContain(`PGlite in ${join(dataDir, 'pglite')}`);
          break;
        }
      }
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
