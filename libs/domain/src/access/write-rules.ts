import { AGENCY_KINDS, type AgencyKind } from './roles';

export interface WriteRule {
  /** The kinds of organisation whose caseworkers may send it. */
  readonly agencies: readonly AgencyKind[];
  /** Whether the person (and, unless `personOnly`, an appointed representative) may send it for their own journey. */
  readonly person: 'no' | 'person_and_representative' | 'person_only';
  /** Whether a privacy officer (at any agency) may send it: erasure only. */
  readonly privacyOfficer?: true;
}

/** One rule per command type of a topic: a missing or an extra type does not compile. */
export type WritePolicyTable<Command extends { readonly type: string }> = {
  readonly [Type in Command['type']]: WriteRule;
};

export const agencies = (...kinds: AgencyKind[]): WriteRule => ({ agencies: kinds, person: 'no' });
export const EVERY_AGENCY: WriteRule = { agencies: AGENCY_KINDS, person: 'no' };
export const EVERY_AGENCY_AND_PERSON: WriteRule = { agencies: AGENCY_KINDS, person: 'person_and_representative' };
export const PERSON_AND_REPRESENTATIVE: WriteRule = { agencies: [], person: 'person_and_representative' };
