import { Kommunkod } from '@samsyn/domain';
import {
  AGE_BANDS,
  countyTableCells,
  OREBRO_COUNTY_TABLE,
  OREBRO_COUNTY_TOTAL,
  OREBRO_KOMMUN_SUBTOTALS,
} from '@samsyn/demo-data';

describe("Örebro county's table of people with aktivitetsersättning, October 2019", () => {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

  it('counts 943 people, 437 women and 506 men, as the seed prints', () => {
    const cells = countyTableCells();
    expect(sum(cells.map((cell) => cell.count))).toBe(943);
    expect(sum(cells.filter((cell) => cell.gender === 'woman').map((cell) => cell.count))).toBe(
      OREBRO_COUNTY_TOTAL.women,
    );
    expect(sum(cells.filter((cell) => cell.gender === 'man').map((cell) => cell.count))).toBe(OREBRO_COUNTY_TOTAL.men);
    expect(OREBRO_COUNTY_TOTAL.total).toBe(943);
  });

  it.each(OREBRO_KOMMUN_SUBTOTALS.map((subtotal) => [subtotal.kommun, subtotal] as const))(
    "adds %s's rows up to its printed subtotal",
    (_kommun, subtotal) => {
      const rows = OREBRO_COUNTY_TABLE.filter((row) => row.kommunkod === subtotal.kommunkod);
      expect(rows.map((row) => row.ageBand)).toEqual([...AGE_BANDS]);
      expect(sum(rows.map((row) => row.women))).toBe(subtotal.women);
      expect(sum(rows.map((row) => row.men))).toBe(subtotal.men);
      expect(subtotal.women + subtotal.men).toBe(subtotal.total);
    },
  );

  it("names the county's twelve kommuner by their SCB codes", () => {
    const codes = [...new Set(OREBRO_COUNTY_TABLE.map((row) => row.kommunkod))];
    expect(codes).toHaveLength(12);
    expect(OREBRO_KOMMUN_SUBTOTALS.map((subtotal) => subtotal.kommunkod)).toEqual(codes);
    for (const row of OREBRO_COUNTY_TABLE) {
      const kommun = Kommunkod.parse(row.kommunkod);
      expect(kommun.name).toBe(row.kommun);
      expect(kommun.lanskod).toBe('18');
    }
  });
});
