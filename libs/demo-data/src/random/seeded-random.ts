/**
 * A small seeded generator (mulberry32, 32-bit state) with the few draws the demo data needs.
 *
 * Hand-written rather than taken from npm (pure-rand 8.4.2 is well kept; seedrandom 3.0.5 has not been
 * released since 2019) because the demo set is promised byte-identical for a seed: a library's major version
 * may change its generators or distributions, and then a routine upgrade would silently change every demo
 * journey. Ten lines pinned by a test vector cannot drift. Not for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /**
   * A generator of its own for item `index`, so one person's draws never shift another's; `attempt` (from 1) gives
   * the item further streams of its own, for a story told again.
   */
  static forItem(seed: number, index: number, attempt = 0): SeededRandom {
    const item = (seed >>> 0) ^ mix32(index + 0x9e3779b9);
    return new SeededRandom(mix32(attempt === 0 ? item : item ^ mix32(Math.imul(attempt, 0x2545f491) + 0x7f4a7c15)));
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min)
      throw new RangeError(`No whole number from ${min} to ${max}`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new RangeError('Cannot pick from an empty list');
    return item;
  }

  /** `count` different items, in the order drawn. */
  pickSome<T>(items: readonly T[], count: number): T[] {
    const remaining = [...items];
    const picked: T[] = [];
    while (picked.length < count && remaining.length > 0)
      picked.push(...remaining.splice(this.int(0, remaining.length - 1), 1));
    return picked;
  }

  /** One key, drawn in proportion to its weight; weights need not add up to 1. */
  weighted<Key extends string>(weights: Readonly<Record<Key, number>>): Key {
    const entries = Object.entries(weights) as [Key, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [key, weight] of entries) {
      point -= weight;
      if (point < 0) return key;
    }
    const last = entries.at(-1);
    if (!last) throw new RangeError('Cannot draw from no weights');
    return last[0];
  }
}

/** A 32-bit integer hash (the finaliser of MurmurHash3), to spread nearby seeds apart. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
