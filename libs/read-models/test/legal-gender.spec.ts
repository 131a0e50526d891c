import { legalGenderOf } from '../src';

describe('legal gender from the personnummer', () => {
  it.each([
    ['20030820-3454', 'man'],
    ['20030820-3462', 'woman'],
    ['200308203454', 'man'],
    ['030820-3462', 'woman'],
    ['20030880-3454', 'man'],
  ])('%s is a %s (second-to-last digit)', (personnummer, gender) => {
    expect(legalGenderOf(personnummer)).toBe(gender);
  });

  it('is unknown once the number is erased', () => {
    expect(legalGenderOf(null)).toBeUndefined();
    expect(legalGenderOf(undefined)).toBeUndefined();
    expect(legalGenderOf('')).toBeUndefined();
  });
});
