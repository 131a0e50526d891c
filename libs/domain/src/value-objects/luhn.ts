/** The Luhn (mod 10) check digit for a string of decimal digits. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let fromRight = 0; fromRight < payload.length; fromRight++) {
    const digit = payload.charCodeAt(payload.length - 1 - fromRight) - 48;
    const weighted = fromRight % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}
