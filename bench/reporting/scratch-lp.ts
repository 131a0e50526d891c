import { performance } from 'node:perf_hooks';
import { countyTableReport } from '@samsyn/reporting';
import { planPopulation } from './population';

function rng(seed: number) { let s = seed >>> 0; return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const r = rng(3);
const mode = process.argv[2] ?? 'lognormal';
const area = process.argv[3] ?? '01';
const shares = planPopulation("skewed", 24000, 24000, 7).map((s) => (mode === 'uniform' ? { ...s, active: Math.round(24000 / 290) } : s));
const counts = new Map<string, number>();
for (const s of shares.filter((s) => s.kommun.startsWith(area))) {
  for (let i = 0; i < s.active; i++) {
    const age = Math.floor(r() * 11); const band = age === 0 ? '19' : age < 6 ? '20-24' : '25-29';
    const g = r() < 0.5 ? 'woman' : 'man';
    const k = `${s.kommun}|${band}|${g}`; counts.set(k, (counts.get(k) ?? 0) + 1);
  }
}
const cells = [...counts].map(([k, count]) => { const [kommun, ageBand, gender] = k.split('|'); return { kommun: kommun!, ageBand: ageBand as '19', gender: gender as 'woman', count }; });
const small = cells.filter((c) => c.count < 5).length;
const t = performance.now();
const report = countyTableReport(cells, { date: '2026-11-23', area, view: 'public' });
console.log(mode, area, 'people', cells.reduce((a, c) => a + c.count, 0), 'cells', cells.length, 'small', small, 'withheld', report.withheld, 'ms', (performance.now() - t).toFixed(0));
