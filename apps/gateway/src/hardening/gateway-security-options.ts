import type { QueryLimit } from './gateway-error-codes';
import type { PersistedDocuments } from './persisted-documents';

/** What the gateway refuses before any subgraph is asked. */
export interface GatewaySecurityOptions {
  /**
   * Production hides the schema: no introspection, no "Did you mean …?" suggestions, no GraphiQL or
   * landing page. Development keeps them.
   */
  production: boolean;
  /** Upper bounds of a document, checked when it is parsed and validated. */
  limits: Record<QueryLimit, number>;
  /** Request bodies over this many bytes are answered HTTP 413. */
  maxRequestBytes: number;
  /** The documents partner systems may send by id, instead of the query text. */
  persistedDocuments: PersistedDocuments;
  /** Clients (the `x-samsyn-client` header) that may send only persisted documents. */
  persistedOnlyClients: ReadonlySet<string>;
}

/**
 * Well above what our legitimate queries need, measured on the README query and on every query the
 * test/ suites send through the gateway: depth 4 (5 for `fkDecisionsEnding { person { minPlan { decision
 * { daysLeft } } } }`), no aliases, 69 tokens, a cost of 77; a query of every field of a person costs 310.
 */
export const DEFAULT_LIMITS: Readonly<Record<QueryLimit, number>> = {
  depth: 10,
  aliases: 15,
  tokens: 1_000,
  cost: 1_000,
};

/** 100 kB: the largest request our tests send is about 5 kB (an oversized personnummer, refused by the subgraph). */
export const DEFAULT_MAX_REQUEST_BYTES = 100_000;
