import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort, graphqlRequest } from '@samsyn/testing';

const ROOT = resolve(__dirname, '..');

/** `npm run -s token -- …` against the same data directory: what the start-up lines tell a newcomer to run. */
async function developmentToken(env: NodeJS.ProcessEnv, flags: string[]): Promise<string> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'libs/auth/src/cli/token.ts', ...flags], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  expect(code).toBe(0);
  return out.trim();
}

/** Starts Samsyn as `npm start` does, in its own process, on the embedded PGlite store, with the demo data. */
describe('npm start', () => {
  it('serves the gateway over the demo data, answers a federated query, and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'samsyn-start-'));
    const port = await freePort();
    // A seed other than the default: the start-up line must name the one the journeys came from.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      SAMSYN_DATA_DIR: dataDir,
      SAMSYN_DEMO_SEED: '7',
    };
    delete env.DATABASE_URL;
    delete env.KURRENTDB_URL;
    delete env.SAMSYN_MASTER_KEY;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/samsyn/src/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const lines: string[] = [];
    try {
      for await (const line of createInterface({ input: child.stdout })) {
        lines.push(line);
        if (line.startsWith('Samsyn is up')) break;
      }
      expect(lines.join('\n')).toContain(`PGlite in ${join(dataDir, 'pglite')}`);
      expect(lines.join('\n')).toMatch(/demo data: 2458 journeys, \d+ events in [\d.]+ s \(Örebro county, seed 7\)/);
      expect(lines.at(-1)).toContain(`http://127.0.0.1:${port}/graphql`);
      const token = await developmentToken(env, ['--org', 'KOMMUN:1880', '--role', 'handlaggare']);
      const response = await graphqlRequest<{
        kommunParticipants: { id: string; homeKommun: string; fkDecision: unknown }[];
      }>(
        `http://127.0.0.1:${port}/graphql`,
        '{ kommunParticipants(kommunkod: "1880") { id homeKommun fkDecision { validTo } } }',
        {},
        { authorization: `Bearer ${token}` },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.kommunParticipants.length).toBeGreaterThan(10);
      expect(response.data!.kommunParticipants.some((person) => person.fkDecision !== null)).toBe(true);
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 300_000); // the first start loads and projects the demo data: 104 s on an idle 2-core machine here, today

  it('refuses to start in production mode without a configured token issuer, saying what is missing', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SAMSYN_MODE: 'production',
      SAMSYN_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    delete env.SAMSYN_JWT_ISSUER;
    delete env.SAMSYN_JWKS_URL;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/samsyn/src/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(1);
    expect(errors).toContain('SAMSYN_JWT_ISSUER');
  });
});
