import { CalendarDate, DomainError, KOMMUNER } from '@samsyn/domain';
import { GraphQLError } from 'graphql';

/** Every report covers a län (2 digits, e.g. 18 for Örebro), one kommun (4 digits), or — for period reports — all of Sweden. */
export function checkArea(area: string | null | undefined, field = 'area'): string | null {
  if (area === null || area === undefined || area === '') return null;
  if (!/^\d{2}(\d{2})?$/.test(area) || !KOMMUNER.some(([code]) => code.startsWith(area))) {
    throw badInput(
      `${field} must be a län (2 digits, e.g. 18) or a kommunkod (4 digits, e.g. 1880) of a kommun that exists`,
      field,
    );
  }
  return area;
}

export function checkDate(text: string, field: string): string {
  try {
    return CalendarDate.parse(text, field).toString();
  } catch (error) {
    if (error instanceof DomainError) throw badInput(`${field} must be a date (YYYY-MM-DD)`, field);
    throw error;
  }
}

/** A period from `from` to `to`, both included, at most ten years long. */
export function checkPeriod(from: string, to: string): { from: string; to: string } {
  const period = { from: checkDate(from, 'from'), to: checkDate(to, 'to') };
  if (period.to < period.from) throw badInput('to must not be before from', 'to');
  if (CalendarDate.parse(period.from, 'from').addMonths(120).toString() < period.to)
    throw badInput('a period is at most ten years', 'to');
  return period;
}

export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}
