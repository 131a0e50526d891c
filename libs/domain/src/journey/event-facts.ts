import { BENEFIT_EVENT_FACTS } from './benefit/benefit-events';
import { CONSENT_EVENT_FACTS } from './consent/consent-events';
import { CONTACT_PERSON_EVENT_FACTS } from './contact-person/contact-person-events';
import { ERASURE_EVENT_FACTS } from './erasure/erasure-events';
import { INSATS_EVENT_FACTS } from './insats/insats-events';
import { JOB_SEEKING_EVENT_FACTS } from './job-seeking/job-seeking-events';
import type { JourneyEvent, JourneyEventOfType, JourneyEventType } from './journey-event';
import { LOTSNING_EVENT_FACTS } from './lotsning/lotsning-events';
import { MEETING_EVENT_FACTS } from './meeting/meeting-events';
import { OPENING_EVENT_FACTS } from './opening/opening-events';
import { OUTCOME_EVENT_FACTS } from './outcome/outcome-events';
import { PLAN_EVENT_FACTS } from './plan/plan-events';
import { REPRESENTATION_EVENT_FACTS } from './representation/representation-events';
import type { EventFacts, EventFactsTable, PersonalFieldPath, TimelineLabel } from './shared/event-facts';
import type { DataCategory } from './vocabulary';

/** The facts of every event type, each row kept beside its event in the topic's folder. */
export const EVENT_FACTS: EventFactsTable<JourneyEvent> = {
  ...OPENING_EVENT_FACTS,
  ...REPRESENTATION_EVENT_FACTS,
  ...CONSENT_EVENT_FACTS,
  ...ERASURE_EVENT_FACTS,
  ...BENEFIT_EVENT_FACTS,
  ...LOTSNING_EVENT_FACTS,
  ...MEETING_EVENT_FACTS,
  ...JOB_SEEKING_EVENT_FACTS,
  ...INSATS_EVENT_FACTS,
  ...CONTACT_PERSON_EVENT_FACTS,
  ...PLAN_EVENT_FACTS,
  ...OUTCOME_EVENT_FACTS,
};

/** Every event type, in the order of the facts. */
export const JOURNEY_EVENT_TYPES = Object.keys(EVENT_FACTS) as readonly JourneyEventType[];

/** The row of the event's own type; the table pairs each type with facts about that type only. */
export function factsOf(event: JourneyEvent): EventFacts<JourneyEvent> {
  return EVENT_FACTS[event.type] as EventFacts<JourneyEvent>;
}

export function categoryOf(event: JourneyEvent): DataCategory {
  const { category } = factsOf(event);
  return typeof category === 'function' ? category(event) : category;
}

export type PersonalFieldPaths = {
  readonly [Type in JourneyEventType]: readonly PersonalFieldPath<JourneyEventOfType<Type>['data']>[];
};

/**
 * Per event type, the data fields that are personal data (personnummer, names, phone numbers, free text).
 * The application layer seals each named value whole, lists and objects included, with the journey's key.
 */
export const PERSONAL_FIELDS = Object.fromEntries(
  JOURNEY_EVENT_TYPES.map((type) => [type, EVENT_FACTS[type].personalFields]),
) as PersonalFieldPaths;

/** What the event means, in a line a person or a caseworker reads without knowing the event names. */
export function timelineLabelOf(type: JourneyEventType): TimelineLabel {
  return EVENT_FACTS[type].timeline;
}
