import { CalendarDate, type IsoDate } from '@samsyn/domain';

const date = (text: IsoDate) => CalendarDate.parse(text, 'date');

export const addMonths = (day: IsoDate, months: number): IsoDate => date(day).addMonths(months).toString();

export const addYears = (day: IsoDate, years: number): IsoDate => addMonths(day, years * 12);

export const addDays = (day: IsoDate, days: number): IsoDate => date(day).addDays(days).toString();

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export const daysBetween = (from: IsoDate, to: IsoDate): number => date(from).daysUntil(date(to));
