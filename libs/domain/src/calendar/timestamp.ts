import { CalendarDate, type IsoDate } from './calendar-date';
import { DomainError } from '../domain-error';

const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;

/** A moment written in ISO 8601 with a zone; `date` is the calendar day as written, in the writer's zone. */
export interface Timestamp {
  readonly text: string;
  readonly date: IsoDate;
  readonly epochMillis: number;
}

export function parseTimestamp(text: string, field: string): Timestamp {
  const parts = ISO_TIMESTAMP.exec(text)?.slice(1);
  const [year, month, day, hours, minutes, seconds = '0', fraction = '0', zone = ''] = parts ?? [];
  const date = parts ? CalendarDate.of(Number(year), Number(month), Number(day)) : undefined;
  const offset = zoneOffsetMinutes(zone);
  const clockValid = Number(hours) <= 23 && Number(minutes) <= 59 && Number(seconds) <= 59;
  if (!date || offset === undefined || !clockValid) {
    throw new DomainError(
      'INVALID_TIMESTAMP',
      field,
      `${field} must be an ISO 8601 timestamp with a zone (e.g. 2023-05-10T09:00:00Z), got '${text}'`,
    );
  }
  const minuteOfDay = Number(hours) * 60 + Number(minutes) - offset;
  const millis = Number(seconds) * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
  return { text, date: date.toString(), epochMillis: date.dayNumber * DAY + minuteOfDay * MINUTE + millis };
}

function zoneOffsetMinutes(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (zone.length !== 6 || hours > 14 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}
