import type { DomainCommand } from '../shared/domain-command';
import type { WritePolicyTable } from '../../access/write-rules';

/** Erases the person's personal data (on their request, or a privacy officer's acting on it); carries no data. */
export type ErasePersonalData = DomainCommand<'ErasePersonalData', Record<string, never>>;

export type ErasureCommand = ErasePersonalData;

export const ERASURE_WRITE_POLICY = {
  // The person's right; a privacy officer acts on their request. Not a caseworker's, and not a representative's.
  ErasePersonalData: { agencies: [], person: 'person_only', privacyOfficer: true },
} satisfies WritePolicyTable<ErasureCommand>;
