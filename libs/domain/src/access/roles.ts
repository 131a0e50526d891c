import type { OrganisationKind } from '../value-objects/organisation';

export type AgencyKind = Exclude<OrganisationKind, 'PERSON'>;

export const AGENCY_KINDS: readonly AgencyKind[] = ['FK', 'AF', 'KOMMUN', 'REGION', 'SAMORDNINGSFORBUND', 'PROVIDER'];

const EVERY_AGENCY = ['caseworker', 'handlaggare'] as const;

/**
 * The roles of staff who work with the person's case, by the kind of organisation that employs them. A role
 * outside its organisation's list (a `coach` at FK, a `janitor` anywhere) is not a role the system knows.
 */
export const CASEWORKER_ROLES_BY_KIND: { readonly [Kind in AgencyKind]: readonly string[] } = {
  FK: [...EVERY_AGENCY, 'forsakringsutredare'],
  AF: [...EVERY_AGENCY, 'arbetsformedlare'],
  KOMMUN: [...EVERY_AGENCY, 'bistandshandlaggare', 'boendestodjare', 'personligt_ombud', 'kurator'],
  REGION: [...EVERY_AGENCY, 'rehabiliteringskoordinator', 'kurator'],
  SAMORDNINGSFORBUND: [...EVERY_AGENCY, 'coach'],
  PROVIDER: [...EVERY_AGENCY, 'coach'],
};

export const CASEWORKER_ROLES: readonly string[] = [...new Set(Object.values(CASEWORKER_ROLES_BY_KIND).flat())];

/** Roles any agency may hold that do not work with cases: each has one narrow use. */
export const SPECIAL_ROLES = ['privacy_officer', 'statistician', 'auditor'] as const;
export type SpecialRole = (typeof SPECIAL_ROLES)[number];

export function isCaseworkerRoleOf(kind: AgencyKind, role: string): boolean {
  return CASEWORKER_ROLES_BY_KIND[kind].includes(role);
}
