import { DomainError } from '../domain-error';
import type { OrganisationRef } from '../journey/shared/domain-event';
import { Organisation } from '../value-objects/organisation';
import { isCaseworkerRoleOf, SPECIAL_ROLES, type AgencyKind, type SpecialRole } from './roles';

/** Whoever reads or writes: an organisation and a role, and for the person or a representative the journey they belong to. */
export interface Viewer {
  readonly organisation: OrganisationRef;
  readonly role: string;
  readonly journeyId?: string;
  readonly representativeId?: string;
}

export type ViewerKind =
  | { readonly kind: 'person'; readonly journeyId: string }
  | { readonly kind: 'representative'; readonly journeyId: string; readonly representativeId: string }
  | { readonly kind: 'statistician' }
  | { readonly kind: 'auditor' }
  | { readonly kind: 'privacy_officer'; readonly organisation: OrganisationRef }
  | { readonly kind: 'agency'; readonly organisation: OrganisationRef; readonly agencyKind: AgencyKind }
  | { readonly kind: 'unknown' };

/** Who the viewer is to the policy; a role the system does not know for that organisation is `unknown`. */
export function viewerKindOf(viewer: Viewer): ViewerKind {
  const { organisation, role, journeyId, representativeId } = viewer;
  if (organisation === 'PERSON') {
    if (journeyId === undefined) return { kind: 'unknown' };
    if (role === 'person') return { kind: 'person', journeyId };
    if (role === 'representative' && representativeId !== undefined)
      return { kind: 'representative', journeyId, representativeId };
    return { kind: 'unknown' };
  }
  const agencyKind = agencyKindOf(organisation);
  if (agencyKind === null) return { kind: 'unknown' };
  if (isSpecialRole(role)) return specialKind(role, organisation);
  if (isCaseworkerRoleOf(agencyKind, role)) return { kind: 'agency', organisation, agencyKind };
  return { kind: 'unknown' };
}

function specialKind(role: SpecialRole, organisation: OrganisationRef): ViewerKind {
  switch (role) {
    case 'statistician':
      return { kind: 'statistician' };
    case 'auditor':
      return { kind: 'auditor' };
    case 'privacy_officer':
      return { kind: 'privacy_officer', organisation };
  }
}

function isSpecialRole(role: string): role is SpecialRole {
  return (SPECIAL_ROLES as readonly string[]).includes(role);
}

/** The kind of an agency in canonical form; null for the person and for anything that is not an organisation. */
function agencyKindOf(organisation: OrganisationRef): AgencyKind | null {
  try {
    const parsed = Organisation.parse(organisation);
    if (parsed.kind === 'PERSON' || parsed.toString() !== organisation) return null;
    return parsed.kind;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}
