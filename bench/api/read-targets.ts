import type { BenchStack } from './bench-stack';
import { failureOf, postGraphQL } from './graphql-post';
import { PERSON_OVERVIEW, PERSON_OVERVIEW_JOURNEY_PART } from './overview-queries';

/** A journey whose overview the viewer may see: its id, and its home kommun for the kommun fields. */
export interface ReadTarget {
  journeyId: string;
  kommunkod: string;
}

export interface ReadTargets {
  targets: ReadTarget[];
  /** Journeys the viewer sees nothing of (person: null): left out, as a caseworker would not open them. */
  invisible: number;
  /** Journeys whose answer had errors: left out, and the first error, which the report must show. */
  failed: number;
  firstFailure: string | null;
}

/**
 * Asks once for the overview of each of `journeyIds` (through the gateway, and its journey part straight to
 * the subgraph) and keeps the journeys both answer without errors and with a person: a read bench of error
 * or empty answers would measure nothing. This also warms both paths.
 */
export async function readTargets(
  stack: BenchStack,
  token: string,
  journeyIds: readonly string[],
  concurrency: number,
): Promise<ReadTargets> {
  const targets: ReadTarget[] = [];
  let invisible = 0;
  let failed = 0;
  let firstFailure: string | null = null;
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < journeyIds.length; index = next++) {
      const journeyId = journeyIds[index]!;
      const direct = await postGraphQL(stack.journeySubgraphUrl, token, PERSON_OVERVIEW_JOURNEY_PART, {
        id: journeyId,
      });
      const person = direct.data?.['person'] as { homeKommun?: string } | null | undefined;
      const failure = failureOf(direct) ?? (person === null ? null : person?.homeKommun ? null : 'no homeKommun');
      if (failure) {
        failed++;
        firstFailure ??= `journey subgraph: ${failure}`;
        continue;
      }
      if (!person?.homeKommun) {
        invisible++;
        continue;
      }
      const kommunkod = person.homeKommun;
      const overview = await postGraphQL(stack.gatewayUrl, token, PERSON_OVERVIEW, { id: journeyId, kommunkod });
      const overviewFailure =
        failureOf(overview) ?? (overview.data?.['person'] ? null : 'person: null through the gateway');
      if (overviewFailure) {
        failed++;
        firstFailure ??= `gateway: ${overviewFailure}`;
        continue;
      }
      targets.push({ journeyId, kommunkod });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { targets, invisible, failed, firstFailure };
}

const checked = new WeakMap<BenchStack, Map<number, Promise<ReadTargets>>>();

/** readTargets for the first `poolSize` journeys, checked once per Samsyn and shared by the sections. */
export function sharedReadTargets(
  stack: BenchStack,
  token: string,
  poolSize: number,
  progress: (line: string) => void,
): Promise<ReadTargets> {
  const byPool = checked.get(stack) ?? new Map<number, Promise<ReadTargets>>();
  checked.set(stack, byPool);
  const pool = Math.min(poolSize, stack.journeyIds.length);
  if (!byPool.has(pool)) {
    progress(`api: checking the overview of ${pool} journeys on both paths (no errors, a person) — also the warm-up`);
    byPool.set(pool, readTargets(stack, token, stack.journeyIds.slice(0, pool), 8));
  }
  return byPool.get(pool)!;
}

/** How many journeys the sections' reads rotate over (the journey ids are random UUIDs in order: a random sample). */
export function readPoolSize(quick: boolean, journeys: number): number {
  return Math.min(quick ? 60 : 400, journeys);
}
