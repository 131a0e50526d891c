import type { Subscription } from '../event-store.port';
import type { RecordedEvent } from '../events';
import type { Position } from '../position';

export interface CatchUpSource {
  after: Position;
  pageSize: number;
  readPage(after: Position): Promise<RecordedEvent[]>;
  /** Calls `wake` when new events may be there; resolves to an unsubscribe function. */
  listen(wake: () => void): Promise<() => Promise<void>>;
  /** How long to wait without a notification before reading again (the polling fallback). */
  pollIntervalMs?: number;
  /** Failed reads in a row (e.g. while the database restarts) before the error reaches the consumer. */
  maxFailedReads?: number;
}

const DEFAULT_POLL_MS = 500;
const DEFAULT_MAX_FAILED_READS = 40;

/**
 * Reads pages from a checkpoint until it has caught up, then waits for a notification (or the
 * poll interval, in case a notification was lost or an aborted writer held events back) and
 * reads on. Events arrive in global order, each once.
 */
export class CatchUpSubscription implements Subscription {
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private notified = false;
  private cancelBackOff: (() => void) | undefined;

  constructor(private readonly source: CatchUpSource) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    const unlisten = await this.source.listen(() => this.wake());
    let after = this.source.after;
    try {
      while (!this.stopped) {
        this.notified = false;
        const page = await this.readPageRetrying(after);
        for (const event of page) {
          if (this.stopped) return;
          yield event;
          after = event.position;
        }
        if (page.length < this.source.pageSize) await this.sleep();
      }
    } finally {
      await unlisten();
    }
  }

  private async readPageRetrying(after: Position): Promise<RecordedEvent[]> {
    for (let failures = 1; ; failures++) {
      try {
        return await this.source.readPage(after);
      } catch (error) {
        if (failures >= (this.source.maxFailedReads ?? DEFAULT_MAX_FAILED_READS) || this.stopped) throw error;
        await this.backOff();
      }
    }
  }

  /** Waits the poll interval after a failed read; only stop() cuts it short, a notification does not. */
  private backOff(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.source.pollIntervalMs ?? DEFAULT_POLL_MS);
      this.cancelBackOff = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    this.cancelBackOff?.();
    return Promise.resolve();
  }

  private wake(): void {
    this.notified = true;
    this.wakeUp?.();
  }

  private sleep(): Promise<void> {
    if (this.notified || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.source.pollIntervalMs ?? DEFAULT_POLL_MS);
      this.wakeUp = done;
    });
  }
}
