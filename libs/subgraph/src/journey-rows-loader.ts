import type DataLoader from 'dataloader';
import { perTurnLoader, type SqlTransaction } from '@samsyn/event-store';

/** A read of rows by journey id: one statement for any number of journeys. `params` holds the rest (tables, a day). */
export type JourneyRowsQuery<Params, Row extends { journeyId: string }> = (
  sql: SqlTransaction,
  params: Params,
  journeyIds: readonly string[],
) => Promise<Row[]>;

const MOST_LOADERS = 256;

/**
 * Gathers the reads each resolver of a federated list makes for its one person (the gateway asks a subgraph for N
 * entities at once) into one query per turn of the event loop: N people cost one statement, not N. It caches
 * nothing: each turn reads afresh, so a read is as fresh as it was alone.
 */
export class JourneyRowsLoader {
  private readonly loaders = new Map<unknown, Map<string, DataLoader<string, unknown[]>>>();

  constructor(private readonly sql: SqlTransaction) {}

  rowsOf<Params, Row extends { journeyId: string }>(
    query: JourneyRowsQuery<Params, Row>,
    params: Params,
    journeyId: string,
  ): Promise<Row[]> {
    return this.loaderOf(query, params).load(journeyId) as Promise<Row[]>;
  }

  private loaderOf<Params, Row extends { journeyId: string }>(
    query: JourneyRowsQuery<Params, Row>,
    params: Params,
  ): DataLoader<string, unknown[]> {
    const byParams = this.loaders.get(query) ?? new Map<string, DataLoader<string, unknown[]>>();
    this.loaders.set(query, byParams);
    const key = JSON.stringify(params);
    let loader = byParams.get(key);
    if (!loader) {
      if (byParams.size >= MOST_LOADERS) byParams.clear();
      loader = perTurnLoader<string, unknown[]>(async (journeyIds) => {
        const byJourney = new Map<string, Row[]>();
        for (const row of await query(this.sql, params, journeyIds)) {
          byJourney.set(row.journeyId, [...(byJourney.get(row.journeyId) ?? []), row]);
        }
        return journeyIds.map((journeyId) => byJourney.get(journeyId) ?? []);
      });
      byParams.set(key, loader);
    }
    return loader;
  }
}
