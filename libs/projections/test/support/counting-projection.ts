import type { ProjectedEvent, Projection } from '../../src';

export type CountingTable = 'applied' | 'counts' | 'totals';

export interface CountingOptions {
  /** 'counting' unless named: several of them run side by side under their own names. */
  name?: string;
  version?: number;
  /** Runs before each event is applied, inside the batch's transaction: lets a test hold a batch open. */
  beforeApply?: (event: ProjectedEvent) => Promise<void>;
}

/**
 * A deterministic test projection: one row per event (kept once, by journey and revision), a count
 * per journey and event type, and a total of apply calls. An event applied twice leaves the total
 * above the number of rows.
 */
export function countingProjection(options: CountingOptions = {}): Projection<CountingTable> {
  const version = options.version ?? 1;
  return {
    name: options.name ?? 'counting',
    version,
    tableNames: ['applied', 'counts', 'totals'],
    createTables: (t) => `
      create table ${t.applied} (
        journey_id uuid not null, revision int not null, type text not null, author text not null,
        occurred_at text not null, position text not null, version int not null default ${version},
        primary key (journey_id, revision));
      create table ${t.counts} (journey_id uuid not null, type text not null, events int not null, primary key (journey_id, type));
      create table ${t.totals} (only_row boolean primary key default true, applied bigint not null);
      insert into ${t.totals} (applied) values (0);`,
    async apply(tx, t, event) {
      await options.beforeApply?.(event);
      const { journeyId, revision, author, occurredAt, position } = event;
      await tx.query(`insert into ${t.applied} values ($1, $2, $3, $4, $5, $6) on conflict do nothing`, [
        journeyId,
        revision,
        event.event.type,
        author,
        occurredAt,
        `${position.commit}/${position.prepare}`,
      ]);
      await tx.query(
        `insert into ${t.counts} values ($1, $2, 1) on conflict (journey_id, type) do update set events = ${t.counts}.events + 1`,
        [journeyId, event.event.type],
      );
      await tx.query(`update ${t.totals} set applied = applied + 1`);
    },
  };
}
