import { Personnummer } from '@samsyn/domain';
import { expectDomainError } from './expect-domain-error';

// Check digits below were computed with the Luhn algorithm over the 10-digit form.
const today = '2025-06-15';
const parse = (text: string, on = today) => Personnummer.parse(text, { today: on });

describe('Personnummer', () => {
  describe('given a valid number written in any accepted form', () => {
    it.each(['199001012385', '19900101-2385', '900101-2385', '9001012385'])(
      'when %s is parsed, then it has the canonical 12-digit form and the birth date',
      (text) => {
        const personnummer = parse(text);
        expect(personnummer.canonical).toBe('199001012385');
        expect(personnummer.toString()).toBe('199001012385');
        expect(JSON.stringify({ personnummer })).toBe('{"personnummer":"199001012385"}');
        expect(personnummer.birthDate).toBe('1990-01-01');
        expect(personnummer.isSamordningsnummer).toBe(false);
      },
    );

    it('when two forms of the same number are compared, then they are equal', () => {
      expect(parse('900101-2385').equals(parse('199001012385'))).toBe(true);
      expect(parse('900101-2385').equals(parse('121212-1212'))).toBe(false);
    });
  });

  describe('given the second-to-last digit', () => {
    it('when it is even, then the legal gender is woman', () => {
      expect(parse('900101-2385').legalGender).toBe('WOMAN');
    });

    it('when it is odd, then the legal gender is man', () => {
      expect(parse('121212-1212').legalGender).toBe('MAN');
    });
  });

  describe('given a 10-digit number, the century is inferred from today', () => {
    it.each([
      ['030820-3454', '2003-08-20', 21],
      ['960315-2340', '1996-03-15', 29],
      ['990715-1238', '1999-07-15', 25],
      ['000101-2384', '2000-01-01', 25],
      ['060701-1236', '2006-07-01', 18],
    ])("when a young adult's %s is parsed, then the birth date is %s (age %i)", (text, birthDate, age) => {
      const personnummer = parse(text);
      expect(personnummer.birthDate).toBe(birthDate);
      expect(personnummer.ageAt(today)).toBe(age);
    });

    it('when the date is today in this century, then the person was born today', () => {
      expect(parse('250615-1238').birthDate).toBe('2025-06-15');
    });

    it('when the date is tomorrow in this century, then the person was born 100 years earlier', () => {
      const personnummer = parse('250616-1237');
      expect(personnummer.birthDate).toBe('1925-06-16');
      expect(personnummer.ageAt(today)).toBe(99);
    });

    it("when the separator is '+', then the person is 100 or older", () => {
      expect(parse('121212-1212').birthDate).toBe('2012-12-12');
      expect(parse('121212+1212').birthDate).toBe('1912-12-12');
      expect(parse('121212+1212').canonical).toBe('191212121212');
      expect(parse('121212+1212').ageAt(today)).toBe(112);
    });

    it('when 29 February is read, then the century decides whether the date exists', () => {
      expect(parse('000229-1235').birthDate).toBe('2000-02-29');
      const error = expectDomainError(() => parse('000229+1235'), 'PERSONNUMMER_IMPOSSIBLE_DATE', 'personnummer');
      expect(error.message).toContain('1900-02-29');
    });
  });

  describe('given a samordningsnummer (day of birth + 60)', () => {
    it('when it is parsed, then it is flagged and the birth date has the real day', () => {
      const samordningsnummer = parse('900161-2382');
      expect(samordningsnummer.isSamordningsnummer).toBe(true);
      expect(samordningsnummer.birthDate).toBe('1990-01-01');
      expect(samordningsnummer.canonical).toBe('199001612382');
      expect(samordningsnummer.ageAt(today)).toBe(35);
    });

    it('when the day minus 60 does not exist, then the date is impossible', () => {
      const error = expectDomainError(() => parse('900291-2385'), 'PERSONNUMMER_IMPOSSIBLE_DATE', 'personnummer');
      expect(error.message).toContain('1990-02-31');
      expect(error.message).toContain('samordningsnummer day 91');
    });
  });

  describe('given a number that breaks a rule', () => {
    it('when the check digit is wrong, then it names the digit given and the one expected', () => {
      const error = expectDomainError(() => parse('900101-2384'), 'PERSONNUMMER_INVALID_CHECK_DIGIT', 'personnummer');
      expect(error.message).toContain('is 4');
      expect(error.message).toContain('is 5');
      expect(error.message).not.toContain('900101');
    });

    it('when the date is 31 February, then the date is impossible', () => {
      const error = expectDomainError(() => parse('19900231-2388'), 'PERSONNUMMER_IMPOSSIBLE_DATE', 'personnummer');
      expect(error.message).toContain('1990-02-31');
    });

    it.each(['900001-2386', '901301-2388', '900100-2386', '900160-2388'].map((text) => [text]))(
      'when the month or day is out of range (%s), then the date is impossible',
      (text) => {
        expectDomainError(() => parse(fixCheckDigit(text)), 'PERSONNUMMER_IMPOSSIBLE_DATE', 'personnummer');
      },
    );

    it('when a 12-digit birth date is after today, then it is refused as a future date', () => {
      const error = expectDomainError(() => parse('20300101-2388'), 'PERSONNUMMER_FUTURE_DATE', 'personnummer');
      expect(error.message).toContain('2030-01-01');
      expect(parse('20250615-1238').birthDate).toBe('2025-06-15');
      expectDomainError(() => parse('20250615-1238', '2025-06-14'), 'PERSONNUMMER_FUTURE_DATE', 'personnummer');
    });

    it.each([
      '',
      '900101-238',
      '90010-12385',
      '19900101-23855',
      '1990010123855',
      '900101–2385',
      '900101 2385',
      'ABCDEF-2385',
      ' 9001012385',
    ])("when the text '%s' has the wrong length or shape, then the format is refused", (text) => {
      expectDomainError(() => parse(text), 'PERSONNUMMER_INVALID_FORMAT', 'personnummer');
    });

    it("when a 12-digit number has the '+' separator, then the format is refused", () => {
      const error = expectDomainError(() => parse('19900101+2385'), 'PERSONNUMMER_INVALID_FORMAT', 'personnummer');
      expect(error.message).toContain("'+'");
    });

    it('when today is not a date, then today is named as the fault', () => {
      expectDomainError(() => parse('900101-2385', '2025-02-30'), 'INVALID_DATE', 'today');
    });
  });

  describe('given a person born 1990-01-01', () => {
    const personnummer = parse('900101-2385');

    it('when the age is asked the day before and on the birthday, then it turns on the birthday', () => {
      expect(personnummer.ageAt('2019-12-31')).toBe(29);
      expect(personnummer.ageAt('2020-01-01')).toBe(30);
      expect(personnummer.ageAt('1990-01-01')).toBe(0);
    });

    it('when the age is asked before the birth, then the date is refused', () => {
      expectDomainError(() => personnummer.ageAt('1989-12-31'), 'DATE_BEFORE_BIRTH', 'at');
    });
  });
});

/** Replaces the last digit with the right Luhn digit, so only the date is wrong. */
function fixCheckDigit(text: string): string {
  const digits = text.replace('-', '').slice(0, 9);
  let sum = 0;
  [...digits].forEach((character, index) => {
    const weighted = Number(character) * (index % 2 === 0 ? 2 : 1);
    sum += weighted > 9 ? weighted - 9 : weighted;
  });
  return `${text.slice(0, -1)}${(10 - (sum % 10)) % 10}`;
}
