import { randomUUID } from 'node:crypto';
import {
  eventIdFor,
  handleCommand,
  openPgliteEventStore,
  TooManyConflictsError,
  type Decider,
  type EventCodec,
  type EventStore,
  type SqlEventStore,
} from '../src';
import { anEvent } from './contract/events-for-tests';

type Command = { type: 'Add'; amount: number };
type Event = { type: 'Added'; data: { amount: number } };
type State = { total: number };

const counter: Decider<Command, Event, State> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.amount }),
  decide: (command, state) => {
    if (state.total + command.amount > 10) throw new RangeError('over the limit');
    return command.amount === 0 ? [] : [{ type: 'Added', data: { amount: command.amount } }];
  },
};
const codec: EventCodec<Event> = {
  encode: async (event) => event,
  decode: async (stored) => ({ type: 'Added', data: { amount: Number(stored.data.amount) } }),
};
const metadata = { author: { organisation: 'FK' }, correlationId: 'c', occurredAt: '2026-11-23T10:00:00Z' };

describe('handleCommand', () => {
  let store: SqlEventStore;
  beforeAll(async () => {
    store = await openPgliteEventStore();
  });
  afterAll(() => store.close());

  const add = (streamId: string, amount: number, commandId = randomUUID(), on: EventStore = store) =>
    handleCommand({
      store: on,
      streamId,
      decider: counter,
      codec,
      command: { type: 'Add', amount },
      commandId,
      metadata,
    });

  it('decides on the folded state and appends with ids derived from the command id', async () => {
    const stream = `counter-${randomUUID()}`;
    const commandId = randomUUID();
    await add(stream, 4);
    const result = await add(stream, 5, commandId);
    expect(result).toMatchObject({ revision: 1, alreadyHandled: false });
    const [, second] = await store.readStream(stream);
    expect(second).toMatchObject({ id: eventIdFor(commandId, 0), data: { amount: 5 } });
    expect(second?.metadata.commandId).toBe(commandId);
    await expect(add(stream, 2)).rejects.toThrow('over the limit');
  });

  it('adds what the codec puts in an encoded event’s metadata, under the command’s own', async () => {
    const stream = `counter-${randomUUID()}`;
    const versioned: EventCodec<Event> = {
      ...codec,
      encode: async (event) => ({ ...event, metadata: { schemaVersion: 2, author: 'not the author' } }),
    };
    await handleCommand({
      store,
      streamId: stream,
      decider: counter,
      codec: versioned,
      command: { type: 'Add', amount: 1 },
      commandId: randomUUID(),
      metadata,
    });
    const [written] = await store.readStream(stream);
    expect(written?.metadata).toMatchObject({ schemaVersion: 2, author: { organisation: 'FK' } });
  });

  it('writes nothing twice when the same command id is sent again', async () => {
    const stream = `counter-${randomUUID()}`;
    const commandId = randomUUID();
    const first = await add(stream, 3, commandId);
    const retry = await add(stream, 3, commandId);
    expect(retry).toMatchObject({ revision: first.revision, position: first.position, alreadyHandled: true });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('re-reads and re-decides after losing a race, bounded', async () => {
    const stream = `counter-${randomUUID()}`;
    const results = await Promise.all([1, 2, 3, 4].map((amount) => add(stream, amount)));
    expect(results.map((result) => result.revision).sort()).toEqual([0, 1, 2, 3]);

    const contested = `counter-${randomUUID()}`;
    await add(contested, 1);
    const alwaysBehind: EventStore = Object.create(store, {
      append: { value: () => store.append(contested, [anEvent()], 'no_stream') },
    });
    await expect(add(contested, 1, randomUUID(), alwaysBehind)).rejects.toBeInstanceOf(TooManyConflictsError);
  });

  it('writes nothing when the decision has no events', async () => {
    const stream = `counter-${randomUUID()}`;
    await expect(add(stream, 0)).resolves.toMatchObject({ events: [], revision: -1 });
    expect(await store.readStream(stream)).toEqual([]);
  });
});
