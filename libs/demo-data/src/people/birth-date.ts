import { CalendarDate } from '@samsyn/domain';
import type { AgeBand } from '../county/orebro-county-table';
import type { SeededRandom } from '../random/seeded-random';

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

/** A birth date, uniform over the days that make the person an age in `band` on `today`. */
export function birthDateInAgeBand(band: AgeBand, today: CalendarDate, random: SeededRandom): CalendarDate {
  const [youngest, oldest] = AGES[band];
  const earliest = today.addYears(-(oldest + 1));
  const span = earliest.daysUntil(today.addYears(-youngest));
  // The span's ends can fall a day outside the band around 29 February; drawing again is simpler than the calendar.
  for (let attempt = 0; attempt < 100; attempt++) {
    const birth = earliest.addDays(random.int(0, span));
    const age = ageOn(birth, today);
    if (age >= youngest && age <= oldest) return birth;
  }
  throw new Error(`No birth date found for age band ${band} on ${today}`);
}
