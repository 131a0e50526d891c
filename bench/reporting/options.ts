import type { Spread } from './population';
import type { SubjectKey } from './subjects';

/** One interleaved measurement: these subjects (and the baseline) in turn, request by request. */
export interface GroupPlan {
  readonly id: string;
  readonly spread: Spread;
  /** A län (2 digits). */
  readonly area: string;
  /** Always includes 'raw-sql', the baseline of the group's ratios. */
  readonly subjects: readonly SubjectKey[];
  readonly warmUp: number;
  readonly samples: number;
}

/** What one run of the reporting section does; every count is fixed before anything is measured. */
export interface ReportingOptions {
  /** The day the county table is asked for. */
  readonly date: string;
  /** People aged 19–29 with a decision in force on `date`, all of Sweden. */
  readonly activePeople: number;
  /** People in the same tables without a decision in force on `date` (ran out, ended early, or none). */
  readonly inactivePeople: number;
  /** Seed of the skewed kommun sizes and of everything drawn in SQL. */
  readonly seed: number;
  /** Measured in this order; the uniform groups first, then the tables are refilled with the skewed spread. */
  readonly groups: readonly GroupPlan[];
}

const STOCKHOLM = '01';
const VASTRA_GOTALAND = '14';

/**
 * The county table costs about 0.1 s a request at this size on the bench machine (and the public view of a
 * skewed län several seconds), so the counts are what fits in 30 s (quick) and 3 min (full): many samples
 * for the headline pair, fewer for the breakdown of where the time goes.
 */
export function reportingOptions(quick: boolean): ReportingOptions {
  const common = { date: '2026-11-23', activePeople: 24_000, inactivePeople: 24_000, seed: 7 } as const;
  const headline = (warmUp: number, samples: number): GroupPlan => ({
    id: 'headline',
    spread: 'uniform',
    area: STOCKHOLM,
    subjects: ['gateway.exact', 'gateway.public', 'raw-sql'],
    warmUp,
    samples,
  });
  const breakdown = (warmUp: number, samples: number): GroupPlan => ({
    id: 'breakdown',
    spread: 'uniform',
    area: STOCKHOLM,
    subjects: ['subgraph.exact', 'subgraph.public', 'service.exact', 'service.public', 'cells-sql', 'raw-sql'],
    warmUp,
    samples,
  });
  if (quick) return { ...common, groups: [headline(5, 60), breakdown(2, 5)] };
  return {
    ...common,
    groups: [
      headline(20, 350),
      breakdown(3, 30),
      {
        id: 'second-area',
        spread: 'uniform',
        area: VASTRA_GOTALAND,
        subjects: ['gateway.exact', 'gateway.public', 'raw-sql'],
        warmUp: 3,
        samples: 30,
      },
      {
        id: 'skewed',
        spread: 'skewed',
        area: STOCKHOLM,
        subjects: ['gateway.exact', 'gateway.public', 'raw-sql'],
        warmUp: 1,
        samples: 4,
      },
    ],
  };
}
