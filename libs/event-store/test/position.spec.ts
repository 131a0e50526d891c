import { comparePositions, formatPosition, parsePosition, START } from '../src';

describe('position', () => {
  it('orders by commit, then prepare', () => {
    expect(comparePositions({ commit: 1n, prepare: 9n }, { commit: 2n, prepare: 0n })).toBe(-1);
    expect(comparePositions({ commit: 2n, prepare: 1n }, { commit: 2n, prepare: 0n })).toBe(1);
    expect(comparePositions({ commit: 2n, prepare: 1n }, { commit: 2n, prepare: 1n })).toBe(0);
    expect(comparePositions(START, { commit: 0n, prepare: 1n })).toBe(-1);
  });

  it('round-trips through its text form and refuses anything else', () => {
    const position = { commit: 18446744073709551000n, prepare: 42n };
    expect(parsePosition(formatPosition(position))).toEqual(position);
    expect(() => parsePosition('12')).toThrow(RangeError);
    expect(() => parsePosition('-1/2')).toThrow(RangeError);
  });
});
