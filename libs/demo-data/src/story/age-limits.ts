import { CalendarDate } from '@samsyn/domain';

/** The birthdays and period limits that aktivitetsersättning follows (DecisionPeriod's rules, seed 000, lines 41–43). */
export interface AgeLimits {
  readonly nineteenth: CalendarDate;
  readonly thirtieth: CalendarDate;
  /** 1 July of the year the person turns 19: the earliest start of a period. */
  readonly earliestStart: CalendarDate;
  /** The last day of the month before the 30th birthday: the latest end of a period. */
  readonly latestEnd: CalendarDate;
}

export function ageLimits(birth: CalendarDate): AgeLimits {
  return {
    nineteenth: birth.addYears(19),
    thirtieth: birth.addYears(30),
    earliestStart: CalendarDate.firstDayOfMonth(birth.year + 19, 7),
    latestEnd: CalendarDate.firstDayOfMonth(birth.year + 30, birth.month).addDays(-1),
  };
}

export function laterOf(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left.isAfter(right) ? left : right;
}

export function earlierOf(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left.isBefore(right) ? left : right;
}
