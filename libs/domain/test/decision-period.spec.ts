import { DecisionPeriod } from '@samsyn/domain';
import { expectDomainError } from './expect-domain-error';

// Born 2000-05-20: turns 19 in 2019, so the earliest start is 2019-07-01;
// the 30th birthday is 2030-05-20, so the latest end is 2030-04-30.
const birthDate = '2000-05-20';
const period = (from: string, to: string, born = birthDate) => DecisionPeriod.create({ from, to, birthDate: born });

describe('DecisionPeriod', () => {
  describe('given the length rule (1 to 3 years, both ends included)', () => {
    it('when the period is exactly one year, then it is accepted', () => {
      expect(period('2021-01-01', '2021-12-31').toJSON()).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    });

    it('when the period is one day short of a year, then it is too short', () => {
      const error = expectDomainError(() => period('2021-01-01', '2021-12-30'), 'DECISION_PERIOD_TOO_SHORT', 'to');
      expect(error.message).toContain('2021-12-31 or later');
    });

    it('when the period is exactly three years, then it is accepted', () => {
      expect(period('2021-01-01', '2023-12-31').to).toBe('2023-12-31');
    });

    it('when the period is one day longer than three years, then it is too long', () => {
      const error = expectDomainError(() => period('2021-01-01', '2024-01-01'), 'DECISION_PERIOD_TOO_LONG', 'to');
      expect(error.message).toContain('2023-12-31 or earlier');
    });

    it('when the period does not start on the first of a month, then the year is counted from its start day', () => {
      expect(period('2021-03-15', '2022-03-14').from).toBe('2021-03-15');
      expectDomainError(() => period('2021-03-15', '2022-03-13'), 'DECISION_PERIOD_TOO_SHORT', 'to');
    });

    it('when the end is before the start, then that is named as the fault', () => {
      expectDomainError(() => period('2021-01-01', '2020-12-31'), 'DECISION_PERIOD_ENDS_BEFORE_START', 'to');
    });
  });

  describe('given the earliest start (1 July of the year the person turns 19)', () => {
    it('when the period starts exactly on 1 July that year, then it is accepted', () => {
      expect(period('2019-07-01', '2020-06-30').from).toBe('2019-07-01');
    });

    it('when the period starts one day earlier, then it starts too early', () => {
      const error = expectDomainError(
        () => period('2019-06-30', '2020-06-30'),
        'DECISION_PERIOD_STARTS_TOO_EARLY',
        'from',
      );
      expect(error.message).toContain('2019-07-01');
    });

    it('when the person is born on 31 December, then 1 July of the year they turn 19 is still allowed, while they are 18', () => {
      expect(period('2019-07-01', '2020-06-30', '2000-12-31').from).toBe('2019-07-01');
      expectDomainError(
        () => period('2019-06-30', '2020-06-30', '2000-12-31'),
        'DECISION_PERIOD_STARTS_TOO_EARLY',
        'from',
      );
    });
  });

  describe('given the latest end (last day of the month before the 30th birthday)', () => {
    it('when the period ends exactly on that day, then it is accepted', () => {
      expect(period('2027-05-01', '2030-04-30').to).toBe('2030-04-30');
    });

    it('when the period ends one day later, then it ends too late', () => {
      const error = expectDomainError(() => period('2027-05-02', '2030-05-01'), 'DECISION_PERIOD_ENDS_TOO_LATE', 'to');
      expect(error.message).toContain('2030-04-30');
    });

    it('when the birthday is in January, then the latest end is 31 December of the year before', () => {
      expect(period('2027-01-01', '2029-12-31', '2000-01-15').to).toBe('2029-12-31');
      expectDomainError(() => period('2027-01-02', '2030-01-01', '2000-01-15'), 'DECISION_PERIOD_ENDS_TOO_LATE', 'to');
    });

    it('when the birthday is on the first of a month, then the latest end is still the end of the month before', () => {
      expect(period('2028-01-01', '2028-12-31', '1999-01-01').to).toBe('2028-12-31');
      expectDomainError(() => period('2028-01-01', '2029-01-01', '1999-01-01'), 'DECISION_PERIOD_ENDS_TOO_LATE', 'to');
    });
  });

  describe('given dates that are not dates', () => {
    it.each([
      ['2021-02-29', '2022-02-28', birthDate, 'from'],
      ['2021-01-01', '2021-12-32', birthDate, 'to'],
      ['2021-01-01', '2021-12-31', '2000-5-20', 'birthDate'],
    ])('when from %s, to %s, born %s, then %s is named', (from, to, born, field) => {
      expectDomainError(() => period(from, to, born), 'INVALID_DATE', field);
    });
  });

  describe('given the period 2021-01-01 to 2021-12-31', () => {
    const year2021 = period('2021-01-01', '2021-12-31');

    it('when asked whether it contains a day, then both ends are inside and the days around them outside', () => {
      expect(year2021.contains('2020-12-31')).toBe(false);
      expect(year2021.contains('2021-01-01')).toBe(true);
      expect(year2021.contains('2021-07-15')).toBe(true);
      expect(year2021.contains('2021-12-31')).toBe(true);
      expect(year2021.contains('2022-01-01')).toBe(false);
    });

    it('when asked for days left, then the last day counts as one and the day after as none', () => {
      expect(year2021.daysLeft('2021-01-01')).toBe(365);
      expect(year2021.daysLeft('2021-12-30')).toBe(2);
      expect(year2021.daysLeft('2021-12-31')).toBe(1);
      expect(year2021.daysLeft('2022-01-01')).toBe(0);
      expect(year2021.daysLeft('2030-01-01')).toBe(0);
    });

    it('when asked whether it ends within some months, then the end must lie between the date and that many months later', () => {
      expect(year2021.endsWithin(3, '2021-10-01')).toBe(true);
      expect(year2021.endsWithin(3, '2021-09-30')).toBe(false);
      expect(year2021.endsWithin(2, '2021-10-31')).toBe(true);
      expect(year2021.endsWithin(1, '2021-11-30')).toBe(false);
      expect(year2021.endsWithin(0, '2021-12-31')).toBe(true);
      expect(year2021.endsWithin(0, '2021-12-30')).toBe(false);
      expect(year2021.endsWithin(6, '2022-01-01')).toBe(false);
    });

    it('when asked with a negative or fractional month count, then the count is refused', () => {
      expectDomainError(() => year2021.endsWithin(-1, '2021-10-01'), 'INVALID_MONTH_COUNT', 'months');
      expectDomainError(() => year2021.endsWithin(1.5, '2021-10-01'), 'INVALID_MONTH_COUNT', 'months');
    });

    it('when given a date that is not a date, then it is refused', () => {
      expectDomainError(() => year2021.contains('2021-02-29'), 'INVALID_DATE', 'date');
      expectDomainError(() => year2021.daysLeft('tomorrow'), 'INVALID_DATE', 'at');
    });

    it('when compared and printed, then it is a value', () => {
      expect(year2021.equals(period('2021-01-01', '2021-12-31'))).toBe(true);
      expect(year2021.equals(period('2021-01-01', '2022-12-31'))).toBe(false);
      expect(year2021.toString()).toBe('2021-01-01/2021-12-31');
    });
  });
});
