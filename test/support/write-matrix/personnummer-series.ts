/**
 * Valid personnummer, a new one on every call: born on consecutive days from 2001-01-01 (aged 19 to 22 in 2023, so a
 * decision period of 2023–2024 is within the age limits), the Luhn check digit computed here.
 */
export function personnummerSeries(): () => string {
  let next = 0;
  return () => {
    const n = next++;
    const born = new Date(Date.UTC(2001, 0, 1) + (n % 1000) * 86_400_000);
    const serial = String(200 + Math.floor(n / 1000)).padStart(3, '0');
    const yymmdd = born.toISOString().slice(2, 10).replaceAll('-', '');
    const digits = `${yymmdd}${serial}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
      sum += Math.floor(product / 10) + (product % 10);
    }
    return `20${yymmdd}-${serial}${(10 - (sum % 10)) % 10}`;
  };
}
