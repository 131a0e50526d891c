import type { BenefitEvent } from './benefit/benefit-events';
import type { ConsentEvent } from './consent/consent-events';
import type { ContactPersonEvent } from './contact-person/contact-person-events';
import type { ErasureEvent } from './erasure/erasure-events';
import type { InsatsEvent } from './insats/insats-events';
import type { JobSeekingEvent } from './job-seeking/job-seeking-events';
import type { LotsningEvent } from './lotsning/lotsning-events';
import type { MeetingEvent } from './meeting/meeting-events';
import type { OpeningEvent } from './opening/opening-events';
import type { OutcomeEvent } from './outcome/outcome-events';
import type { PlanEvent } from './plan/plan-events';
import type { RepresentationEvent } from './representation/representation-events';

/** Every event of a journey: one union per topic, each in the topic's own folder. */
export type JourneyEvent =
  | OpeningEvent
  | RepresentationEvent
  | ConsentEvent
  | ErasureEvent
  | BenefitEvent
  | LotsningEvent
  | MeetingEvent
  | JobSeekingEvent
  | InsatsEvent
  | ContactPersonEvent
  | PlanEvent
  | OutcomeEvent;

export type JourneyEventType = JourneyEvent['type'];

export type JourneyEventOfType<T extends JourneyEventType> = Extract<JourneyEvent, { type: T }>;
