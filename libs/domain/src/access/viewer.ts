import { DomainError } from '../domain-error';
import type { OrganisationRef } from '../journey/events/domain-event';
import { Organisation } from '../value-objects/organisation';

/** Whoever reads: an organisation and a role, and for the person or a representative the journey they belong to. */
export interface Viewer {
  readonly organisation: OrganisationRef;
  readonly role: string;
  readonly journeyId?: string;
  readonly representativeId?: string;
}

/** The roles of agency staff who work with the person's case; any other role gets no agency access. */
export const CASEWORKER_ROLES = [
  'caseworker',
  'handlaggare',
  'forsakringsutredare',
  'arbetsformedlare',
  'bistandshandlaggare',
  'boendestodjare',
  'rehabiliteringskoordinator',
  'kurator',
  'coach',
  'personligt_ombud',
] as const;

export type ViewerKind =
  | { readonly kind: 'person'; readonly journeyId: string }
  | { readonly kind: 'representative'; readonly journeyId: string; readonly representativeId: string }
  | { readonly kind: 'statistician' }
  | { readonly kind: 'auditor' }
  | { readonly kind: 'agency'; readonly organisation: OrganisationRef }
  | { readonly kind: 'unknown' };

export function viewerKindOf(viewer: Viewer): ViewerKind {
  const { organisation, role, journeyId, representativeId } = viewer;
  if (role === 'statistician') return { kind: 'statistician' };
  if (role === 'auditor') return { kind: 'auditor' };
  if (organisation === 'PERSON' && journeyId !== undefined) {
    if (role === 'person') return { kind: 'person', journeyId };
    if (role === 'representative' && representativeId !== undefined) return { kind: 'representative', journeyId, representativeId };
  }
  if (isCaseworkerRole(role) && isAgency(organisation)) return { kind: 'agency', organisation };
  return { kind: 'unknown' };
}

function isCaseworkerRole(role: string): boolean {
  return (CASEWORKER_ROLES as readonly string[]).includes(role);
}

/** An agency is any organisation in canonical form other than the person. */
function isAgency(organisation: OrganisationRef): boolean {
  try {
    const parsed = Organisation.parse(organisation);
    return parsed.kind !== 'PERSON' && parsed.toString() === organisation;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}
