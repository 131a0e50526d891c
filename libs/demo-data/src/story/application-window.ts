import type { CalendarDate } from '@samsyn/domain';
import { ageLimits, earlierOf, laterOf } from './age-limits';
import type { DemoCourse } from './demo-course';

/** How far back a demo journey may begin: the years Samsyn would have recorded. */
export const RECORDED_MONTHS = 48;

export interface ApplicationWindow {
  readonly earliest: CalendarDate;
  readonly latest: CalendarDate;
}

/**
 * When the first application of the recorded years may come: within them, no earlier than half a year before the
 * first possible period, and early enough that a year-long period still fits before the 30th birthday. The people
 * of the table apply up to a month before today. The others apply from their 19th birthday on, so that they are
 * 19–29 throughout, and early enough for their course: the rejected to have their avslag before today, the leavers
 * to have a period, and its end, before today (course.ts).
 */
export function firstApplicationWindow(
  course: DemoCourse,
  birth: CalendarDate,
  today: CalendarDate,
): ApplicationWindow {
  const limits = ageLimits(birth);
  const recordedFrom = today.addMonths(-RECORDED_MONTHS);
  const eligibleFrom = limits.earliestStart.addMonths(-6);
  const earliest = laterOf(recordedFrom, course === 'active' ? eligibleFrom : laterOf(eligibleFrom, limits.nineteenth));
  const lastUseful = limits.latestEnd.addMonths(-20);
  return { earliest, latest: earlierOf(lastUseful, LATEST_FIRST_APPLICATION[course](today)) };
}

const LATEST_FIRST_APPLICATION: Readonly<Record<DemoCourse, (today: CalendarDate) => CalendarDate>> = {
  active: (today) => today.addMonths(-1),
  rejected: (today) => today.addDays(-101), // decided at most 100 days after applying
  turned_30: (today) => today,
  moved_on: (today) => today.addMonths(-20), // decided, a year-long period begun and ended before today
  extension_rejected: (today) => today.addMonths(-20),
};
