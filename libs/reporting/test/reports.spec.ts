import { countyTableCsv, countyTableReport, kommunerIn, perKommunCounts, shareOf, WITHHELD } from '../src';

describe('report shapes', () => {
  const counts = [
    { kommun: '1880', ageBand: '20-24', gender: 'woman', count: 106 },
    { kommun: '1880', ageBand: '20-24', gender: 'man', count: 97 },
    { kommun: '1880', ageBand: '19', gender: 'man', count: 3 },
    { kommun: '1814', ageBand: '25-29', gender: 'woman', count: 7 },
  ] as const;

  it('lays the county table out over every kommun of the län, zeros included, with kommun and area totals', () => {
    const report = countyTableReport(counts, { date: '2026-11-23', area: '18', view: 'exact' });
    expect(report.kommunTotals.map((row) => row.kommunkod)).toEqual(kommunerIn('18').map(([code]) => code));
    expect(report.rows).toHaveLength(12 * 3);
    expect(report.rows.find((row) => row.kommunkod === '1880' && row.ageBand === '20-24')).toMatchObject({
      women: 106,
      men: 97,
    });
    expect(report.rows.find((row) => row.kommunkod === '1862' && row.ageBand === '19')).toMatchObject({
      women: 0,
      men: 0,
    });
    expect(report.kommunTotals.find((row) => row.kommunkod === '1880')).toMatchObject({
      women: 106,
      men: 100,
      total: 206,
    });
    expect(report.total).toEqual({ women: 113, men: 100, total: 213 });
    expect(report.withheld).toBe(0);
  });

  it('withholds small counts in the public view, and a large one when the withheld beside it would add up to a known 0', () => {
    const report = countyTableReport(counts, { date: '2026-11-23', area: '1880', view: 'public' });
    expect(report.rows.find((row) => row.ageBand === '19')).toMatchObject({ women: null, men: null });
    // Women: 0 + 106 + 0 = 106 published would tell that both withheld zeros are 0; so 106 is withheld too.
    expect(report.rows.find((row) => row.ageBand === '20-24')?.women).toBeNull();
    expect(report.total.total).toBe(206);
    const csv = countyTableCsv(report).split('\n');
    expect(csv[0]).toBe('kommunkod,kommun,age_band,women,men,total');
    expect(csv[1]).toBe(`1880,Örebro,19,${WITHHELD},${WITHHELD},${WITHHELD}`);
  });

  it('withholds a small count per kommun and another through which the total would give it away', () => {
    const result = perKommunCounts(
      [
        { kommunkod: '1880', counts: { avslag: 40, accepted: 20 } },
        { kommunkod: '1814', counts: { avslag: 3, accepted: 1 } },
        { kommunkod: '1861', counts: { avslag: 9, accepted: 6 } },
      ],
      ['avslag', 'accepted'] as const,
      'public',
    );
    const byKommun = Object.fromEntries(result.rows.map((row) => [row.kommunkod, row.counts]));
    expect(byKommun['1814']).toEqual({ avslag: null, accepted: null });
    expect(byKommun['1861']).toEqual({ avslag: null, accepted: null });
    expect(byKommun['1880']).toEqual({ avslag: 40, accepted: 20 });
    expect(result.total).toEqual({ avslag: 52, accepted: 27 });
    expect(shareOf(result.total.accepted, result.total.avslag)).toBe(0.519);
    expect(shareOf(byKommun['1814']!.accepted, 3)).toBeNull();
  });
});
