import { DomainError } from '../../domain-error';
import { assertNever } from '../assert-never';
import type { JourneyCommand } from '../commands/journey-command';
import type { JourneyEvent } from '../events/journey-event';
import type { ActiveJourney, JourneyState } from '../state/journey-state';
import { decideBenefit } from './decide-benefit';
import { decideConsent } from './decide-consent';
import { decideContactPerson } from './decide-contact-person';
import { erasePersonalData } from './decide-erasure';
import { decideInsats } from './decide-insats';
import { decideJobSeeking } from './decide-job-seeking';
import { decideRepresentation, openJourney } from './decide-journey';
import { decideLotsning } from './decide-lotsning';
import { decideMeeting } from './decide-meeting';
import { decidePlan } from './decide-plan';
import { decisionContext } from './decision-context';

/** The events a command leads to, or a DomainError naming the rule it breaks. Pure: `now` comes in the metadata. */
export function decide(command: JourneyCommand, state: JourneyState): JourneyEvent[] {
  const context = decisionContext(command);
  switch (command.type) {
    case 'OpenJourney':
      return openJourney(command, state, context);
    case 'ChangeHomeKommun':
    case 'AppointRepresentative':
    case 'RemoveRepresentative':
      return decideRepresentation(command, activeJourney(state));
    case 'GiveConsent':
    case 'WithdrawConsent':
      return decideConsent(command, activeJourney(state), context);
    case 'ErasePersonalData':
      return erasePersonalData(command, activeJourney(state));
    case 'ReceiveApplication':
    case 'ReceiveMedicalCertificate':
    case 'GrantDecision':
    case 'RejectApplication':
    case 'EndBenefit':
    case 'GrantSpecialCompensation':
      return decideBenefit(command, activeJourney(state), context);
    case 'OfferSupport':
    case 'AcceptSupport':
    case 'DeclineSupport':
    case 'RecordFailedContactAttempt':
    case 'CloseLotsning':
    case 'MakeReferral':
    case 'EstablishContact':
      return decideLotsning(command, activeJourney(state), context);
    case 'ScheduleMeeting':
    case 'HoldMeeting':
    case 'CancelMeeting':
      return decideMeeting(command, activeJourney(state), context);
    case 'RegisterJobSeeker':
    case 'DeregisterJobSeeker':
      return decideJobSeeking(command, activeJourney(state));
    case 'StartInsats':
    case 'PauseInsats':
    case 'ResumeInsats':
    case 'EndInsats':
      return decideInsats(command, activeJourney(state), context);
    case 'AssignContactPerson':
    case 'ChangeContactPerson':
      return decideContactPerson(command, activeJourney(state), context);
    case 'AgreePlan':
    case 'RevisePlan':
    case 'RecordOutcome':
      return decidePlan(command, activeJourney(state), context);
    default:
      return assertNever(command);
  }
}

function activeJourney(state: JourneyState): ActiveJourney {
  if (state.status !== 'active')
    throw new DomainError('JOURNEY_NOT_FOUND', 'journey', 'No journey has been opened for this person');
  return state;
}
