import type { RecordedEvent } from '@samsyn/event-store';

const IDLE = Symbol('idle');
type Pulled = IteratorResult<RecordedEvent> | typeof IDLE;

/**
 * Groups a subscription's events into batches: it waits up to `idleMs` for a first event, then takes
 * the events that are already there (those of the page the subscription has read), up to `maxSize`.
 * At most one pull is in flight, so the subscription reads no further ahead than one page.
 */
export class EventBatches {
  private pending: Promise<IteratorResult<RecordedEvent>> | undefined;
  private ended = false;
  /** A read that failed after some events were taken: those are handed out first, the error next. */
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly events: AsyncIterator<RecordedEvent>,
    private readonly maxSize: number,
    private readonly idleMs: number,
  ) {}

  /** The next events in order; empty when none came within `idleMs`; undefined once the subscription ended. */
  async next(): Promise<RecordedEvent[] | undefined> {
    if (this.failure) throw this.failure.error;
    if (this.ended) return undefined;
    const batch: RecordedEvent[] = [];
    try {
      let pulled = await this.pull(this.idleMs);
      while (pulled !== IDLE) {
        if (pulled.done) {
          this.ended = true;
          break;
        }
        batch.push(pulled.value);
        if (batch.length >= this.maxSize) break;
        pulled = await this.pull(0);
      }
    } catch (error) {
      if (batch.length === 0) throw error;
      this.failure = { error };
    }
    return batch.length === 0 && this.ended ? undefined : batch;
  }

  /** After the subscription was stopped: lets the pull in flight finish and ends the iteration. */
  async close(): Promise<void> {
    await this.pending?.catch(() => undefined);
    this.pending = undefined;
    this.ended = true;
    await this.events.return?.();
  }

  private async pull(waitMs: number): Promise<Pulled> {
    this.pending ??= this.events.next();
    try {
      const pulled = await raceWithTimer(this.pending, waitMs);
      if (pulled !== IDLE) this.pending = undefined;
      return pulled;
    } catch (error) {
      this.pending = undefined;
      throw error;
    }
  }
}

/** `waitMs` 0 still lets the promise win when it settles within the current turn of the event loop. */
function raceWithTimer<T>(promise: Promise<T>, waitMs: number): Promise<T | typeof IDLE> {
  let cancel = (): void => undefined;
  const timer = new Promise<typeof IDLE>((resolve) => {
    if (waitMs === 0) {
      const immediate = setImmediate(() => resolve(IDLE));
      cancel = () => clearImmediate(immediate);
    } else {
      const timeout = setTimeout(() => resolve(IDLE), waitMs);
      cancel = () => clearTimeout(timeout);
    }
  });
  return Promise.race([promise, timer]).finally(() => cancel());
}
