import { countyTableCells } from '@samsyn/demo-data';
import { crossTable, entriesOf, feasibleRanges, protectTable, type StatisticalTable } from '../src';

/** Every way to fill the withheld entries with whole counts 0..max that keeps every margin adding up. */
function bruteForceSolutions(
  table: StatisticalTable,
  published: ReadonlyMap<string, number | null>,
  max: number,
): Map<string, number>[] {
  const unknown = [...published].filter(([, value]) => value === null).map(([key]) => key);
  const solutions: Map<string, number>[] = [];
  const assign = (index: number, values: Map<string, number>): void => {
    if (index === unknown.length) {
      const holds = [...table.margins].every(
        ([margin, parts]) => parts.reduce((sum, part) => sum + values.get(part)!, 0) === values.get(margin),
      );
      if (holds) solutions.push(new Map(values));
      return;
    }
    for (let value = 0; value <= max; value++) assign(index + 1, new Map(values).set(unknown[index]!, value));
  };
  assign(0, new Map([...published].filter((entry): entry is [string, number] => entry[1] !== null)));
  return solutions;
}

describe('small-cell protection', () => {
  it('withholds a small cell of a 2 × 3 table and enough others that no withheld count is the only one possible', () => {
    const table = crossTable(
      [
        { coordinates: ['A', 'x'], count: 2 },
        { coordinates: ['A', 'y'], count: 9 },
        { coordinates: ['A', 'z'], count: 12 },
        { coordinates: ['B', 'x'], count: 7 },
        { coordinates: ['B', 'y'], count: 8 },
        { coordinates: ['B', 'z'], count: 15 },
      ],
      [[0], [1], [0, 1]],
    );
    const { values, suppressed } = protectTable(table);
    expect(suppressed.get('A|x')).toBe('small');
    expect([...suppressed.values()].filter((reason) => reason === 'secondary').length).toBeGreaterThanOrEqual(3);
    const solutions = bruteForceSolutions(table, values, 30);
    expect(solutions.length).toBeGreaterThan(1);
    for (const [key, value] of values) {
      if (value !== null) continue;
      expect({ key, possible: new Set(solutions.map((solution) => solution.get(key))).size > 1 }).toEqual({
        key,
        possible: true,
      });
    }
  });

  describe('the Örebro county table (kommun × age band × gender; totals per kommun and gender, kommun, county and gender, county)', () => {
    const truth = crossTable(
      countyTableCells().map((cell) => ({
        coordinates: [cell.kommunkod, cell.ageBand, cell.gender],
        count: cell.count,
      })),
      [[1], [1, 2], [0, 1], [0, 1, 2]],
    );
    const started = performance.now();
    const result = protectTable(truth);
    const ms = performance.now() - started;
    const withheld = new Set([...result.values].filter(([, value]) => value === null).map(([key]) => key));

    it('withholds every entry under 5 and publishes the others as they are', () => {
      const exact = entriesOf(truth);
      expect(exact.get('*|*|*')).toBe(943);
      expect(exact.get('1880|*|woman')).toBe(
        countyTableCells()
          .filter((c) => c.kommunkod === '1880' && c.gender === 'woman')
          .reduce((sum, c) => sum + c.count, 0),
      );
      for (const [key, value] of exact) {
        if (value < 5) expect(result.values.get(key)).toBeNull();
        else if (!withheld.has(key)) expect(result.values.get(key)).toBe(value);
      }
      process.stdout.write(
        `county table: ${exact.size} entries, ${withheld.size} withheld (${[...result.suppressed.values()].filter((r) => r === 'secondary').length} to protect others), ${ms.toFixed(0)} ms\n`,
      );
    });

    it('lets no withheld entry be worked out in whole counts from the published ones', () => {
      const ranges = feasibleRanges(truth, withheld, { integers: true });
      const disclosed = [...ranges].filter(([, range]) => range.max - range.min < 1).map(([key]) => key);
      expect(disclosed).toEqual([]);
      for (const key of withheld) expect(ranges.get(key)!.min).toBeLessThanOrEqual(entriesOf(truth).get(key)!);
    });
  });
});
