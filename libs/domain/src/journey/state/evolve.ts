import type { JourneyEvent } from '../events/journey-event';
import { assertNever } from '../assert-never';
import { evolveBenefit } from './evolve-benefit';
import { evolveContactAndPlan } from './evolve-contact-and-plan';
import { evolveInsats } from './evolve-insats';
import { evolveJourney, openedJourney } from './evolve-journey';
import { evolveLotsning } from './evolve-lotsning';
import { evolveMeeting } from './evolve-meeting';
import type { ActiveJourney, JourneyState } from './journey-state';

export function evolve(state: JourneyState, event: JourneyEvent): JourneyState {
  if (event.type === 'JourneyOpened') return state.status === 'none' ? openedJourney(event) : state;
  return state.status === 'active' ? evolveActive(state, event) : state;
}

function evolveActive(state: ActiveJourney, event: Exclude<JourneyEvent, { type: 'JourneyOpened' }>): ActiveJourney {
  switch (event.type) {
    case 'HomeKommunChanged':
    case 'RepresentativeAppointed':
    case 'RepresentativeRemoved':
    case 'ConsentGiven':
    case 'ConsentWithdrawn':
    case 'PersonalDataErased':
      return evolveJourney(state, event);
    case 'ApplicationReceived':
    case 'MedicalCertificateReceived':
    case 'DecisionGranted':
    case 'ApplicationRejected':
    case 'BenefitEnded':
    case 'SpecialCompensationGranted':
      return evolveBenefit(state, event);
    case 'SupportOffered':
    case 'SupportAccepted':
    case 'SupportDeclined':
    case 'ContactAttemptFailed':
    case 'LotsningClosed':
    case 'ReferralMade':
    case 'ContactEstablished':
      return evolveLotsning(state, event);
    case 'MeetingScheduled':
    case 'MeetingHeld':
    case 'MeetingCancelled':
    case 'JobSeekerRegistered':
    case 'JobSeekerDeregistered':
      return evolveMeeting(state, event);
    case 'InsatsStarted':
    case 'InsatsPaused':
    case 'InsatsResumed':
    case 'InsatsEnded':
      return evolveInsats(state, event);
    case 'ContactPersonAssigned':
    case 'ContactPersonChanged':
    case 'PlanAgreed':
    case 'PlanRevised':
    case 'OutcomeRecorded':
      return evolveContactAndPlan(state, event);
    default:
      return assertNever(event);
  }
}
