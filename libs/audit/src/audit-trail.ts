import type { DataCategory } from '@samsyn/domain';
import { perTurnLoader, type SqlClient } from '@samsyn/event-store';

export interface Reader {
  subject: string;
  organisation: string;
  role: string;
  purpose: string;
}

export type AuditOutcome = 'read' | 'refused' | 'erased';

export interface AuditRecord {
  reader: Reader;
  /** The GraphQL field or query that read, e.g. `Person.timeline`. */
  action: string;
  outcome: AuditOutcome;
  journeyIds: readonly string[];
  categories: readonly DataCategory[];
  reason?: string;
}

export interface AuditEntry {
  at: string;
  /** Null for a report: counts over many people. */
  journeyId: string | null;
  subject: string;
  organisation: string;
  role: string;
  purpose: string;
  action: string;
  outcome: AuditOutcome;
  categories: DataCategory[];
  reason: string | null;
}

export interface AuditFilter {
  journeyId?: string;
  organisation?: string;
  subject?: string;
  from?: string;
  to?: string;
  limit: number;
}

const COLUMNS = `to_json(at)#>>'{}' as at, journey_id as "journeyId", subject, organisation, role, purpose, action, outcome,
  categories, reason`;

/** Records every read of a person's data, committed before the data is returned, and answers who looked. */
export class AuditTrail {
  constructor(private readonly sql: SqlClient) {}

  /**
   * One row per journey; the caller awaits it before answering. The records of one turn of the event loop (every
   * field of a federated list asks at once) go in one statement, and each promise resolves once it has committed.
   */
  async record(record: AuditRecord): Promise<void> {
    if (record.journeyIds.length === 0) return;
    await this.batches.load(record);
  }

  private readonly batches = perTurnLoader<AuditRecord, void>(async (records) => {
    await this.insert(records);
    return records.map(() => undefined);
  });

  private async insert(records: readonly AuditRecord[]): Promise<void> {
    const rows = records.flatMap(({ reader, action, outcome, journeyIds, categories, reason }) =>
      [...new Set(journeyIds)].map((journeyId) => ({
        journey_id: journeyId,
        subject: reader.subject,
        organisation: reader.organisation,
        role: reader.role,
        purpose: reader.purpose,
        action,
        outcome,
        categories: [...new Set(categories)].sort(),
        reason: reason ?? null,
      })),
    );
    await this.sql.query(
      `insert into samsyn_audit (journey_id, subject, organisation, role, purpose, action, outcome, categories, reason)
       select journey_id, subject, organisation, role, purpose, action, outcome, categories, reason
       from json_populate_recordset(null::samsyn_audit, $1::json)`,
      [JSON.stringify(rows)],
    );
  }

  /** A write the policy refused: nothing was written; `journeyId` is null when the write would have opened a journey. */
  async recordRefusedWrite(reader: Reader, action: string, journeyId: string | null, reason: string): Promise<void> {
    await this.sql.query(
      `insert into samsyn_audit (journey_id, subject, organisation, role, purpose, action, outcome, categories, reason)
       values ($1, $2, $3, $4, $5, $6, 'refused', '{}', $7)`,
      [journeyId, reader.subject, reader.organisation, reader.role, reader.purpose, action, reason],
    );
  }

  /** One row for a report read (aggregates over many people): `reason` says which view, e.g. `exact counts`. */
  async recordReport(
    reader: Reader,
    action: string,
    categories: readonly DataCategory[],
    reason: string,
  ): Promise<void> {
    await this.sql.query(
      `insert into samsyn_audit (journey_id, subject, organisation, role, purpose, action, outcome, categories, reason)
       values (null, $1, $2, $3, $4, $5, 'read', $6, $7)`,
      [
        reader.subject,
        reader.organisation,
        reader.role,
        reader.purpose,
        action,
        [...new Set(categories)].sort(),
        reason,
      ],
    );
  }

  find(filter: AuditFilter): Promise<AuditEntry[]> {
    return this.sql.query<AuditEntry>(
      `select ${COLUMNS} from samsyn_audit
       where ($1::uuid is null or journey_id = $1) and ($2::text is null or organisation = $2) and ($3::text is null or subject = $3)
         and ($4::timestamptz is null or at >= $4) and ($5::timestamptz is null or at <= $5)
       order by at desc, id desc limit $6`,
      [
        filter.journeyId ?? null,
        filter.organisation ?? null,
        filter.subject ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.limit,
      ],
    );
  }
}
