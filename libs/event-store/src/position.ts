/**
 * A place in the global order of all events (`$all`). Ordered by `commit`, then `prepare`,
 * the same shape KurrentDB uses. On PostgreSQL and PGlite `commit` is the writing transaction's
 * id (xid8) and `prepare` the event's sequence number: ordering by transaction first is what
 * lets a reader hand out only events no running transaction can still slip in before.
 */
export interface Position {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const START: Position = Object.freeze({ commit: 0n, prepare: 0n });

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** `commit/prepare`, the form a position takes in checkpoints, logs and APIs. */
export function formatPosition(position: Position): string {
  return `${position.commit}/${position.prepare}`;
}

export function parsePosition(text: string): Position {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match?.[1] || !match[2]) throw new RangeError(`Not a position (expected "commit/prepare"): ${text}`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
