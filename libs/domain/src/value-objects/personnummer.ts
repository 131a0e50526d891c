import { CalendarDate, type IsoDate } from '../calendar/calendar-date';
import { DomainError } from '../domain-error';
import { luhnCheckDigit } from './luhn';

export type LegalGender = 'MAN' | 'WOMAN';

export interface PersonnummerContext {
  /** The day the number is read; decides the century of a 10-digit number. */
  readonly today: IsoDate;
}

const FIELD = 'personnummer';
const SHAPE = /^(\d{6}|\d{8})([-+]?)(\d{4})$/;
const SAMORDNINGSNUMMER_DAY_OFFSET = 60;

/**
 * A Swedish personnummer or samordningsnummer (day of birth + 60).
 * Error messages never repeat the whole number: it is personal data.
 */
export class Personnummer {
  private constructor(
    /** `YYYYMMDDNNNC`; for a samordningsnummer DD is the day + 60. */
    readonly canonical: string,
    private readonly birth: CalendarDate,
    readonly isSamordningsnummer: boolean,
  ) {}

  static parse(text: string, { today }: PersonnummerContext): Personnummer {
    const todayDate = CalendarDate.parse(today, 'today');
    const [datePart, separator, lastFour] = splitShape(text);
    const tenDigits = datePart.slice(-6) + lastFour;
    assertCheckDigit(tenDigits);

    const month = Number(tenDigits.slice(2, 4));
    const writtenDay = Number(tenDigits.slice(4, 6));
    const isSamordningsnummer = writtenDay > SAMORDNINGSNUMMER_DAY_OFFSET;
    const day = isSamordningsnummer ? writtenDay - SAMORDNINGSNUMMER_DAY_OFFSET : writtenDay;
    const year =
      datePart.length === 8
        ? Number(datePart.slice(0, 4))
        : inferYear(Number(tenDigits.slice(0, 2)), month, day, separator === '+', todayDate);

    const birth = CalendarDate.of(year, month, day);
    if (!birth) throw impossibleDate(year, month, writtenDay, isSamordningsnummer);
    if (birth.isAfter(todayDate)) {
      throw new DomainError(
        'PERSONNUMMER_FUTURE_DATE',
        FIELD,
        `Personnummer birth date ${birth} is after today (${todayDate})`,
      );
    }
    return new Personnummer(String(year) + tenDigits.slice(2), birth, isSamordningsnummer);
  }

  get birthDate(): IsoDate {
    return this.birth.toString();
  }

  /** Juridiskt kön, from the second-to-last digit: odd is a man, even a woman. */
  get legalGender(): LegalGender {
    return Number(this.canonical.charAt(10)) % 2 === 1 ? 'MAN' : 'WOMAN';
  }

  /** Whole years lived on `at`. */
  ageAt(at: IsoDate): number {
    const date = CalendarDate.parse(at, 'at');
    if (date.isBefore(this.birth)) {
      throw new DomainError('DATE_BEFORE_BIRTH', 'at', `Age asked for ${date}, before the birth date ${this.birth}`);
    }
    const birthdayNotYetReached =
      date.month < this.birth.month || (date.month === this.birth.month && date.day < this.birth.day);
    return date.year - this.birth.year - (birthdayNotYetReached ? 1 : 0);
  }

  equals(other: Personnummer): boolean {
    return this.canonical === other.canonical;
  }

  toString(): string {
    return this.canonical;
  }

  toJSON(): string {
    return this.canonical;
  }
}

function splitShape(text: string): [datePart: string, separator: string, lastFour: string] {
  const match = SHAPE.exec(text);
  const [datePart, separator, lastFour] = match ? match.slice(1) : [];
  if (datePart === undefined || separator === undefined || lastFour === undefined) {
    throw new DomainError(
      'PERSONNUMMER_INVALID_FORMAT',
      FIELD,
      `Personnummer must be 10 digits (YYMMDD-NNNC) or 12 digits (YYYYMMDD-NNNC), with '-', '+' or nothing before the last four; got ${text.length} characters`,
    );
  }
  if (datePart.length === 8 && separator === '+') {
    throw new DomainError(
      'PERSONNUMMER_INVALID_FORMAT',
      FIELD,
      "Personnummer separator '+' (aged 100 or more) belongs only to the 10-digit form; a 12-digit number already names its century",
    );
  }
  return [datePart, separator, lastFour];
}

function assertCheckDigit(tenDigits: string): void {
  const expected = luhnCheckDigit(tenDigits.slice(0, 9));
  const given = Number(tenDigits.charAt(9));
  if (given !== expected) {
    throw new DomainError(
      'PERSONNUMMER_INVALID_CHECK_DIGIT',
      FIELD,
      `Personnummer check digit is ${given}, but the Luhn digit of the nine digits before it is ${expected}`,
    );
  }
}

/** The latest year ending in `yy` whose date is not after today; one century earlier with '+'. */
function inferYear(yy: number, month: number, day: number, hundredOrOlder: boolean, today: CalendarDate): number {
  let year = today.year - (today.year % 100) + yy;
  const laterThisYear = month > today.month || (month === today.month && day > today.day);
  if (year > today.year || (year === today.year && laterThisYear)) year -= 100;
  return hundredOrOlder ? year - 100 : year;
}

function impossibleDate(year: number, month: number, writtenDay: number, isSamordningsnummer: boolean): DomainError {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = isSamordningsnummer ? writtenDay - SAMORDNINGSNUMMER_DAY_OFFSET : writtenDay;
  const dayNote = isSamordningsnummer ? ` (samordningsnummer day ${pad(writtenDay)} − 60)` : '';
  return new DomainError(
    'PERSONNUMMER_IMPOSSIBLE_DATE',
    FIELD,
    `Personnummer date ${year}-${pad(month)}-${pad(day)}${dayNote} is not a real calendar date`,
  );
}
