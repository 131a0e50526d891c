import { CalendarDate, type IsoDate } from '../../calendar/calendar-date';
import { DomainError } from '../../domain-error';
import { Kommunkod } from '../../value-objects/kommunkod';
import { Organisation } from '../../value-objects/organisation';
import type { Erasable } from './domain-event';
import { MAX_LIST_ITEMS } from './limits';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,19}$/;

export function requireId(value: string, field: string): string {
  if (!ID.test(value)) {
    throw new DomainError(
      'INVALID_ID',
      field,
      `${field} must be 1–64 of A-Z, a-z, 0-9, '_', '.', ':' or '-', starting with a letter or digit`,
    );
  }
  return value;
}

/** Trimmed text of 1 to `max` characters; error messages never repeat it. */
export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text === '') throw new DomainError('TEXT_EMPTY', field, `${field} must not be empty`);
  if (text.length > max) {
    throw new DomainError('TEXT_TOO_LONG', field, `${field} may be at most ${max} characters, got ${text.length}`);
  }
  return text;
}

export function requireList<T, R>(values: readonly T[], field: string, each: (value: T, field: string) => R): R[] {
  if (values.length === 0) throw new DomainError('LIST_EMPTY', field, `${field} must name at least one item`);
  return optionalList(values, field, each);
}

export function optionalList<T, R>(values: readonly T[], field: string, each: (value: T, field: string) => R): R[] {
  if (values.length > MAX_LIST_ITEMS) {
    throw new DomainError(
      'LIST_TOO_LONG',
      field,
      `${field} may hold at most ${MAX_LIST_ITEMS} items, got ${values.length}`,
    );
  }
  return values.map((value, index) => each(value, `${field}[${index}]`));
}

export function requireOneOf<T extends string>(allowed: readonly T[], value: string, field: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new DomainError('VALUE_NOT_ALLOWED', field, `${field} must be one of ${allowed.join(', ')}; got '${value}'`);
  }
  return found;
}

export function requireDate(value: string, field: string): IsoDate {
  return CalendarDate.parse(value, field).toString();
}

export function requirePhone(value: string, field: string): string {
  const phone = value.trim();
  if (!PHONE.test(phone)) {
    throw new DomainError(
      'PHONE_INVALID',
      field,
      `${field} must be 5–20 digits, spaces, '-', '(' or ')', with an optional leading '+'`,
    );
  }
  return phone;
}

export function requirePercent(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 100) {
    throw new DomainError('EXTENT_INVALID', field, `${field} must be a whole percentage from 1 to 100, got ${value}`);
  }
  return value;
}

/** The canonical form of an organisation, with errors naming the command's field. */
export function requireOrganisation(value: string, field: string): Organisation {
  return renamed(field, () => Organisation.parse(value));
}

export function requireKommun(value: string, field: string): string {
  return renamed(field, () => Kommunkod.parse(value)).code;
}

export function renamed<T>(field: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.code, field, error.message);
    throw error;
  }
}

/** A personal field a rule needs, refused once the person's data is erased: the rule cannot be judged without it. */
export function requireNotErased<T>(value: Erasable<T>, field: string): T {
  if (value === null) {
    throw new DomainError('PERSONAL_DATA_ERASED', field, `${field} was erased with the person's data`);
  }
  return value;
}
