import { Grade } from '@samsyn/domain';
import { expectDomainError } from './expect-domain-error';

describe('Grade', () => {
  describe('given the four steps', () => {
    it.each([
      ['QUARTER', '1/4', 0.25],
      ['HALF', '1/2', 0.5],
      ['THREE_QUARTERS', '3/4', 0.75],
      ['FULL', '1/1', 1],
    ] as const)('when %s or %s is parsed, then it is the same grade with share %d', (name, fraction, share) => {
      const byName = Grade.parse(name);
      expect(Grade.parse(fraction)).toBe(byName);
      expect(byName.name).toBe(name);
      expect(byName.fraction).toBe(fraction);
      expect(byName.share).toBe(share);
      expect(byName.toString()).toBe(name);
      expect(JSON.stringify(byName)).toBe(`"${name}"`);
    });

    it('when listed, then there are exactly four, in rising order', () => {
      expect(Grade.ALL.map((grade) => grade.name)).toEqual(['QUARTER', 'HALF', 'THREE_QUARTERS', 'FULL']);
      expect(Grade.parse('HALF').equals(Grade.HALF)).toBe(true);
      expect(Grade.HALF.equals(Grade.FULL)).toBe(false);
    });
  });

  describe('given anything else', () => {
    it.each(['', 'quarter', 'Half', 'NONE', '0', '1', '2/4', '1/3', '4/4', '0/1', ' 1/4'])(
      "when '%s' is parsed, then it is refused and the accepted grades are named",
      (text) => {
        const error = expectDomainError(() => Grade.parse(text), 'GRADE_UNKNOWN', 'grade');
        expect(error.message).toContain('THREE_QUARTERS (3/4)');
      },
    );
  });
});
