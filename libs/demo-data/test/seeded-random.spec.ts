import { SeededRandom } from '@samsyn/demo-data';

describe('SeededRandom', () => {
  it('draws the mulberry32 sequence, so a seed gives the same demo data on every machine and after every upgrade', () => {
    const random = new SeededRandom(1);
    const drawn = Array.from({ length: 4 }, () => random.next());
    expect(drawn).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741]);
  });

  it('gives each item a stream of its own that neighbouring items and seeds do not share', () => {
    const first = (seed: number, index: number) => SeededRandom.forItem(seed, index).next();
    expect(first(7, 0)).toBe(first(7, 0));
    expect(new Set([first(7, 0), first(7, 1), first(8, 0), first(8, 1)]).size).toBe(4);
  });

  it('keeps whole numbers within their bounds and reaches both ends', () => {
    const random = new SeededRandom(42);
    const drawn = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...drawn].sort()).toEqual([3, 4, 5, 6]);
    expect(() => random.int(5, 4)).toThrow(RangeError);
  });

  it('draws keys in proportion to their weights', () => {
    const random = new SeededRandom(3);
    const counts = { often: 0, seldom: 0 };
    for (let n = 0; n < 10_000; n++) counts[random.weighted({ often: 0.9, seldom: 0.1 })]++;
    expect(counts.seldom / 10_000).toBeCloseTo(0.1, 1);
  });

  it('picks distinct items', () => {
    const picked = new SeededRandom(5).pickSome(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
  });
});
