import { graphqlRequest } from '@samsyn/testing';
import { streamCommands } from './support/process/command-stream';
import { startSamsynChild, stopSamsynChild } from './support/process/samsyn-child';
import { afterTheFact, samsynEnv, until, type ProcessBackend } from './support/process/samsyn-env';

const ACKNOWLEDGED_BEFORE_KILL = 120;

async function caughtUp(gatewayUrl: string, token: string): Promise<boolean> {
  const { data } = await graphqlRequest<{ readModels: { eventsBehind: number }[] }>(
    gatewayUrl,
    '{ readModels { eventsBehind } }',
    {},
    { authorization: `Bearer ${token}` },
  );
  return data?.readModels.every((model) => model.eventsBehind === 0) === true;
}

/** `kill -9` of the all-in-one process while four clients send commands, then a restart on the same store. */
describe.each<ProcessBackend>(['PGlite', 'PostgreSQL'])(
  'the all-in-one process killed with SIGKILL under load (%s)',
  (backend) => {
    it('keeps every acknowledged command, and its read models equal a fresh rebuild after the restart', async () => {
      const setup = await samsynEnv(backend);
      try {
        const token = await setup.token('FK');
        const first = await startSamsynChild(setup.env);
        const stream = streamCommands(() => first.gatewayUrl, token, 4);
        await until(
          () => stream.acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL,
          60_000,
          `${ACKNOWLEDGED_BEFORE_KILL} receipts`,
        );
        first.kill('SIGKILL');
        expect(await first.exited).toBeNull();
        await stream.stop();
        const acknowledged = [...stream.acknowledged];

        const second = await startSamsynChild(setup.env);
        const after = streamCommands(() => second.gatewayUrl, token, 2);
        await until(() => after.acknowledged.length >= 10, 30_000, 'receipts after the restart');
        await after.stop();
        // The served read models are compared once they have applied every event; a stop does not wait for that.
        await until(async () => await caughtUp(second.gatewayUrl, token), 30_000, 'read models caught up');
        await stopSamsynChild(second);

        const { lost, served, rebuilt } = await afterTheFact(setup, [...acknowledged, ...after.acknowledged]);
        process.stdout.write(
          `kill -9 (${backend}): ${acknowledged.length} commands acknowledged before the kill, ${lost.length} lost; ` +
            `failures seen by clients: ${JSON.stringify(Object.fromEntries(stream.failures))}\n`,
        );
        expect(lost).toEqual([]);
        expect(served).toEqual(rebuilt);
      } finally {
        await setup.remove();
      }
    });
  },
);
