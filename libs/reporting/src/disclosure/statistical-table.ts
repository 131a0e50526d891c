/**
 * A table of counts as it is published: its cells, and its margins (each the sum of some cells).
 * Every entry, cell or margin, has a key; a margin names the cells it adds up.
 */
export interface StatisticalTable {
  readonly cells: ReadonlyMap<string, number>;
  readonly margins: ReadonlyMap<string, readonly string[]>;
}

/** Every published number by key: the cells' counts and the margins' sums. */
export function entriesOf(table: StatisticalTable): Map<string, number> {
  const entries = new Map(table.cells);
  for (const [key, parts] of table.margins) {
    entries.set(
      key,
      parts.reduce((sum, part) => sum + (table.cells.get(part) ?? missingCell(key, part)), 0),
    );
  }
  return entries;
}

function missingCell(margin: string, part: string): never {
  throw new RangeError(`margin ${margin} adds up ${part}, which is not a cell of the table`);
}

/**
 * Builds a table from cells keyed by their coordinates, with one margin for each combination of
 * dimensions in `sumsOver` and each value of the others (e.g. `[[1]]` over a kommun × age band × gender
 * table: each kommun's count per gender over all age bands). Keys hold '*' for the dimensions summed over.
 */
export function crossTable(
  cells: readonly { readonly coordinates: readonly string[]; readonly count: number }[],
  sumsOver: readonly (readonly number[])[],
): StatisticalTable {
  const keyOf = (coordinates: readonly string[]) => coordinates.join('|');
  const cellMap = new Map(cells.map((cell) => [keyOf(cell.coordinates), cell.count]));
  const margins = new Map<string, string[]>();
  for (const dimensions of sumsOver) {
    for (const cell of cells) {
      const marginKey = keyOf(
        cell.coordinates.map((value, dimension) => (dimensions.includes(dimension) ? '*' : value)),
      );
      const parts = margins.get(marginKey) ?? [];
      parts.push(keyOf(cell.coordinates));
      margins.set(marginKey, parts);
    }
  }
  return { cells: cellMap, margins };
}
