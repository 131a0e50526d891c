import DataLoader from 'dataloader';
import type { RecordedEvent } from '@samsyn/event-store';
import { journeyStreamId, personalDataCodec } from '@samsyn/journey-commands';
import type { JourneyKeyStore } from '@samsyn/personal-data';
import { NotAJourneyEventError } from '../projection-errors';
import type { EventDecoder } from './event-decoder';
import { ExpiringCache } from './expiring-cache';

export const JOURNEY_STREAM_PREFIX = journeyStreamId('');

export interface JourneyEventDecoderOptions {
  /** How long a journey's data key (or its absence) is reused before it is looked up again. */
  keyTtlMs?: number;
  maxCachedKeys?: number;
  now?: () => number;
}

const DEFAULT_KEY_TTL_MS = 30_000;
const DEFAULT_MAX_CACHED_KEYS = 10_000;

/**
 * Decodes journey events with their journeys' data keys. Keys are kept briefly so that a batch of
 * one journey's events looks its key up once, and the keys a batch lacks (the events decoded in one
 * turn of the event loop) are read in one query; an erased key is noticed within `keyTtlMs`.
 */
export function journeyEventDecoder(keys: JourneyKeyStore, options: JourneyEventDecoderOptions = {}): EventDecoder {
  const cache = new ExpiringCache<string, Promise<Buffer | undefined>>(
    options.keyTtlMs ?? DEFAULT_KEY_TTL_MS,
    options.maxCachedKeys ?? DEFAULT_MAX_CACHED_KEYS,
    options.now,
  );
  const lookUp = new DataLoader<string, Buffer | undefined>(
    async (journeyIds) => {
      const found = await keys.findMany(journeyIds);
      return journeyIds.map((journeyId) => found.get(journeyId));
    },
    { cache: false },
  );
  const dataKeyOf = (journeyId: string): Promise<Buffer | undefined> => {
    const cached = cache.get(journeyId);
    if (cached) return cached;
    const found = lookUp.load(journeyId);
    found.catch(() => {
      if (cache.get(journeyId) === found) cache.delete(journeyId);
    });
    return cache.set(journeyId, found);
  };

  return async (recorded) => {
    const journeyId = journeyIdOf(recorded);
    const codec = personalDataCodec(journeyId, await dataKeyOf(journeyId));
    return {
      journeyId,
      event: await codec.decode(recorded),
      revision: recorded.revision,
      position: recorded.position,
      author: recorded.metadata.author.organisation,
      occurredAt: recorded.metadata.occurredAt,
    };
  };
}

export function journeyIdOf({ streamId }: RecordedEvent): string {
  if (!streamId.startsWith(JOURNEY_STREAM_PREFIX)) throw new NotAJourneyEventError(streamId);
  return streamId.slice(JOURNEY_STREAM_PREFIX.length);
}
