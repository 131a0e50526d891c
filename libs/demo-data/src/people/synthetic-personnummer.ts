import type { CalendarDate } from '@samsyn/domain';
import type { Gender } from '../county/orebro-county-table';
import type { SeededRandom } from '../random/seeded-random';

/**
 * Every demo personnummer takes its birth number (the three digits after the date) from 980–999: one fixed,
 * rarely used range, so a demo number is recognisable at a glance. Skatteverket's published test numbers
 * would guarantee that none is ever assigned to a real person; they are not available offline here.
 */
export const SYNTHETIC_BIRTH_NUMBERS = { first: 980, last: 999 } as const;

/** Hands out unique synthetic numbers: per birth date ten for women (even third digit) and ten for men (odd). */
export class SyntheticPersonnummerPool {
  private readonly taken = new Set<string>();

  /** `YYYYMMDD-NNNC`, or undefined when the day's ten numbers for that gender are all taken. */
  take(birth: CalendarDate, gender: Gender, random: SeededRandom): string | undefined {
    const candidates = birthNumbersFor(gender);
    const start = random.int(0, candidates.length - 1);
    for (let step = 0; step < candidates.length; step++) {
      const birthNumber = candidates[(start + step) % candidates.length];
      if (birthNumber === undefined) continue;
      const personnummer = personnummerOf(birth, birthNumber);
      if (!this.taken.has(personnummer)) {
        this.taken.add(personnummer);
        return personnummer;
      }
    }
    return undefined;
  }
}

/** The 12-digit form with a hyphen, its check digit by Luhn over the ten-digit form's first nine digits. */
export function personnummerOf(birth: CalendarDate, birthNumber: number): string {
  const date = birth.toString().replaceAll('-', '');
  const serial = String(birthNumber).padStart(3, '0');
  return `${date}-${serial}${luhnCheckDigit(date.slice(2) + serial)}`;
}

function birthNumbersFor(gender: Gender): number[] {
  const numbers: number[] = [];
  for (let n = SYNTHETIC_BIRTH_NUMBERS.first; n <= SYNTHETIC_BIRTH_NUMBERS.last; n++) {
    if ((n % 2 === 1) === (gender === 'man')) numbers.push(n);
  }
  return numbers;
}

function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits.charAt(i)) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}
