export type LegalGender = 'woman' | 'man';

/**
 * Legal gender as the personnummer (or samordningsnummer) records it: the second-to-last digit, odd
 * for a man, even for a woman. Undefined when the number is gone (erased).
 */
export function legalGenderOf(personnummer: string | null | undefined): LegalGender | undefined {
  const digits = personnummer?.replace(/\D/g, '');
  const digit = digits && digits.length >= 10 ? Number(digits[digits.length - 2]) : Number.NaN;
  if (Number.isNaN(digit)) return undefined;
  return digit % 2 === 1 ? 'man' : 'woman';
}
