import { createHmac } from 'node:crypto';
import type { MasterKey } from './master-key';

/**
 * The keyed hash under which a personnummer is looked up: without the master key the index
 * reveals nothing, not even by trying all ~10^8 valid numbers of a birth year.
 */
export class PersonnummerIndexKey {
  private readonly key: Buffer;

  constructor(masterKey: MasterKey) {
    this.key = masterKey.derive('personnummer-index');
  }

  /** `canonical` is the 12-digit form, so every way of writing one number hashes alike. */
  hash(canonical: string): string {
    return createHmac('sha256', this.key).update(canonical, 'utf8').digest('hex');
  }
}
