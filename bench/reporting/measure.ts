import { performance } from 'node:perf_hooks';
import { activeDecisionCells } from '@samsyn/read-models';
import { timeInterleaved } from '../growth/interleaved';
import type { Latency } from '../growth/latency';
import type { BenchContext } from '../section';
import type { GroupPlan, ReportingOptions } from './options';
import { activeIn, fillPopulation, planPopulation, type KommunShare, type Population, type Spread } from './population';
import type { ReportingStack } from './stack';
import type { ReportAuth } from './report-auth';
import { checkSameCells, subjectCall, type Answers, type SubjectKey } from './subjects';

export interface GroupFigures {
  readonly plan: GroupPlan;
  /** People with a decision in force on the day in the group's län (the exact total every answer was checked against). */
  readonly activeInArea: number;
  /** Kommuner of the län, and non-empty cells of its table. */
  readonly kommuner: number;
  readonly cells: number;
  readonly latencies: ReadonlyMap<SubjectKey, Latency>;
  /** The public view's withheld numbers out of those in the table, from its last answer. */
  readonly publicView?: { readonly withheld: number; readonly published: number };
  readonly seconds: number;
}

export interface PopulationFigures {
  readonly spread: Spread;
  readonly rows: Population['rows'];
  readonly fillSeconds: number;
  /** People with a decision in force per län measured. */
  readonly perArea: Readonly<Record<string, number>>;
  /** The smallest and largest kommun (people with a decision in force). */
  readonly smallestKommun: number;
  readonly largestKommun: number;
}

export interface Measured {
  readonly groups: readonly GroupFigures[];
  readonly populations: readonly PopulationFigures[];
}

/**
 * The groups in order; before the first group of a spread the tables are refilled with it. Within a group
 * the subjects take turns request by request (timeInterleaved), each answer checked.
 */
export async function measureGroups(
  stack: ReportingStack,
  auth: ReportAuth,
  options: ReportingOptions,
  context: BenchContext,
): Promise<Measured> {
  const groups: GroupFigures[] = [];
  const populations: PopulationFigures[] = [];
  let filled: { spread: Spread; shares: ReturnType<typeof planPopulation> } | undefined;
  for (const plan of options.groups) {
    if (filled?.spread !== plan.spread) {
      const shares = planPopulation(plan.spread, options.activePeople, options.inactivePeople, options.seed);
      context.progress(
        `filling the reporting tables: ${options.activePeople} + ${options.inactivePeople} people, ${plan.spread} over the kommuner`,
      );
      const started = performance.now();
      const population = await fillPopulation(stack.sql, stack.tables, options.date, shares, options.seed);
      const areas = [
        ...new Set(options.groups.filter((group) => group.spread === plan.spread).map((group) => group.area)),
      ];
      populations.push({
        spread: plan.spread,
        rows: population.rows,
        fillSeconds: (performance.now() - started) / 1_000,
        perArea: Object.fromEntries(areas.map((area) => [area, activeIn(shares, area)])),
        smallestKommun: Math.min(...shares.map((share) => share.active)),
        largestKommun: Math.max(...shares.map((share) => share.active)),
      });
      filled = { spread: plan.spread, shares };
      await checkNational(stack, options.date, shares);
    }
    const setup = { ...stack, auth, date: options.date, shares: filled.shares };
    const cells = await checkSameCells(setup, plan.area);
    const answers: Answers = {};
    const calls = new Map(plan.subjects.map((key) => [key, subjectCall(key, plan.area, setup, answers)]));
    context.progress(
      `${plan.id} (${plan.spread}, län ${plan.area}): ${plan.warmUp} + ${plan.samples} rounds of ${plan.subjects.join(', ')}`,
    );
    const started = performance.now();
    const latencies = await timeInterleaved(plan.subjects, plan, (key) => (calls.get(key) as () => Promise<void>)());
    groups.push({
      plan,
      activeInArea: activeIn(filled.shares, plan.area),
      kommuner: filled.shares.filter((share) => share.kommun.startsWith(plan.area)).length,
      cells,
      latencies,
      ...(answers.withheld !== undefined && answers.published !== undefined
        ? { publicView: { withheld: answers.withheld, published: answers.published } }
        : {}),
      seconds: (performance.now() - started) / 1_000,
    });
  }
  return { groups, populations };
}

/** All of Sweden as the service counts it: every kommun holds the people with a decision in force that it was given. */
async function checkNational(stack: ReportingStack, date: string, shares: readonly KommunShare[]): Promise<void> {
  const counted = new Map<string, number>();
  for (const cell of await activeDecisionCells(stack.sql, stack.tables, date, null))
    counted.set(cell.kommun, (counted.get(cell.kommun) ?? 0) + cell.count);
  const wrong = shares.filter((share) => (counted.get(share.kommun) ?? 0) !== share.active);
  if (wrong.length > 0) {
    const [first] = wrong;
    throw new Error(
      `After filling, ${wrong.length} kommuner count differently, e.g. ${first?.kommun}: ${counted.get(first?.kommun ?? '') ?? 0} for ${first?.active}`,
    );
  }
}
