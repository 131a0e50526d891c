import { createServer } from 'node:net';
import { Client } from 'pg';
import { freePort } from '@samsyn/testing';
import { anEvent, uniqueStream } from './contract/events-for-tests';
import { asStoreUnavailable, connectionFailureOf, SqlEventStore, StoreUnavailableError, type SqlClient } from '../src';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('recognising a database that cannot be reached', () => {
  it.each([
    ['refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['unknown host', withCode('ENOTFOUND')],
    ['starting up or shutting down (57P03)', withCode('57P03', 'the database system is shutting down')],
    ['too many connections (53300)', withCode('53300')],
    ['unable to establish (08001)', withCode('08001')],
    ['pool connect time-out', new Error('timeout exceeded when trying to connect')],
    ['client connect time-out', new Error('Connection terminated due to connection timeout')],
    [
      'every address refused (AggregateError)',
      Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), { code: 'ECONNREFUSED' }),
    ],
  ])('%s: not connected, nothing reached the server', (_, error) => {
    expect(connectionFailureOf(error)).toBe('not_connected');
  });

  it.each([
    ['reset', withCode('ECONNRESET')],
    ['broken pipe', withCode('EPIPE')],
    ['admin shutdown (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown (57P02)', withCode('57P02')],
    ['connection failure (08006)', withCode('08006')],
    ['transaction resolution unknown (08007)', withCode('08007')],
    ['terminated', new Error('Connection terminated unexpectedly')],
    ['not queryable', new Error('Client has encountered a connection error and is not queryable')],
  ])('%s: connection lost, a statement may have been sent', (_, error) => {
    expect(connectionFailureOf(error)).toBe('connection_lost');
  });

  it.each([
    ['unique violation', withCode('23505')],
    ['syntax error', withCode('42601')],
    ['serialization failure', withCode('40001')],
    ['a plain error', new Error('boom')],
    ['a string', 'ECONNREFUSED'],
    ['undefined', undefined],
  ])('%s: not a connection failure', (_, error) => {
    expect(connectionFailureOf(error)).toBeUndefined();
    expect(asStoreUnavailable(error)).toBeUndefined();
  });

  it('recognises what pg reports for a port nothing listens on', async () => {
    const client = new Client({
      host: '127.0.0.1',
      port: await freePort(),
      user: 'x',
      database: 'x',
      connectionTimeoutMillis: 2_000,
    });
    const error = await client.connect().then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(connectionFailureOf(error)).toBe('not_connected');
  });

  it('counts a connection the server hangs up on as lost: pg cannot tell whether a statement had gone out', async () => {
    const { port, close } = await fakeServerThatHangsUp();
    try {
      const client = new Client({ host: '127.0.0.1', port, user: 'x', database: 'x' });
      const error = await client.connect().then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(connectionFailureOf(error)).toBe('connection_lost');
    } finally {
      await close();
    }
  });
});

describe('an append that cannot reach the database', () => {
  const storeFailingWith = (error: unknown) =>
    SqlEventStore.open({
      exec: async () => undefined,
      query: async () => {
        throw error;
      },
    } as unknown as SqlClient);

  it('was not written when no connection was had', async () => {
    const store = await storeFailingWith(withCode('ECONNREFUSED'));
    const failure = await store.append(uniqueStream(), [anEvent()], 'any').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({ code: 'STORE_UNAVAILABLE', outcome: 'not_written' });
  });

  it('has an unknown outcome when the connection broke under it', async () => {
    const store = await storeFailingWith(new Error('Connection terminated unexpectedly'));
    const failure = await store.append(uniqueStream(), [anEvent()], 'any').catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'STORE_UNAVAILABLE', outcome: 'unknown' });
    expect((failure as StoreUnavailableError).forCommand('c-1')).toMatchObject({
      outcome: 'unknown',
      commandId: 'c-1',
    });
  });

  it('leaves other errors as they were', async () => {
    const syntax = withCode('42601');
    const store = await storeFailingWith(syntax);
    await expect(store.append(uniqueStream(), [anEvent()], 'any')).rejects.toBe(syntax);
  });
});

/** A TCP server that accepts and closes at once: what a PostgreSQL going away looks like to a client. */
async function fakeServerThatHangsUp(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
