import { solve, type Coefficients, type Constraint, type Model } from 'yalps';
import { entriesOf, type StatisticalTable } from './statistical-table';

export interface FeasibleRange {
  readonly min: number;
  readonly max: number;
}

/**
 * What someone holding every published number can work out about each withheld one: the least and the
 * greatest value it can take while every margin still adds up and no count is negative (linear
 * programming; `integers` also makes every count whole, slower). A withheld entry with min = max is disclosed.
 * `of` limits the answer to some of the withheld entries (all of them still unknowns).
 */
export function feasibleRanges(
  table: StatisticalTable,
  withheld: ReadonlySet<string>,
  options: { integers?: boolean; of?: Iterable<string> } = {},
): Map<string, FeasibleRange> {
  const values = entriesOf(table);
  const constraints = new Map<string, Constraint>();
  const variables = new Map<string, Map<string, number>>([...withheld].map((key) => [key, new Map<string, number>()]));
  for (const [margin, parts] of table.margins) {
    const unknown = [margin, ...parts].filter((key) => withheld.has(key));
    if (unknown.length === 0) continue;
    // parts − margin = 0, the published numbers moved to the right-hand side.
    let known = 0;
    const coefficient = (key: string, sign: number) => {
      const own = variables.get(key);
      if (own) own.set(margin, (own.get(margin) ?? 0) + sign);
      else known += sign * (values.get(key) ?? 0);
    };
    for (const part of parts) coefficient(part, 1);
    coefficient(margin, -1);
    constraints.set(margin, { equal: -known });
  }
  const ranges = new Map<string, FeasibleRange>();
  for (const key of options.of ?? withheld) {
    const extreme = (direction: 'minimize' | 'maximize') => {
      const withObjective = new Map<string, Coefficients>(
        [...variables].map(([name, coefficients]) => [
          name,
          new Map([...coefficients, ...(name === key ? [['objective', 1] as const] : [])]),
        ]),
      );
      const model: Model = {
        direction,
        objective: 'objective',
        constraints,
        variables: withObjective,
        integers: options.integers ?? false,
      };
      const solution = solve(model);
      if (solution.status === 'unbounded') return direction === 'maximize' ? Number.POSITIVE_INFINITY : 0;
      if (solution.status !== 'optimal') throw new Error(`no ${direction} for ${key}: ${solution.status}`);
      return solution.result;
    };
    ranges.set(key, { min: extreme('minimize'), max: extreme('maximize') });
  }
  return ranges;
}
