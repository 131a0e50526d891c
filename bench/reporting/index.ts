import { performance } from 'node:perf_hooks';
import type { BenchSection, SectionResult } from '../section';
import { measureGroups, type Measured } from './measure';
import { reportingOptions, type ReportingOptions } from './options';
import { reportingRows } from './report-rows';
import { createReportAuth } from './report-auth';
import { startReportingStack } from './stack';

const ID = 'reporting';
const TITLE = 'County table from the reporting projection against a plain GROUP BY';

/** `npm run bench` section `reporting`: countyTable(date, area) at national scale against one SQL statement over the same rows. */
export const reportingSection: BenchSection = {
  id: ID,
  title: TITLE,
  async run(context): Promise<SectionResult> {
    const started = performance.now();
    const options = reportingOptions(context.quick);
    const auth = await createReportAuth();
    try {
      const stack = await startReportingStack(context, auth);
      try {
        const measured = await measureGroups(stack, auth, options, context);
        return {
          id: ID,
          title: TITLE,
          method: describeMethod(options, measured, stack.origin),
          rows: reportingRows(measured.groups),
          seconds: (performance.now() - started) / 1_000,
        };
      } finally {
        await stack.close();
      }
    } finally {
      await auth.close();
    }
  },
};

function describeMethod(options: ReportingOptions, measured: Measured, origin: string): string {
  const populations = measured.populations.map(
    (population) =>
      `${population.spread}: ${population.rows.people} people, ${population.rows.residences} residences, ${population.rows.decisions} decisions ` +
      `(kommuner of ${population.smallestKommun}–${population.largestKommun} people with a decision; ` +
      `${Object.entries(population.perArea)
        .map(([area, people]) => `län ${area}: ${people}`)
        .join(', ')}; filled in ${population.fillSeconds.toFixed(1)} s)`,
  );
  const groups = measured.groups.map(
    (group) =>
      `${group.plan.id} (${group.plan.spread}, län ${group.plan.area}): ${group.plan.warmUp} unmeasured + ${group.plan.samples} rounds of ` +
      `${group.plan.subjects.join(', ')} (${group.seconds.toFixed(0)} s)`,
  );
  return [
    `PostgreSQL (${origin}); the reporting projection's served tables (created by rebuildProjections over an empty store) filled by SQL`,
    `(insert … select … generate_series, seeded random(), then ANALYZE) with ${options.activePeople} people aged 19–29 with a decision in`,
    `force on ${options.date} over all 290 kommuner and ${options.inactivePeople} without (half a decision that ran out, a quarter one ended`,
    `early, a quarter none; 10 % moved kommun before the day, 5 % after it). Spreads: uniform (every kommun alike) and skewed (kommun`,
    `sizes log-normal, σ = 1, seed ${options.seed}, in SCB order): ${populations.join('; ')}. Every subgraph and the gateway in this process`,
    `(no projection runner); countyTable(date, area) over HTTP with every field, one request at a time, with a statistician token (exact)`,
    `or a caseworker token of KOMMUN:0180 (public view, small cells withheld by linear programming); each read audited as always.`,
    `Baseline: one plain SELECT kommun, age band, gender, count(*) … GROUP BY joining people, decisions in force and the residence held`,
    `on the day, through the same pg pool, interleaved request by request with the subjects. Every exact answer checked against the`,
    `people inserted (län and kommun totals), the baseline's cells against activeDecisionCells'. Groups: ${groups.join('; ')}.`,
    ...(measured.groups.some((group) => group.plan.spread === 'skewed')
      ? [
          `Not measured: Västra Götaland's public view with the skewed spread (in a trial one request ran for more than 9 minutes in protectTable).`,
        ]
      : []),
  ].join(' ');
}
