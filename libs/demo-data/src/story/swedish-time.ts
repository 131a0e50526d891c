import { CalendarDate, type IsoTimestamp } from '@samsyn/domain';

/** A minute of a day in Swedish local time. */
export interface LocalMoment {
  readonly day: CalendarDate;
  /** Minutes after local midnight. */
  readonly minute: number;
}

/** The moment as ISO 8601 with Sweden's offset that day: +02:00 in summer time, +01:00 otherwise. */
export function swedishTimestamp({ day, minute }: LocalMoment): IsoTimestamp {
  if (!Number.isInteger(minute) || minute < 0 || minute >= 1440) throw new RangeError(`No minute ${minute} in a day`);
  const pad = (value: number) => String(value).padStart(2, '0');
  const offset = isSummerTime(day) ? '+02:00' : '+01:00';
  return `${day.toString()}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00${offset}`;
}

/** Minutes since 1970-01-01 00:00 UTC: the order of moments across days and offsets. */
export function epochMinute({ day, minute }: LocalMoment): number {
  return day.dayNumber * 1440 + minute - (isSummerTime(day) ? 120 : 60);
}

/**
 * EU summer time runs from the last Sunday of March to the last Sunday of October (switching at 01:00 UTC);
 * the demo writes only office hours, so the whole of each switching day counts as the time after the switch.
 */
function isSummerTime(day: CalendarDate): boolean {
  return !day.isBefore(lastSunday(day.year, 3)) && day.isBefore(lastSunday(day.year, 10));
}

function lastSunday(year: number, month: number): CalendarDate {
  const lastDay = CalendarDate.firstDayOfMonth(year, month).addMonths(1).addDays(-1);
  const weekday = (((lastDay.dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
  return lastDay.addDays(-weekday);
}
