import { randomBytes } from 'node:crypto';
import { open, seal } from './aes-gcm';
import type { MasterKey } from './master-key';

/** Where wrapped journey keys live: a table beside the events, never in them. */
export interface WrappedKeyTable {
  insert(journeyId: string, wrapped: Buffer): Promise<void>;
  find(journeyId: string): Promise<Buffer | undefined>;
  /** The wrapped keys of those journeys that have one, in one read. */
  findMany(journeyIds: readonly string[]): Promise<Map<string, Buffer>>;
  delete(journeyId: string): Promise<boolean>;
}

/**
 * One AES-256 data key per journey, stored only wrapped by the master key. Deleting it erases the
 * journey's personal data everywhere it was stored encrypted (crypto-shredding).
 */
export class JourneyKeyStore {
  private readonly wrappingKey: Buffer;

  constructor(
    masterKey: MasterKey,
    private readonly table: WrappedKeyTable,
  ) {
    this.wrappingKey = masterKey.derive('wrap-journey-keys');
  }

  async create(journeyId: string): Promise<Buffer> {
    const dataKey = randomBytes(32);
    await this.table.insert(journeyId, seal(this.wrappingKey, dataKey, `journey-key/${journeyId}`));
    return dataKey;
  }

  /** The journey's data key, or undefined once it has been erased (or never existed). */
  async find(journeyId: string): Promise<Buffer | undefined> {
    const wrapped = await this.table.find(journeyId);
    return wrapped && open(this.wrappingKey, wrapped, `journey-key/${journeyId}`);
  }

  /** The data keys of several journeys in one read; undefined for those erased (or never created). */
  async findMany(journeyIds: readonly string[]): Promise<Map<string, Buffer | undefined>> {
    const wrapped = await this.table.findMany(journeyIds);
    return new Map(
      journeyIds.map((journeyId) => {
        const found = wrapped.get(journeyId);
        return [journeyId, found && open(this.wrappingKey, found, `journey-key/${journeyId}`)];
      }),
    );
  }

  erase(journeyId: string): Promise<boolean> {
    return this.table.delete(journeyId);
  }
}
