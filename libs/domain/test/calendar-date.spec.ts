import { CalendarDate } from '@samsyn/domain';
import { expectDomainError } from './expect-domain-error';

describe('CalendarDate', () => {
  describe('given ISO text', () => {
    it.each(['2020-02-29', '2000-02-29', '1999-12-31', '2021-04-30'])(
      'when %s is parsed, then it prints back unchanged',
      (text) => {
        expect(CalendarDate.parse(text, 'date').toString()).toBe(text);
      },
    );

    it.each([
      '2021-02-29',
      '1900-02-29',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
      '2021-1-01',
      '20210101',
      '',
      '2021-01-01T00:00',
    ])("when '%s' is parsed, then it is refused naming the field", (text) => {
      expectDomainError(() => CalendarDate.parse(text, 'from'), 'INVALID_DATE', 'from');
    });
  });

  describe('given day numbers', () => {
    it('when every day from 1800 to 2100 is converted both ways, then it matches the Gregorian calendar', () => {
      const first = Date.UTC(1800, 0, 1) / 86_400_000;
      const last = Date.UTC(2100, 11, 31) / 86_400_000;
      for (let dayNumber = first; dayNumber <= last; dayNumber++) {
        const expected = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        const date = CalendarDate.fromDayNumber(dayNumber);
        expect(date.toString() === expected && CalendarDate.parse(expected, 'date').dayNumber === dayNumber).toBe(true);
      }
    });
  });

  describe('given arithmetic', () => {
    const date = (text: string) => CalendarDate.parse(text, 'date');

    it('when months are added past a shorter month, then the day is clamped to its end', () => {
      expect(date('2021-01-31').addMonths(1).toString()).toBe('2021-02-28');
      expect(date('2020-01-31').addMonths(1).toString()).toBe('2020-02-29');
      expect(date('2021-11-15').addMonths(3).toString()).toBe('2022-02-15');
      expect(date('2021-03-15').addMonths(-3).toString()).toBe('2020-12-15');
    });

    it('when years are added to 29 February, then a common year gives 1 March', () => {
      expect(date('2024-02-29').addYears(1).toString()).toBe('2025-03-01');
      expect(date('2024-02-29').addYears(4).toString()).toBe('2028-02-29');
    });

    it('when dates are compared, then days between and order follow the calendar', () => {
      expect(date('2021-01-01').daysUntil(date('2021-12-31'))).toBe(364);
      expect(date('2021-01-01').isBefore(date('2021-01-02'))).toBe(true);
      expect(date('2021-01-02').isAfter(date('2021-01-01'))).toBe(true);
      expect(date('2021-01-01').equals(date('2021-01-01'))).toBe(true);
    });
  });
});
