import { CalendarDate, type IsoDate } from './calendar-date';
import { parseTimestamp } from './timestamp';

const SECOND = 1_000;
const HOUR = 3_600 * SECOND;
const DAY = 24 * HOUR;

/**
 * Only the offset comes from the platform's time-zone data (CET, CEST from the last Sunday of March to the
 * last Sunday of October; the data is exact from 1970 on); the date and time of day follow from it by
 * arithmetic. The offset is a function of the instant alone, so everything here is pure given its input.
 */
const STOCKHOLM_OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });
const GMT_OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Sweden's wall clock at an instant: the local day, the time since local midnight, and the offset from UTC. */
interface SwedishWallClock {
  readonly date: CalendarDate;
  readonly millisOfDay: number;
  readonly offsetSeconds: number;
}

/** The calendar date in Sweden (Europe/Stockholm) at an instant written in ISO 8601 with any offset or `Z`. */
export function swedishDate(timestamp: string, field = 'timestamp'): IsoDate {
  const known = swedishDates.get(timestamp);
  if (known !== undefined) return known;
  const date = swedishWallClock(timestamp, field).date.toString();
  if (swedishDates.size >= SWEDISH_DATES_KEPT) swedishDates.clear();
  swedishDates.set(timestamp, date);
  return date;
}

/**
 * The days of the instants seen last: every read model asks for the day of each event it applies, six
 * times per event in one pass, and working it out (zone rules included) costs more than the rest of a fold.
 */
const SWEDISH_DATES_KEPT = 4_096;
const swedishDates = new Map<string, IsoDate>();

/** The instant as Swedish local time with Sweden's offset then, e.g. `2023-05-10T09:00:00+02:00`: what people are shown. */
export function swedishLocalTime(timestamp: string, field = 'timestamp'): string {
  const { date, millisOfDay, offsetSeconds } = swedishWallClock(timestamp, field);
  const seconds = Math.floor(millisOfDay / SECOND);
  const millis = millisOfDay % SECOND;
  const time = [Math.floor(seconds / 3_600), Math.floor(seconds / 60) % 60, seconds % 60].map(pad).join(':');
  return `${date.toString()}T${time}${millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`}${offsetText(offsetSeconds)}`;
}

function swedishWallClock(timestamp: string, field: string): SwedishWallClock {
  const { epochMillis } = parseTimestamp(timestamp, field);
  const offsetSeconds = stockholmOffsetSeconds(epochMillis);
  const local = epochMillis + offsetSeconds * SECOND;
  const dayNumber = Math.floor(local / DAY);
  return { date: CalendarDate.fromDayNumber(dayNumber), millisOfDay: local - dayNumber * DAY, offsetSeconds };
}

/**
 * Since 1970 Sweden's offset has changed only on a whole UTC hour (01:00 UTC, the EU rule since 1980), so from
 * then on it is remembered per UTC hour: asking the time-zone data costs about 20 µs, and projections ask for
 * every event. Memoising keeps the functions pure: the same instant always gives the same answer.
 */
const OFFSET_BY_UTC_HOUR = new Map<number, number>();
const REMEMBERED_HOURS = 100_000;

function stockholmOffsetSeconds(epochMillis: number): number {
  if (epochMillis < 0) return offsetFromZoneData(epochMillis);
  const hour = Math.floor(epochMillis / HOUR);
  const remembered = OFFSET_BY_UTC_HOUR.get(hour);
  if (remembered !== undefined) return remembered;
  if (OFFSET_BY_UTC_HOUR.size >= REMEMBERED_HOURS) OFFSET_BY_UTC_HOUR.clear();
  const offset = offsetFromZoneData(hour * HOUR);
  OFFSET_BY_UTC_HOUR.set(hour, offset);
  return offset;
}

function offsetFromZoneData(epochMillis: number): number {
  const name = STOCKHOLM_OFFSET.formatToParts(epochMillis).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = GMT_OFFSET.exec(name);
  if (!match) throw new Error(`The platform's time-zone data gave Europe/Stockholm the offset '${name}'`);
  const [, sign = '+', hours = '0', minutes = '0', seconds = '0'] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 3_600 + Number(minutes) * 60 + Number(seconds));
}

/** `+01:00`; the zone data's local mean time before 1900 has seconds too (`+00:53:28`). */
function offsetText(offsetSeconds: number): string {
  const size = Math.abs(offsetSeconds);
  const parts = [Math.floor(size / 3_600), Math.floor(size / 60) % 60, ...(size % 60 === 0 ? [] : [size % 60])];
  return `${offsetSeconds < 0 ? '-' : '+'}${parts.map(pad).join(':')}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
