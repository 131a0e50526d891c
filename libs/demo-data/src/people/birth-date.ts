import type { CalendarDate } from '@samsyn/domain';
import type { AgeBand } from '../county/orebro-county-table';
import type { SeededRandom } from '../random/seeded-random';
import { ageLimits } from '../story/age-limits';
import type { DemoCourse } from '../story/demo-course';
import { firstApplicationWindow } from '../story/application-window';

const AGES: Readonly<Record<AgeBand, readonly [youngest: number, oldest: number]>> = {
  '19': [19, 19],
  '20-24': [20, 24],
  '25-29': [25, 29],
};

/** Whole years lived on `day`. */
export function ageOn(birth: CalendarDate, day: CalendarDate): number {
  const beforeBirthday = day.month < birth.month || (day.month === birth.month && day.day < birth.day);
  return day.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** The birth dates a person may have: from `earliest` to `latest`, those that `fit`. */
export interface BirthDates {
  readonly earliest: CalendarDate;
  readonly latest: CalendarDate;
  fits(birth: CalendarDate): boolean;
}

function birthDates(earliest: CalendarDate, latest: CalendarDate, fits: (birth: CalendarDate) => boolean): BirthDates {
  return { earliest, latest, fits: (birth) => !birth.isBefore(earliest) && !birth.isAfter(latest) && fits(birth) };
}

/**
 * A person of the table: an age in `band` on `today`, and a period possible on `today`, which excludes a 19-year-old
 * before July of the year they turn 19 and a 29-year-old whose 30th birthday falls later in today's month.
 */
export function tableBirthDates(band: AgeBand, today: CalendarDate): BirthDates {
  const [youngest, oldest] = AGES[band];
  return birthDates(today.addYears(-(oldest + 1)).addDays(1), today.addYears(-youngest), (birth) => {
    const age = ageOn(birth, today);
    const { earliestStart, latestEnd } = ageLimits(birth);
    return age >= youngest && age <= oldest && !earliestStart.isAfter(today) && !latestEnd.isBefore(today);
  });
}

/**
 * Someone not in the table, old enough for their course to fit in the recorded years before `today`:
 * - `rejected`: 19–29 today;
 * - `moved_on`, `extension_rejected`: 20–28 today, with a year-long period begun and ended before today and more than a
 *   year left before their 30th birthday (so that it was not the age limit that ended it);
 * - `turned_30`: 30 in the recorded years, their benefit ended the month before, before today; born after the 3rd of
 *   the month, so that the end, written the first weekday of the birthday's month, comes while they are 29.
 */
export function leaverBirthDates(course: Exclude<DemoCourse, 'active'>, today: CalendarDate): BirthDates {
  const opens = (birth: CalendarDate) => {
    const { earliest, latest } = firstApplicationWindow(course, birth, today);
    return !earliest.isAfter(latest);
  };
  switch (course) {
    case 'rejected':
      return birthDates(today.addYears(-30).addDays(1), today.addYears(-19), opens);
    case 'moved_on':
    case 'extension_rejected':
      return birthDates(today.addYears(-29).addDays(1), today.addYears(-20), (birth) => {
        const { earliestStart, latestEnd } = ageLimits(birth);
        return opens(birth) && !earliestStart.isAfter(today.addMonths(-15)) && !latestEnd.isBefore(today.addYears(1));
      });
    case 'turned_30':
      return birthDates(today.addYears(-34), today.addYears(-30), (birth) => {
        return birth.day > 3 && ageLimits(birth).latestEnd.isBefore(today.addDays(-4)) && opens(birth);
      });
  }
}

/** A birth date, uniform over the days that fit. */
export function drawBirthDate(dates: BirthDates, random: SeededRandom, what: string): CalendarDate {
  const span = dates.earliest.daysUntil(dates.latest);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const birth = dates.earliest.addDays(random.int(0, span));
    if (dates.fits(birth)) return birth;
  }
  throw new Error(`No birth date found for ${what}`);
}
