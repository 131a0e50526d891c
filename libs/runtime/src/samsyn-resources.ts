import { AuditTrail, ensureAuditTable } from '@samsyn/audit';
import { KurrentDbEventStore, SqlEventStore, type EventStore, type SqlClient } from '@samsyn/event-store';
import { JourneyCommandService, PersonIndex } from '@samsyn/journey-commands';
import { JourneyKeyStore, PersonnummerIndexKey, SqlWrappedKeyTable, type MasterKey } from '@samsyn/personal-data';
import { openSqlClient } from './open-sql-client';
import type { StoreConfig } from './store-config';

/** What every Samsyn app shares in one process: opened once, handed to each app, closed once. */
export interface SamsynResources {
  readonly store: EventStore;
  readonly sql: SqlClient;
  readonly keys: JourneyKeyStore;
  readonly personIndex: PersonIndex;
  readonly journeyCommands: JourneyCommandService;
  readonly audit: AuditTrail;
  close(): Promise<void>;
}

export async function openSamsynResources(config: StoreConfig, masterKey: MasterKey): Promise<SamsynResources> {
  const sql = await openSqlClient(config);
  try {
    const sqlStore = await SqlEventStore.open(sql);
    const store: EventStore = config.kind === 'kurrentdb' ? KurrentDbEventStore.connect(config.url) : sqlStore;
    const keys = new JourneyKeyStore(masterKey, await SqlWrappedKeyTable.open(sql));
    const personIndex = await PersonIndex.open(sql, new PersonnummerIndexKey(masterKey));
    await ensureAuditTable(sql);
    return {
      store,
      sql,
      keys,
      personIndex,
      journeyCommands: new JourneyCommandService(store, keys, personIndex),
      audit: new AuditTrail(sql),
      async close() {
        if (store !== sqlStore) await store.close();
        await sqlStore.close();
      },
    };
  } catch (error) {
    await sql.close();
    throw error;
  }
}
