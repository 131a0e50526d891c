import { DomainError } from '../domain-error';

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A module binding, not `Math.floor` per call: inside Jest's VM a global lookup costs about ten times more, and
// generating the demo data calls this millions of times.
const floor = Math.floor;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A day in the proleptic Gregorian calendar, with no time of day and no time zone. */
export class CalendarDate {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  static parse(text: string, field: string): CalendarDate {
    const match = ISO_DATE.exec(text);
    const date = match ? CalendarDate.of(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
    if (!date) {
      throw new DomainError(
        'INVALID_DATE',
        field,
        `${field} must be a real calendar date written YYYY-MM-DD, got '${text}'`,
      );
    }
    return date;
  }

  /** The date, or undefined when no such day exists (month 13, 31 April, 29 February in a common year). */
  static of(year: number, month: number, day: number): CalendarDate | undefined {
    const whole = [year, month, day].every(Number.isInteger);
    if (!whole || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return new CalendarDate(year, month, day);
  }

  static firstDayOfMonth(year: number, month: number): CalendarDate {
    const date = CalendarDate.of(year, month, 1);
    if (!date) throw new RangeError(`No month ${month} in year ${year}`);
    return date;
  }

  static fromDayNumber(dayNumber: number): CalendarDate {
    const z = dayNumber + 719468;
    const era = floor(z / 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = floor(
      (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365,
    );
    const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
    const shiftedMonth = floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - floor((153 * shiftedMonth + 2) / 5) + 1;
    const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    return new CalendarDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
  }

  /** Days since 1970-01-01. */
  get dayNumber(): number {
    const year = this.month <= 2 ? this.year - 1 : this.year;
    const era = floor(year / 400);
    const yearOfEra = year - era * 400;
    const dayOfYear = floor((153 * (this.month > 2 ? this.month - 3 : this.month + 9) + 2) / 5) + this.day - 1;
    const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  addDays(days: number): CalendarDate {
    return CalendarDate.fromDayNumber(this.dayNumber + days);
  }

  /** Same day of month `months` later; a day the target month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
  addMonths(months: number): CalendarDate {
    const monthIndex = this.year * 12 + (this.month - 1) + months;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    return new CalendarDate(year, month, Math.min(this.day, daysInMonth(year, month)));
  }

  /** Same date `years` later; 29 February in a common year becomes 1 March. */
  addYears(years: number): CalendarDate {
    const year = this.year + years;
    return CalendarDate.of(year, this.month, this.day) ?? new CalendarDate(year, 3, 1);
  }

  daysUntil(other: CalendarDate): number {
    return other.dayNumber - this.dayNumber;
  }

  compare(other: CalendarDate): number {
    return Math.sign(this.year - other.year || this.month - other.month || this.day - other.day);
  }

  isBefore(other: CalendarDate): boolean {
    return this.compare(other) < 0;
  }

  isAfter(other: CalendarDate): boolean {
    return this.compare(other) > 0;
  }

  equals(other: CalendarDate): boolean {
    return this.compare(other) === 0;
  }

  toString(): IsoDate {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  toJSON(): IsoDate {
    return this.toString();
  }
}
