import { authConfigFromEnv, createTokenVerifier } from '../src';
import { runTokenCli } from '../src/cli/token';
import { removeDataDirs, tempDataDir } from './auth-test-kit';

async function run(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await runTokenCli(args, env, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('npm run token', () => {
  const dataDir = tempDataDir();
  const env = { SAMSYN_DATA_DIR: dataDir };
  const verifier = createTokenVerifier(authConfigFromEnv({}, dataDir));
  afterAll(removeDataDirs);

  it('prints the token alone on stdout and a hint on stderr', async () => {
    const { code, stdout, stderr } = await run(['--org', 'KOMMUN:1880', '--role', 'handlaggare'], env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    await expect(verifier.verify(`Bearer ${stdout.trim()}`)).resolves.toEqual({
      subject: 'dev-kommun-1880-handlaggare',
      organisation: 'KOMMUN:1880',
      role: 'handlaggare',
      purpose: 'samordning',
    });
  });

  it('takes purpose, subject, journey and ttl', async () => {
    const journey = '0b6c1c1e-1111-4222-8333-444455556666';
    const args = [
      '--org',
      'PERSON',
      '--role',
      'person',
      '--purpose',
      'egen insyn',
      '--subject',
      'p-1',
      '--journey',
      journey,
      '--ttl',
      '15m',
    ];
    const { code, stdout } = await run(args, env);
    expect(code).toBe(0);
    await expect(verifier.verify(`Bearer ${stdout.trim()}`)).resolves.toEqual({
      subject: 'p-1',
      organisation: 'PERSON',
      role: 'person',
      purpose: 'egen insyn',
      journeyId: journey,
    });
  });

  it.each([
    [['--org', 'NASA', '--role', 'handlaggare'], "Organisation kind 'NASA' is not one of"],
    [['--org', 'KOMMUN:9999', '--role', 'handlaggare'], '--org:'],
    [['--role', 'handlaggare'], '--org is required'],
    [['--org', 'FK'], '--role is required'],
    [['--org', 'FK', '--role', 'Chef'], '--role:'],
    [['--org', 'FK', '--role', 'handlaggare', '--ttl', 'soon'], '--ttl'],
    [['--org', 'FK', '--role', 'handlaggare', '--journey', 'x'], '--journey:'],
    [['--org', 'FK', '--role', 'handlaggare', '--colour', 'blue'], "'--colour'"],
  ])('exits 2 for %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args, env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage:');
  });

  it('exits 1 in production, where tokens come from the identity provider', async () => {
    const { code, stdout } = await run(['--org', 'FK', '--role', 'handlaggare'], { ...env, SAMSYN_MODE: 'production' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
  });
});
