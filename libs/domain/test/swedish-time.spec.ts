import fc from 'fast-check';
import { parseTimestamp, swedishDate, swedishLocalTime } from '@samsyn/domain';
import { expectDomainError } from './expect-domain-error';

describe('Swedish time (Europe/Stockholm)', () => {
  describe('at 23:30 UTC on the last day of a month', () => {
    it.each([
      ['2026-01-31T23:30:00Z', '2026-02-01', '2026-02-01T00:30:00+01:00'],
      ['2026-02-28T23:30:00Z', '2026-03-01', '2026-03-01T00:30:00+01:00'],
      ['2026-12-31T23:30:00Z', '2027-01-01', '2027-01-01T00:30:00+01:00'],
      ['2026-06-30T23:30:00Z', '2026-07-01', '2026-07-01T01:30:00+02:00'],
    ])('when it is %s, then in Sweden it is already %s (%s)', (instant, date, local) => {
      expect(swedishDate(instant)).toBe(date);
      expect(swedishLocalTime(instant)).toBe(local);
    });

    it('when it is a second before Swedish midnight, then the date is still the last of the month', () => {
      expect(swedishDate('2026-01-31T22:59:59Z')).toBe('2026-01-31');
      expect(swedishLocalTime('2026-01-31T22:59:59Z')).toBe('2026-01-31T23:59:59+01:00');
      expect(swedishDate('2026-06-30T21:59:59Z')).toBe('2026-06-30');
      expect(swedishDate('2026-06-30T22:00:00Z')).toBe('2026-07-01');
    });

    it('when the same instant is written with another offset, then the Swedish date and time are the same', () => {
      for (const written of [
        '2026-01-31T23:30:00Z',
        '2026-01-31T18:30:00-05:00',
        '2026-02-01T00:30:00+01:00',
        '2026-02-01T08:30:00+09:00',
      ]) {
        expect([swedishDate(written), swedishLocalTime(written)]).toEqual(['2026-02-01', '2026-02-01T00:30:00+01:00']);
      }
    });
  });

  describe('when summer time begins (last Sunday of March, 01:00 UTC)', () => {
    it('then 00:59:59 UTC is 01:59:59 CET and 01:00:00 UTC is 03:00:00 CEST, on the same date', () => {
      expect(swedishLocalTime('2026-03-29T00:59:59Z')).toBe('2026-03-29T01:59:59+01:00');
      expect(swedishLocalTime('2026-03-29T01:00:00Z')).toBe('2026-03-29T03:00:00+02:00');
      expect([swedishDate('2026-03-29T00:59:59Z'), swedishDate('2026-03-29T01:00:00Z')]).toEqual([
        '2026-03-29',
        '2026-03-29',
      ]);
    });

    it('then the day begins at 23:00 UTC before the change and at 22:00 UTC after it', () => {
      expect(swedishLocalTime('2026-03-28T23:30:00Z')).toBe('2026-03-29T00:30:00+01:00');
      expect(swedishDate('2026-03-29T21:59:59Z')).toBe('2026-03-29');
      expect(swedishLocalTime('2026-03-29T22:30:00Z')).toBe('2026-03-30T00:30:00+02:00');
    });
  });

  describe('when summer time ends (last Sunday of October, 01:00 UTC)', () => {
    it('then 02:30 comes twice: 00:30 UTC is 02:30 CEST and 01:30 UTC is 02:30 CET, on the same date', () => {
      expect(swedishLocalTime('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30:00+02:00');
      expect(swedishLocalTime('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30:00+01:00');
      expect([swedishDate('2026-10-25T00:30:00Z'), swedishDate('2026-10-25T01:30:00Z')]).toEqual([
        '2026-10-25',
        '2026-10-25',
      ]);
    });

    it('then the day begins at 22:00 UTC before the change and at 23:00 UTC after it', () => {
      expect(swedishLocalTime('2026-10-24T22:30:00Z')).toBe('2026-10-25T00:30:00+02:00');
      expect(swedishDate('2026-10-25T22:59:59Z')).toBe('2026-10-25');
      expect(swedishLocalTime('2026-10-25T23:30:00Z')).toBe('2026-10-26T00:30:00+01:00');
    });
  });

  it('when the instant has a fraction of a second, then the rendering keeps its milliseconds', () => {
    expect(swedishLocalTime('2026-01-31T23:30:00.250Z')).toBe('2026-02-01T00:30:00.250+01:00');
  });

  it('when the instant is before 1970, then the day and time are still Sweden’s', () => {
    expect(swedishLocalTime('1969-12-31T12:00:00Z')).toBe('1969-12-31T13:00:00+01:00');
    expect(swedishDate('1969-12-31T23:30:00Z')).toBe('1970-01-01');
  });

  it('when given something that is not a timestamp with a zone, then it is refused for the named field', () => {
    expectDomainError(() => swedishDate('2026-01-31', 'now'), 'INVALID_TIMESTAMP', 'now');
    expectDomainError(() => swedishLocalTime('2026-01-31T23:30:00', 'at'), 'INVALID_TIMESTAMP', 'at');
  });

  it('for any instant 1996–2099, the offset follows the EU rule and the rendering is the same instant', () => {
    const start = Date.UTC(1996, 0, 1);
    const end = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: start / 1000, max: end / 1000 - 1 }), (seconds) => {
        const instant = new Date(seconds * 1000).toISOString();
        const local = swedishLocalTime(instant);
        const offsetHours = euSummerTime(seconds * 1000) ? 2 : 1;
        expect(local.slice(-6)).toBe(`+0${offsetHours}:00`);
        expect(parseTimestamp(local, 'local').epochMillis).toBe(seconds * 1000);
        expect(swedishDate(instant)).toBe(
          new Date(seconds * 1000 + offsetHours * 3_600_000).toISOString().slice(0, 10),
        );
        expect(local.slice(0, 10)).toBe(swedishDate(instant));
      }),
      { numRuns: 2_000 },
    );
  });

  it('in every year 1996–2099, the offset changes exactly at the EU switching second', () => {
    const offsetAt = (epochMillis: number) => swedishLocalTime(new Date(epochMillis).toISOString()).slice(-6);
    const wrong: string[] = [];
    for (let year = 1996; year < 2100; year += 1) {
      const [spring, autumn] = [switchAt(year, 2), switchAt(year, 9)];
      const seen = [offsetAt(spring - 1000), offsetAt(spring), offsetAt(autumn - 1000), offsetAt(autumn)];
      if (seen.join() !== '+01:00,+02:00,+02:00,+01:00') wrong.push(`${year}: ${seen.join()}`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Since 1996: summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function euSummerTime(epochMillis: number): boolean {
  const year = new Date(epochMillis).getUTCFullYear();
  return epochMillis >= switchAt(year, 2) && epochMillis < switchAt(year, 9);
}

/** 01:00 UTC on the last Sunday of the month (0-based, as `Date.UTC` counts). */
function switchAt(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}
