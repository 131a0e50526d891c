import { CalendarDate, DecisionPeriod, DomainError } from '@samsyn/domain';
import type { StoryContext } from './story-context';

/** A period's end is written at 07:30 the day after its last day; a grant that waited for it follows at 09:00. */
export const PERIOD_END_MINUTE = 450;
export const GRANT_AFTER_PERIOD_END_MINUTE = 540;

export interface Period {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * A period of about `years` from `from` that the domain's DecisionPeriod accepts, or null when not even one year
 * fits before the age limit. A period that would leave less than a year before the limit runs to the limit when
 * it may (at most three years), or stops a year short of it, so that an extension can still follow. With a `cap`
 * (a leaver's benefit must end before today, course.ts) the period ends by then, shortened a year at a time.
 */
export function choosePeriod(
  context: StoryContext,
  from: CalendarDate,
  years: number,
  cap: CalendarDate | null = null,
): Period | null {
  const period = periodOf(context, from, years, cap);
  return period ?? (cap && years > 1 ? choosePeriod(context, from, years - 1, cap) : null);
}

function periodOf(context: StoryContext, from: CalendarDate, years: number, cap: CalendarDate | null): Period | null {
  const { latestEnd } = context.limits;
  const wanted = from.addYears(years).addDays(-1);
  const to = wanted.isAfter(latestEnd) ? latestEnd : wanted;
  const leavesTooLittle = to.isBefore(latestEnd) && to.addDays(1).addYears(1).addDays(-1).isAfter(latestEnd);
  const candidates = leavesTooLittle ? [latestEnd, latestEnd.addYears(-1), to] : [to];
  const valid = candidates.find(
    (candidate) => (!cap || !candidate.isAfter(cap)) && isValidPeriod(context, from, candidate),
  );
  return valid ? { from, to: valid } : null;
}

function isValidPeriod(context: StoryContext, from: CalendarDate, to: CalendarDate): boolean {
  try {
    DecisionPeriod.create({ from: from.toString(), to: to.toString(), birthDate: context.birth.toString() });
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

export function firstDayOfMonth(day: CalendarDate): CalendarDate {
  return CalendarDate.firstDayOfMonth(day.year, day.month);
}
