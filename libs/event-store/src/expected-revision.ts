/**
 * What the writer expects of the stream before appending:
 * `any` – no check; `no_stream` – it must not exist; `stream_exists` – it must exist;
 * a number – its last event must have exactly this revision (0-based).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? `revision ${expected}` : expected;
}
