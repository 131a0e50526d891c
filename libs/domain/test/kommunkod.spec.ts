import { Kommunkod, Regionkod } from '@samsyn/domain';
import { expectDomainError } from './expect-domain-error';

describe('Kommunkod', () => {
  describe('given the SCB municipality list', () => {
    const all = Kommunkod.all();

    it('when counted, then there are exactly 290 municipalities with distinct four-digit codes and names', () => {
      expect(all).toHaveLength(290);
      expect(new Set(all.map((kommun) => kommun.code)).size).toBe(290);
      expect(new Set(all.map((kommun) => kommun.name)).size).toBe(290);
      expect(all.every((kommun) => /^\d{4}$/.test(kommun.code))).toBe(true);
    });

    it('when grouped by county, then every county has its known number of municipalities', () => {
      const perCounty: Record<string, number> = {};
      for (const kommun of all) perCounty[kommun.lanskod] = (perCounty[kommun.lanskod] ?? 0) + 1;
      expect(perCounty).toEqual({
        '01': 26,
        '03': 8,
        '04': 9,
        '05': 13,
        '06': 13,
        '07': 8,
        '08': 12,
        '09': 1,
        '10': 5,
        '12': 33,
        '13': 6,
        '14': 49,
        '17': 16,
        '18': 12,
        '19': 10,
        '20': 15,
        '21': 10,
        '22': 7,
        '23': 8,
        '24': 15,
        '25': 14,
      });
      expect(Object.keys(perCounty).sort()).toEqual(Regionkod.all().map((region) => region.code));
    });

    it.each([
      ['0114', 'Upplands Väsby'],
      ['0139', 'Upplands-Bro'],
      ['0180', 'Stockholm'],
      ['0330', 'Knivsta'],
      ['0980', 'Gotland'],
      ['1256', 'Östra Göinge'],
      ['1280', 'Malmö'],
      ['1462', 'Lilla Edet'],
      ['1480', 'Göteborg'],
      ['2023', 'Malung-Sälen'],
      ['2361', 'Härjedalen'],
      ['2584', 'Kiruna'],
    ])('when %s is parsed, then it is %s', (code, name) => {
      expect(Kommunkod.parse(code).name).toBe(name);
    });

    it('when the 12 Örebro county codes are parsed, then all are there with their names and nothing else is in county 18', () => {
      const orebroCounty = {
        '1814': 'Lekeberg',
        '1860': 'Laxå',
        '1861': 'Hallsberg',
        '1862': 'Degerfors',
        '1863': 'Hällefors',
        '1864': 'Ljusnarsberg',
        '1880': 'Örebro',
        '1881': 'Kumla',
        '1882': 'Askersund',
        '1883': 'Karlskoga',
        '1884': 'Nora',
        '1885': 'Lindesberg',
      };
      for (const [code, name] of Object.entries(orebroCounty)) expect(Kommunkod.parse(code).name).toBe(name);
      expect(all.filter((kommun) => kommun.lanskod === '18').map((kommun) => kommun.code)).toEqual(
        Object.keys(orebroCounty),
      );
    });
  });

  describe('given a parsed kommunkod', () => {
    const orebro = Kommunkod.parse('1880');

    it('when used as a value, then it is the code, in county 18, equal to itself parsed again', () => {
      expect(orebro.toString()).toBe('1880');
      expect(JSON.stringify(orebro)).toBe('"1880"');
      expect(orebro.lanskod).toBe('18');
      expect(orebro.equals(Kommunkod.parse('1880'))).toBe(true);
      expect(orebro.equals(Kommunkod.parse('1814'))).toBe(false);
    });
  });

  describe('given a code that is not a municipality', () => {
    it.each(['1234', '0000', '0100', '1800', '1886', '0116'])('when %s is parsed, then it is unknown', (code) => {
      const error = expectDomainError(() => Kommunkod.parse(code), 'KOMMUNKOD_UNKNOWN', 'kommunkod');
      expect(error.message).toContain(`'${code}'`);
    });

    it.each(['', '188', '18800', '18a0', ' 1880', '1880 '])(
      "when '%s' is parsed, then the format is refused",
      (code) => {
        expectDomainError(() => Kommunkod.parse(code), 'KOMMUNKOD_INVALID_FORMAT', 'kommunkod');
      },
    );
  });
});
