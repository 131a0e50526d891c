import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { MasterKey } from '@samsyn/personal-data';
import { openSamsynResources, type SamsynResources } from '@samsyn/runtime';
import type { BenchContext } from '../section';
import { benchServer, type BenchDatabase } from '../projections/bench-database';
import { prepareStore, settle } from './prepare-store';
import { StoreFiller } from './store-filler';

/** One store at one size, open. */
export interface SizedStore {
  /** Events in the store. */
  readonly events: number;
  readonly resources: SamsynResources;
}

export interface SizedStores {
  readonly stores: readonly SizedStore[];
  /** The real journeys, the same in every store. */
  readonly journeyIds: readonly string[];
  readonly origin: 'embedded' | 'DATABASE_URL';
  close(): Promise<void>;
}

const PREFIX = 'samsyn_bench_growth';
/** Copy statements at a time: PostgreSQL runs each on one core. */
const FILL_CONCURRENCY = 2;

/**
 * One database per size, all holding the same real journeys: the smallest is written first (demo
 * journeys, read models), the others are copies of it (CREATE DATABASE … TEMPLATE), grown with copies
 * of its events to their size. The same master key opens them all.
 */
export async function createSizedStores(sizes: readonly number[], context: BenchContext): Promise<SizedStores> {
  const server = await benchServer(context);
  const masterKey = MasterKey.fromBase64(randomBytes(32).toString('base64'));
  const databases: BenchDatabase[] = [];
  const opened: SamsynResources[] = [];
  const close = async (): Promise<void> => {
    for (const resources of opened.splice(0)) await resources.close();
    for (const database of databases.splice(0)) await database.drop();
  };
  try {
    const [smallest = 0, ...larger] = sizes;
    const base = await server.createDatabase(PREFIX);
    databases.push(base);
    const baseResources = await openSamsynResources({ kind: 'postgres', url: base.url }, masterKey);
    context.progress(`writing demo journeys up to ${smallest} events`);
    const prepared = await prepareStore(baseResources, smallest, context.progress).finally(() => baseResources.close());
    const copies: BenchDatabase[] = [];
    for (let index = 0; index < larger.length; index += 1) copies.push(await server.createDatabase(PREFIX, base));
    databases.push(...copies);
    const stores: SizedStore[] = [];
    for (const [index, database] of [base, ...copies].entries()) {
      const resources = await openSamsynResources({ kind: 'postgres', url: database.url }, masterKey);
      opened.push(resources);
      const filler = await StoreFiller.prepare(resources.sql);
      const target = index === 0 ? filler.events : (larger[index - 1] ?? 0);
      if (filler.events < target) {
        context.progress(`copying events up to ${target}`);
        const started = performance.now();
        await filler.growTo(target, FILL_CONCURRENCY);
        context.progress(`${filler.events} events stored in ${((performance.now() - started) / 1_000).toFixed(1)} s`);
      }
      await filler.close();
      await settle(resources);
      stores.push({ events: filler.events, resources });
    }
    return { stores, journeyIds: prepared.journeyIds, origin: server.origin, close };
  } catch (error) {
    await close();
    throw error;
  }
}
