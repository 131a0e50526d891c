import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS, DEFAULT_MAX_REQUEST_BYTES } from '../src/hardening/gateway-security-options';
import { securityOptionsFromEnv } from '../src/hardening/security-options-from-env';

describe('the gateway’s hardening from the environment', () => {
  it('is production with SAMSYN_MODE=production, or NODE_ENV=production when SAMSYN_MODE is unset', async () => {
    const production = async (env: NodeJS.ProcessEnv) => (await securityOptionsFromEnv(env)).production;
    expect(await production({ SAMSYN_MODE: 'production' })).toBe(true);
    expect(await production({ NODE_ENV: 'production' })).toBe(true);
    expect(await production({ SAMSYN_MODE: 'development', NODE_ENV: 'production' })).toBe(false);
    expect(await production({ NODE_ENV: 'test' })).toBe(false);
    expect(await production({})).toBe(false);
  });

  it('has the default limits and no persisted documents when nothing is set', async () => {
    const options = await securityOptionsFromEnv({});
    expect(options.limits).toEqual({ depth: 10, aliases: 15, tokens: 1000, cost: 1000 });
    expect(options.limits).toEqual(DEFAULT_LIMITS);
    expect(options.maxRequestBytes).toBe(DEFAULT_MAX_REQUEST_BYTES);
    expect(options.persistedDocuments.size).toBe(0);
    expect(options.persistedOnlyClients.size).toBe(0);
  });

  it('loads SAMSYN_PERSISTED_DOCUMENTS and lists SAMSYN_PERSISTED_ONLY_CLIENTS', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'samsyn-env-'));
    try {
      const path = join(directory, 'persisted-documents.json');
      await writeFile(path, '{ "a1": "{ readModels { name } }" }');
      const options = await securityOptionsFromEnv({
        SAMSYN_PERSISTED_DOCUMENTS: path,
        SAMSYN_PERSISTED_ONLY_CLIENTS: ' fk-system, af-system ,',
      });
      expect(options.persistedDocuments.get('a1')).toBe('{ readModels { name } }');
      expect([...options.persistedOnlyClients]).toEqual(['fk-system', 'af-system']);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
