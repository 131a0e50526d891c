import { BENEFIT_EVENT_FACTS } from './benefit/benefit-events';
import { evolveBenefit } from './benefit/evolve-benefit';
import { CONSENT_EVENT_FACTS } from './consent/consent-events';
import { evolveConsent } from './consent/evolve-consent';
import { CONTACT_PERSON_EVENT_FACTS } from './contact-person/contact-person-events';
import { evolveContactPerson } from './contact-person/evolve-contact-person';
import { ERASURE_EVENT_FACTS } from './erasure/erasure-events';
import { evolveErasure } from './erasure/evolve-erasure';
import { evolveInsats } from './insats/evolve-insats';
import { INSATS_EVENT_FACTS } from './insats/insats-events';
import { evolveJobSeeking } from './job-seeking/evolve-job-seeking';
import { JOB_SEEKING_EVENT_FACTS } from './job-seeking/job-seeking-events';
import type { JourneyEvent, JourneyEventOfType, JourneyEventType } from './journey-event';
import { evolveLotsning } from './lotsning/evolve-lotsning';
import { LOTSNING_EVENT_FACTS } from './lotsning/lotsning-events';
import { evolveMeeting } from './meeting/evolve-meeting';
import { MEETING_EVENT_FACTS } from './meeting/meeting-events';
import { evolveOpening } from './opening/evolve-opening';
import { OPENING_EVENT_FACTS } from './opening/opening-events';
import { evolveOutcome } from './outcome/evolve-outcome';
import { OUTCOME_EVENT_FACTS } from './outcome/outcome-events';
import { evolvePlan } from './plan/evolve-plan';
import { PLAN_EVENT_FACTS } from './plan/plan-events';
import { evolveRepresentation } from './representation/evolve-representation';
import { REPRESENTATION_EVENT_FACTS } from './representation/representation-events';
import { whenActive, type EvolveTopic } from './shared/active-journey';
import type { JourneyState } from './shared/journey-state';

/** The topic's evolve for each of its event types, the types named by the topic's facts. */
function routes<Type extends JourneyEventType>(
  facts: { readonly [Key in Type]: unknown },
  evolveTopic: EvolveTopic<JourneyEventOfType<NoInfer<Type>>>,
): { readonly [Key in Type]: EvolveTopic<JourneyEventOfType<Type>> } {
  return Object.fromEntries(Object.keys(facts).map((type) => [type, evolveTopic])) as {
    readonly [Key in Type]: EvolveTopic<JourneyEventOfType<Type>>;
  };
}

/** Which topic folds each event type: a type no topic folds does not compile. */
const EVOLVE_BY_TYPE: { readonly [Type in JourneyEventType]: EvolveTopic<JourneyEventOfType<Type>> } = {
  ...routes(OPENING_EVENT_FACTS, evolveOpening),
  ...routes(REPRESENTATION_EVENT_FACTS, whenActive(evolveRepresentation)),
  ...routes(CONSENT_EVENT_FACTS, whenActive(evolveConsent)),
  ...routes(ERASURE_EVENT_FACTS, whenActive(evolveErasure)),
  ...routes(BENEFIT_EVENT_FACTS, whenActive(evolveBenefit)),
  ...routes(LOTSNING_EVENT_FACTS, whenActive(evolveLotsning)),
  ...routes(MEETING_EVENT_FACTS, whenActive(evolveMeeting)),
  ...routes(JOB_SEEKING_EVENT_FACTS, whenActive(evolveJobSeeking)),
  ...routes(INSATS_EVENT_FACTS, whenActive(evolveInsats)),
  ...routes(CONTACT_PERSON_EVENT_FACTS, whenActive(evolveContactPerson)),
  ...routes(PLAN_EVENT_FACTS, whenActive(evolvePlan)),
  ...routes(OUTCOME_EVENT_FACTS, whenActive(evolveOutcome)),
};

/** Folds one event into the journey: only JourneyOpened changes a journey that is not opened. */
export function evolve(state: JourneyState, event: JourneyEvent): JourneyState {
  // The table pairs each type with the evolve of the topic whose union holds it.
  const evolveTopic = EVOLVE_BY_TYPE[event.type] as EvolveTopic<JourneyEvent>;
  return evolveTopic(state, event);
}
