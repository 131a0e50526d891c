import { PostgresClient } from '@samsyn/event-store';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { graphqlRequest } from '@samsyn/testing';
import { streamCommands } from './support/process/command-stream';
import { leaseHolders } from './support/process/lease-holders';
import { startSamsynChild, stopSamsynChild, type SamsynChild } from './support/process/samsyn-child';
import { afterTheFact, samsynEnv, until } from './support/process/samsyn-env';

const PROJECTIONS = READ_MODEL_PROJECTIONS.map((projection) => projection.name);
const TAKEOVER_LIMIT_MS = 10_000;
const READ_MODELS = '{ readModels { name eventsBehind } }';

/** Two all-in-one processes on one PostgreSQL, as the README tells to run them; one is killed with SIGKILL. */
describe('two Samsyn instances on one PostgreSQL', () => {
  it('apply each projection once, both answer, and the survivor takes the projections over within seconds', async () => {
    const setup = await samsynEnv('PostgreSQL');
    const sql = new PostgresClient({ connectionString: setup.env.DATABASE_URL });
    try {
      const token = await setup.token('FK');
      const readModels = async (instance: SamsynChild) =>
        graphqlRequest<{ readModels: { name: string; eventsBehind: number }[] }>(
          instance.gatewayUrl,
          READ_MODELS,
          {},
          { authorization: `Bearer ${token}` },
        );
      const a = await startSamsynChild({ ...setup.env, PGAPPNAME: 'samsyn-a' });
      const b = await startSamsynChild({ ...setup.env, PGAPPNAME: 'samsyn-b' });

      const holders = await leaseHolders(sql, PROJECTIONS);
      expect(Object.keys(holders).sort()).toEqual([...PROJECTIONS].sort());
      for (const name of PROJECTIONS) expect(holders[name]).toHaveLength(1);
      expect(b.lines.filter((line) => line.includes('applied by this instance'))).toEqual([]);
      expect(a.lines.find((line) => line.startsWith('Samsyn is starting'))).toContain('applying every projection');
      expect(b.lines.find((line) => line.startsWith('Samsyn is starting'))).toContain(
        'applying no projection; another instance applies',
      );

      let requests = 0;
      const target = (): string => (requests++ % 2 === 0 || a.pid === killed ? b : a).gatewayUrl;
      let killed = 0;
      const stream = streamCommands(target, token, 4);
      await until(() => stream.acknowledged.length >= 80, 60_000, '80 receipts through both instances');
      for (const instance of [a, b]) expect((await readModels(instance)).errors).toBeUndefined();

      const survivorLines = b.lines.length;
      a.kill('SIGKILL');
      killed = a.pid;
      await a.exited;
      const takeoverMs = await until(
        async () =>
          Object.values(await leaseHolders(sql, PROJECTIONS))
            .flat()
            .filter((holder) => holder === 'samsyn-b').length === PROJECTIONS.length,
        TAKEOVER_LIMIT_MS,
        'the survivor holding every lease',
      );
      await b.waitForLine(/applied by this instance/, 5_000, survivorLines);
      const acknowledgedAtKill = stream.acknowledged.length;
      await until(() => stream.acknowledged.length >= acknowledgedAtKill + 40, 30_000, 'receipts through the survivor');
      await stream.stop();
      await until(
        async () => (await readModels(b)).data?.readModels.every((model) => model.eventsBehind === 0) === true,
        30_000,
        'read models caught up',
      );
      await stopSamsynChild(b);

      const { lost, served, rebuilt } = await afterTheFact(setup, stream.acknowledged);
      process.stdout.write(
        `two instances: ${stream.acknowledged.length} commands acknowledged, ${lost.length} lost; survivor held every lease ${takeoverMs} ms after the kill\n`,
      );
      expect(lost).toEqual([]);
      expect(served).toEqual(rebuilt);
    } finally {
      await sql.close();
      await setup.remove();
    }
  });
});
