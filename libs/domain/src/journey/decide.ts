import { BENEFIT_WRITE_POLICY } from './benefit/benefit-commands';
import { decideBenefit } from './benefit/decide-benefit';
import { CONSENT_WRITE_POLICY } from './consent/consent-commands';
import { decideConsent } from './consent/decide-consent';
import { CONTACT_PERSON_WRITE_POLICY } from './contact-person/contact-person-commands';
import { decideContactPerson } from './contact-person/decide-contact-person';
import { erasePersonalData } from './erasure/decide-erasure';
import { ERASURE_WRITE_POLICY } from './erasure/erasure-commands';
import { decideInsats } from './insats/decide-insats';
import { INSATS_WRITE_POLICY } from './insats/insats-commands';
import { decideJobSeeking } from './job-seeking/decide-job-seeking';
import { JOB_SEEKING_WRITE_POLICY } from './job-seeking/job-seeking-commands';
import type { JourneyCommand, JourneyCommandOfType, JourneyCommandType } from './journey-command';
import type { JourneyEvent } from './journey-event';
import { decideLotsning } from './lotsning/decide-lotsning';
import { LOTSNING_WRITE_POLICY } from './lotsning/lotsning-commands';
import { decideMeeting } from './meeting/decide-meeting';
import { MEETING_WRITE_POLICY } from './meeting/meeting-commands';
import { decideOpening } from './opening/decide-opening';
import { OPENING_WRITE_POLICY } from './opening/opening-commands';
import { decideOutcome } from './outcome/decide-outcome';
import { OUTCOME_WRITE_POLICY } from './outcome/outcome-commands';
import { decidePlan } from './plan/decide-plan';
import { PLAN_WRITE_POLICY } from './plan/plan-commands';
import { decideRepresentation } from './representation/decide-representation';
import { REPRESENTATION_WRITE_POLICY } from './representation/representation-commands';
import { onActiveJourney, type DecideTopic } from './shared/active-journey';
import { decisionContext } from './shared/decision-context';
import type { JourneyState } from './shared/journey-state';
import type { WriteRule } from '../access/write-rules';

/** The topic's decide for each of its command types, the types named by the topic's write policy. */
function routes<Type extends JourneyCommandType>(
  policy: { readonly [Key in Type]: WriteRule },
  decideTopic: DecideTopic<JourneyCommandOfType<NoInfer<Type>>>,
): { readonly [Key in Type]: DecideTopic<JourneyCommandOfType<Type>> } {
  return Object.fromEntries(Object.keys(policy).map((type) => [type, decideTopic])) as {
    readonly [Key in Type]: DecideTopic<JourneyCommandOfType<Type>>;
  };
}

/** Which topic decides each command type: a type no topic decides does not compile. */
const DECIDE_BY_TYPE: { readonly [Type in JourneyCommandType]: DecideTopic<JourneyCommandOfType<Type>> } = {
  ...routes(OPENING_WRITE_POLICY, decideOpening),
  ...routes(REPRESENTATION_WRITE_POLICY, onActiveJourney(decideRepresentation)),
  ...routes(CONSENT_WRITE_POLICY, onActiveJourney(decideConsent)),
  ...routes(ERASURE_WRITE_POLICY, onActiveJourney(erasePersonalData)),
  ...routes(BENEFIT_WRITE_POLICY, onActiveJourney(decideBenefit)),
  ...routes(LOTSNING_WRITE_POLICY, onActiveJourney(decideLotsning)),
  ...routes(MEETING_WRITE_POLICY, onActiveJourney(decideMeeting)),
  ...routes(JOB_SEEKING_WRITE_POLICY, onActiveJourney(decideJobSeeking)),
  ...routes(INSATS_WRITE_POLICY, onActiveJourney(decideInsats)),
  ...routes(CONTACT_PERSON_WRITE_POLICY, onActiveJourney(decideContactPerson)),
  ...routes(PLAN_WRITE_POLICY, onActiveJourney(decidePlan)),
  ...routes(OUTCOME_WRITE_POLICY, onActiveJourney(decideOutcome)),
};

/** The events a command leads to, or a DomainError naming the rule it breaks. Pure: `now` comes in the metadata. */
export function decide(command: JourneyCommand, state: JourneyState): JourneyEvent[] {
  const context = decisionContext(command);
  // The table pairs each type with the decide of the topic whose union holds it.
  const decideTopic = DECIDE_BY_TYPE[command.type] as DecideTopic<JourneyCommand>;
  return decideTopic(command, state, context);
}
