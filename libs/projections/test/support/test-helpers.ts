import { setTimeout as sleep } from 'node:timers/promises';
import type { SqlTransaction } from '@samsyn/event-store';
import type { EventDecoder, ProjectionTables } from '../../src';
import type { CountingTable } from './counting-projection';

export interface CountingState {
  /** Rows kept, one per event. */
  readonly rows: number;
  /** Calls of apply; above `rows` when an event was applied twice. */
  readonly applied: number;
  /** The sum of the per-type counts. */
  readonly counted: number;
}

export async function countingState(sql: SqlTransaction, t: ProjectionTables<CountingTable>): Promise<CountingState> {
  const [row] = await sql.query<CountingState>(
    `select (select count(*)::int from ${t.applied}) as rows, (select applied::int from ${t.totals}) as applied,
            (select coalesce(sum(events), 0)::int from ${t.counts}) as counted`,
  );
  if (!row) throw new Error('no counting state');
  return row;
}

export async function schemaExists(sql: SqlTransaction, schema: string): Promise<boolean> {
  return (await sql.query('select 1 from pg_namespace where nspname = $1', [schema])).length > 0;
}

/** Holds every decode until opened; `reached` resolves once the first event is held. */
export interface Gate {
  readonly reached: Promise<void>;
  open(): void;
  decoder(decode: EventDecoder): EventDecoder;
}

export function gate(): Gate {
  let open = (): void => undefined;
  let reached = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const reachedOnce = new Promise<void>((resolve) => (reached = resolve));
  return {
    reached: reachedOnce,
    open,
    decoder: (decode) => async (recorded) => {
      reached();
      await opened;
      return decode(recorded);
    },
  };
}

/** Waits for an outcome the code under test reaches on its own (not a timing assertion). */
export async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('the expected outcome did not come');
    await sleep(20);
  }
}
