export { ACCESS_BASES, ACCESS_DENIAL_REASONS, type AccessBasis, type AccessDecision, type AccessDenialReason } from './access-decision';
export { CASEWORKER_ROLES, viewerKindOf, type Viewer, type ViewerKind } from './viewer';
export {
  accessFactsOf,
  NO_PARTICIPANTS,
  participantLookupOf,
  type EventAccessFacts,
  type ParticipantLookup,
} from './access-facts';
export { canSee, canSeeCategory, journeyAccessOf, type JourneyAccess, type OrganisationsInvolved } from './can-see';
export { canSeeBrief } from './can-see-brief';
export { visibleEvents, type AuthoredEvent, type EventWithAccess } from './visible-events';
