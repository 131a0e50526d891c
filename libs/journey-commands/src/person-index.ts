import type { SqlClient } from '@samsyn/event-store';
import type { PersonnummerIndexKey } from '@samsyn/personal-data';

export const PERSON_INDEX_SQL = `
create table if not exists samsyn_person_index (
  personnummer_hash text primary key,
  journey_id uuid not null unique
);`;

/** Finds a person's journey by personnummer through its keyed hash; the number itself is never stored. */
export class PersonIndex {
  private constructor(
    private readonly sql: SqlClient,
    private readonly indexKey: PersonnummerIndexKey,
  ) {}

  static async open(sql: SqlClient, indexKey: PersonnummerIndexKey): Promise<PersonIndex> {
    await sql.exec(PERSON_INDEX_SQL);
    return new PersonIndex(sql, indexKey);
  }

  /** Claims the personnummer for a journey; returns the journey that already holds it, if any. */
  async claim(canonicalPersonnummer: string, journeyId: string): Promise<string> {
    const hash = this.indexKey.hash(canonicalPersonnummer);
    await this.sql.query(
      'insert into samsyn_person_index (personnummer_hash, journey_id) values ($1, $2) on conflict do nothing',
      [hash, journeyId],
    );
    const holder = await this.find(canonicalPersonnummer);
    if (!holder) throw new Error('The person index lost a claim it just wrote');
    return holder;
  }

  /** Removes the journey's entry: after erasure the journey can no longer be found by personnummer. */
  async forget(journeyId: string): Promise<void> {
    await this.sql.query('delete from samsyn_person_index where journey_id = $1', [journeyId]);
  }

  async find(canonicalPersonnummer: string): Promise<string | undefined> {
    const [row] = await this.sql.query<{ journey_id: string }>(
      'select journey_id::text as journey_id from samsyn_person_index where personnummer_hash = $1',
      [this.indexKey.hash(canonicalPersonnummer)],
    );
    return row?.journey_id;
  }
}
