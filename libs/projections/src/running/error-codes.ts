/** Serialization failure and deadlock: a swap may meet another runner's batch; trying again resolves them. */
const TRANSIENT_SQL_CODES = new Set(['40001', '40P01']);

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

export function isTransient(error: unknown): boolean {
  return TRANSIENT_SQL_CODES.has(codeOf(error) ?? '');
}

/** An error's code, or its name: never its message, which may quote data. */
export function describeError(error: unknown): string {
  return codeOf(error) ?? (error instanceof Error ? error.name : 'unknown error');
}
