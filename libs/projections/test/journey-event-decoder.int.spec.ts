import { randomUUID } from 'node:crypto';
import type { JourneyEvent } from '@samsyn/domain';
import { PgliteClient, type JsonObject, type RecordedEvent } from '@samsyn/event-store';
import { journeyStreamId, personalDataCodec } from '@samsyn/journey-commands';
import { journeyEventDecoder } from '../src';
import { withStore, type TestBackend } from './support/backends';
import { journeyEvent } from './support/journey-events';

const OPENED: JourneyEvent = {
  type: 'JourneyOpened',
  data: { personnummer: '200308203454', birthDate: '2003-08-20', homeKommun: '1880' },
};

describe('the journey event decoder', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await withStore(await PgliteClient.open(), async () => undefined);
  });
  afterAll(() => backend.close());

  const recordSealed = async (): Promise<{ journeyId: string; recorded: RecordedEvent }> => {
    const journeyId = randomUUID();
    const sealed = await personalDataCodec(journeyId, await backend.keys.create(journeyId)).encode(OPENED);
    const event = { ...journeyEvent(0, 'KOMMUN:1880'), type: sealed.type, data: sealed.data as JsonObject };
    await backend.store.append(journeyStreamId(journeyId), [event], 'no_stream');
    const [recorded] = await backend.store.readStream(journeyStreamId(journeyId));
    if (!recorded) throw new Error('not stored');
    return { journeyId, recorded };
  };

  it('opens the personal fields with the journey key and names the journey, revision, author and time', async () => {
    const { journeyId, recorded } = await recordSealed();
    expect(JSON.stringify(recorded.data)).not.toContain('200308203454');

    expect(await journeyEventDecoder(backend.keys)(recorded)).toEqual({
      journeyId,
      event: OPENED,
      revision: 0,
      position: recorded.position,
      author: 'KOMMUN:1880',
      occurredAt: '2024-01-01T09:00:00.000Z',
    });
  });

  it('reads the personal fields as null once the key is erased and the cached key has expired', async () => {
    const { journeyId, recorded } = await recordSealed();
    let now = 0;
    const decode = journeyEventDecoder(backend.keys, { keyTtlMs: 1_000, now: () => now });
    expect((await decode(recorded)).event).toEqual(OPENED);

    await backend.keys.erase(journeyId);
    now = 999;
    expect((await decode(recorded)).event).toEqual(OPENED);
    now = 1_000;
    expect((await decode(recorded)).event).toEqual({
      type: 'JourneyOpened',
      data: { personnummer: null, birthDate: null, homeKommun: '1880' },
    });
  });

  it('refuses an event of a stream that is not a journey', async () => {
    const streamId = `other-${randomUUID()}`;
    await backend.store.append(streamId, [journeyEvent(0)], 'no_stream');
    const [recorded] = await backend.store.readStream(streamId);
    await expect(journeyEventDecoder(backend.keys)(recorded as RecordedEvent)).rejects.toMatchObject({
      code: 'NOT_A_JOURNEY_EVENT',
    });
  });

  it('refuses a stored event the domain cannot read, naming the event and the fault', async () => {
    const streamId = journeyStreamId(randomUUID());
    const stored = { ...journeyEvent(0), type: 'InsatsStarted', data: { insatsType: 'ips' } };
    await backend.store.append(streamId, [stored], 'no_stream');
    const [recorded] = await backend.store.readStream(streamId);
    await expect(journeyEventDecoder(backend.keys)(recorded as RecordedEvent)).rejects.toMatchObject({
      name: 'JourneyEventDecodingError',
      eventId: stored.id,
      fault: 'MISSING_FIELD',
    });
  });
});
