import { feasibleRanges } from './feasible-ranges';
import { entriesOf, type StatisticalTable } from './statistical-table';

/** Counts under this are withheld from the public view. */
export const SMALL_CELL_LIMIT = 5;

/** Why an entry is withheld: it is small, or it would give a small one away. */
export type Suppression = 'small' | 'secondary';

export interface ProtectedTable {
  /** Every entry's published value, or null when withheld. */
  readonly values: ReadonlyMap<string, number | null>;
  readonly suppressed: ReadonlyMap<string, Suppression>;
}

const EXACT = 1e-6;

/**
 * The public view of a table: every entry (cell or margin) under `limit` withheld, and then as many
 * others as it takes that none of the withheld can be worked out from what is published — checked
 * by linear programming over every margin, not just row by row. Each round withholds, for each entry
 * that could still be worked out, the smallest published entry of the narrowest margin it is part of.
 */
export function protectTable(table: StatisticalTable, limit = SMALL_CELL_LIMIT): ProtectedTable {
  const values = entriesOf(table);
  const suppressed = new Map<string, Suppression>();
  for (const [key, value] of values) if (value < limit) suppressed.set(key, 'small');
  const equations = [...table.margins].map(([margin, parts]) => [margin, ...parts]);
  const withhold = (candidates: readonly string[]): boolean => {
    const next = candidates
      .filter((key) => !suppressed.has(key))
      .sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0) || a.localeCompare(b))[0];
    if (next === undefined) return false;
    suppressed.set(next, 'secondary');
    return true;
  };
  // A margin with exactly one withheld entry gives it away at once: cheap to fix before solving anything.
  for (let changed = true; changed;) {
    changed = false;
    for (const equation of equations) {
      if (equation.filter((key) => suppressed.has(key)).length === 1) changed = withhold(equation) || changed;
    }
  }
  // Withholding more only widens what the withheld could be, so an entry once found safe stays safe:
  // each round checks the ones found disclosed last time and those newly withheld.
  let unchecked = new Set(suppressed.keys());
  for (;;) {
    const ranges = feasibleRanges(table, new Set(suppressed.keys()), { of: unchecked });
    const disclosed = [...ranges].filter(([, range]) => range.max - range.min < EXACT).map(([key]) => key);
    if (disclosed.length === 0) break;
    const withheldBefore = new Set(suppressed.keys());
    for (const key of disclosed) {
      // The narrowest margins around it first: its own kommun's rather than the whole area's.
      const around = equations.filter((equation) => equation.includes(key)).sort((a, b) => a.length - b.length);
      // One more withheld entry in a margin of this one, unless this round already added one there.
      if (around.some((equation) => equation.some((entry) => suppressed.has(entry) && !withheldBefore.has(entry))))
        continue;
      around.some((equation) => withhold(equation));
    }
    if (suppressed.size === withheldBefore.size && !withhold([...values.keys()])) break;
    unchecked = new Set([...disclosed, ...[...suppressed.keys()].filter((key) => !withheldBefore.has(key))]);
  }
  return {
    values: new Map([...values].map(([key, value]) => [key, suppressed.has(key) ? null : value])),
    suppressed,
  };
}
