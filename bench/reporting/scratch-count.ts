import { performance } from 'node:perf_hooks';
import { crossTable, entriesOf, feasibleRanges, type StatisticalTable } from '@samsyn/reporting';
import { planPopulation } from './population';

// Copy of libs/reporting protectTable with counters.
function protect(table: StatisticalTable, limit = 5) {
  const values = entriesOf(table);
  const suppressed = new Map<string, string>();
  for (const [key, value] of values) if (value < limit) suppressed.set(key, 'small');
  const primary = suppressed.size;
  const equations = [...table.margins].map(([margin, parts]) => [margin, ...parts]);
  const withhold = (candidates: readonly string[]): boolean => {
    const next = candidates.filter((key) => !suppressed.has(key)).sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0) || a.localeCompare(b))[0];
    if (next === undefined) return false;
    suppressed.set(next, 'secondary');
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const equation of equations) if (equation.filter((key) => suppressed.has(key)).length === 1) changed = withhold(equation) || changed;
  }
  const afterCheap = suppressed.size;
  let rounds = 0; let lps = 0; let lpMs = 0;
  for (;;) {
    rounds++;
    const t = performance.now();
    const ranges = feasibleRanges(table, new Set(suppressed.keys()));
    lpMs += performance.now() - t; lps += 2 * suppressed.size;
    const disclosed = [...ranges].filter(([, range]) => range.max - range.min < 1e-6).map(([key]) => key);
    if (disclosed.length === 0) break;
    const before = suppressed.size;
    for (const key of disclosed) {
      const around = equations.filter((equation) => equation.includes(key));
      if (around.some((equation) => equation.some((entry) => suppressed.get(entry) === 'secondary' && !ranges.has(entry)))) continue;
      withhold(around.flat());
    }
    if (suppressed.size === before && !withhold([...values.keys()])) break;
    if (rounds % 10 === 1) console.log(`round ${rounds}: withheld ${before} -> ${suppressed.size}, disclosed ${disclosed.map((k) => `${k}=${values.get(k)} [${ranges.get(k)?.min}]`).join(", ")}`);
  }
  console.log({ entries: values.size, primary, afterCheap, final: suppressed.size, rounds, lps, lpMs: Math.round(lpMs) });
}

function rng(seed: number) { let s = seed >>> 0; return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const r = rng(3);
const mode = process.argv[2] ?? 'lognormal';
const area = process.argv[3] ?? '01';
const shares = planPopulation("skewed", 24000, 24000, 7).map((s) => (mode === 'uniform' ? { ...s, active: Math.round(24000 / 290) } : s));
const cells: { coordinates: string[]; count: number }[] = [];
for (const s of shares.filter((s) => s.kommun.startsWith(area))) {
  const c = new Map<string, number>();
  for (const band of ['19', '20-24', '25-29']) for (const g of ['woman', 'man']) c.set(`${band}|${g}`, 0);
  for (let i = 0; i < s.active; i++) {
    const age = Math.floor(r() * 11); const band = age === 0 ? '19' : age < 6 ? '20-24' : '25-29';
    const k = `${band}|${r() < 0.5 ? 'woman' : 'man'}`; c.set(k, (c.get(k) ?? 0) + 1);
  }
  for (const [k, count] of c) cells.push({ coordinates: [s.kommun, ...k.split('|')], count });
}
console.log(mode, area, 'kommun sizes', shares.filter((s) => s.kommun.startsWith(area)).map((s) => s.active).sort((a, b) => a - b).join(' '));
protect(crossTable(cells, [[1], [1, 2], [0, 1], [0, 1, 2]]));
