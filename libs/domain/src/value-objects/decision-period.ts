import { CalendarDate, type IsoDate } from '../calendar/calendar-date';
import { DomainError } from '../domain-error';

export interface DecisionPeriodInput {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly birthDate: IsoDate;
}

const MIN_YEARS = 1;
const MAX_YEARS = 3;
const EARLIEST_AGE = 19;
const AGE_LIMIT = 30;

/**
 * The period of an aktivitetsersättning decision, both days included: 1 to 3 years long,
 * starting no earlier than 1 July of the year the person turns 19,
 * ending no later than the last day of the month before the 30th birthday.
 */
export class DecisionPeriod {
  private constructor(
    private readonly start: CalendarDate,
    private readonly end: CalendarDate,
  ) {}

  static create({ from, to, birthDate }: DecisionPeriodInput): DecisionPeriod {
    const start = CalendarDate.parse(from, 'from');
    const end = CalendarDate.parse(to, 'to');
    const birth = CalendarDate.parse(birthDate, 'birthDate');
    assertLength(start, end);
    assertWithinAgeLimits(start, end, birth);
    return new DecisionPeriod(start, end);
  }

  get from(): IsoDate {
    return this.start.toString();
  }

  get to(): IsoDate {
    return this.end.toString();
  }

  contains(date: IsoDate): boolean {
    const day = CalendarDate.parse(date, 'date');
    return !day.isBefore(this.start) && !day.isAfter(this.end);
  }

  /** Days from `at` through the period's last day, both counted; 0 once the period has ended. */
  daysLeft(at: IsoDate): number {
    return Math.max(0, CalendarDate.parse(at, 'at').daysUntil(this.end) + 1);
  }

  /** True when the period has not ended by `at` and its last day is at most `months` calendar months after `at`. */
  endsWithin(months: number, at: IsoDate): boolean {
    if (!Number.isInteger(months) || months < 0) {
      throw new DomainError(
        'INVALID_MONTH_COUNT',
        'months',
        `months must be a whole number of at least 0, got ${months}`,
      );
    }
    const day = CalendarDate.parse(at, 'at');
    return !this.end.isBefore(day) && !this.end.isAfter(day.addMonths(months));
  }

  equals(other: DecisionPeriod): boolean {
    return this.start.equals(other.start) && this.end.equals(other.end);
  }

  toString(): string {
    return `${this.from}/${this.to}`;
  }

  toJSON(): { from: IsoDate; to: IsoDate } {
    return { from: this.from, to: this.to };
  }
}

function assertLength(start: CalendarDate, end: CalendarDate): void {
  if (end.isBefore(start)) {
    throw new DomainError(
      'DECISION_PERIOD_ENDS_BEFORE_START',
      'to',
      `Decision period ends ${end}, before it starts ${start}`,
    );
  }
  const shortestEnd = start.addYears(MIN_YEARS).addDays(-1);
  if (end.isBefore(shortestEnd)) {
    throw new DomainError(
      'DECISION_PERIOD_TOO_SHORT',
      'to',
      `Decision period must last at least ${MIN_YEARS} year: starting ${start} it must end on ${shortestEnd} or later, not ${end}`,
    );
  }
  const longestEnd = start.addYears(MAX_YEARS).addDays(-1);
  if (end.isAfter(longestEnd)) {
    throw new DomainError(
      'DECISION_PERIOD_TOO_LONG',
      'to',
      `Decision period may last at most ${MAX_YEARS} years: starting ${start} it must end on ${longestEnd} or earlier, not ${end}`,
    );
  }
}

function assertWithinAgeLimits(start: CalendarDate, end: CalendarDate, birth: CalendarDate): void {
  const earliestStart = CalendarDate.firstDayOfMonth(birth.year + EARLIEST_AGE, 7);
  if (start.isBefore(earliestStart)) {
    throw new DomainError(
      'DECISION_PERIOD_STARTS_TOO_EARLY',
      'from',
      `Decision period may start no earlier than ${earliestStart} (1 July of the year the person turns ${EARLIEST_AGE}), not ${start}`,
    );
  }
  const latestEnd = CalendarDate.firstDayOfMonth(birth.year + AGE_LIMIT, birth.month).addDays(-1);
  if (end.isAfter(latestEnd)) {
    throw new DomainError(
      'DECISION_PERIOD_ENDS_TOO_LATE',
      'to',
      `Decision period may end no later than ${latestEnd} (the last day of the month before the ${AGE_LIMIT}th birthday), not ${end}`,
    );
  }
}
