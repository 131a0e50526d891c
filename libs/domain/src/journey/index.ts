export * from './vocabulary';
export * from './shared/domain-event';
export * from './shared/domain-command';
export * from './shared/journey-state';
export * from './opening/opening-events';
export * from './opening/opening-commands';
export * from './representation/representation-events';
export * from './representation/representation-commands';
export * from './consent/consent-events';
export * from './consent/consent-commands';
export * from './erasure/erasure-events';
export * from './erasure/erasure-commands';
export * from './benefit/benefit-events';
export * from './benefit/benefit-commands';
export * from './lotsning/lotsning-events';
export * from './lotsning/lotsning-commands';
export * from './meeting/meeting-events';
export * from './meeting/meeting-commands';
export * from './job-seeking/job-seeking-events';
export * from './job-seeking/job-seeking-commands';
export * from './insats/insats-events';
export * from './insats/insats-commands';
export * from './contact-person/contact-person-events';
export * from './contact-person/contact-person-commands';
export * from './plan/plan-events';
export * from './plan/plan-commands';
export * from './outcome/outcome-events';
export * from './outcome/outcome-commands';
export * from './journey-event';
export * from './journey-command';
export type { EventFacts, EventFactsTable, TimelineLabel } from './shared/event-facts';
export { healthWhenRegion, LOTSNING_OWNER } from './shared/event-facts';
export {
  categoryOf,
  EVENT_FACTS,
  JOURNEY_EVENT_TYPES,
  PERSONAL_FIELDS,
  timelineLabelOf,
  type PersonalFieldPaths,
} from './event-facts';
export { decide } from './decide';
export { evolve } from './evolve';
export { consentCovers, consentIsValidOn } from './shared/consent-coverage';
export { COMMAND_AUTHORS } from './command-authors';
export {
  MAX_LIST_ITEMS,
  MAX_SPECIAL_COMPENSATION_SEK,
  MIN_FAILED_CONTACT_ATTEMPTS_TO_CLOSE_LOTSNING,
  TEXT_LIMITS,
} from './shared/limits';
