export {
  ACCESS_BASES,
  ACCESS_DENIAL_REASONS,
  type AccessBasis,
  type AccessDecision,
  type AccessDenialReason,
} from './access-decision';
export { viewerKindOf, type Viewer, type ViewerKind } from './viewer';
export {
  AGENCY_KINDS,
  CASEWORKER_ROLES,
  CASEWORKER_ROLES_BY_KIND,
  SPECIAL_ROLES,
  type AgencyKind,
  type SpecialRole,
} from './roles';
export {
  canWrite,
  organisationMayWrite,
  representativeMayWrite,
  requireWrite,
  WRITE_DENIAL_REASONS,
  WRITE_POLICY,
  type WriteAction,
  type WriteDecision,
  type WriteDenialReason,
  type WriteRequest,
  type WriteRule,
} from './write-policy';
export {
  accessFactsOf,
  NO_PARTICIPANTS,
  participantLookupOf,
  type EventAccessFacts,
  type ParticipantLookup,
} from './access-facts';
export {
  canSee,
  canSeeCategory,
  journeyAccessOf,
  type DataPart,
  type JourneyAccess,
  type OrganisationsInvolved,
} from './can-see';
export { canSeeBrief } from './can-see-brief';
export { visibleEvents, type AuthoredEvent, type EventWithAccess } from './visible-events';
