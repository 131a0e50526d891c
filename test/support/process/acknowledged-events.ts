import type { SqlClient } from '@samsyn/event-store';
import { journeyStreamId } from '@samsyn/journey-commands';
import type { Acknowledged } from './command-stream';

/** The acknowledged events not in the store: each receipt's events must stand at the revisions it named, with its types. */
export async function missingAcknowledgedEvents(
  sql: SqlClient,
  acknowledged: readonly Acknowledged[],
): Promise<string[]> {
  const rows = await sql.query<{ stream_id: string; stream_revision: string; type: string }>(
    `select stream_id, stream_revision::text, type from samsyn_events where stream_id = any($1::text[])`,
    [[...new Set(acknowledged.map((receipt) => journeyStreamId(receipt.journeyId)))]],
  );
  const stored = new Map(rows.map((row) => [`${row.stream_id}@${row.stream_revision}`, row.type]));
  const missing: string[] = [];
  for (const receipt of acknowledged) {
    receipt.events.forEach((type, index) => {
      const key = `${journeyStreamId(receipt.journeyId)}@${receipt.revision - receipt.events.length + 1 + index}`;
      if (stored.get(key) !== type) missing.push(`${key} ${type}`);
    });
  }
  return missing;
}
