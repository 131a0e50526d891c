import type { JourneyEvent } from './events/journey-event';
import type { OrganisationRef } from './events/domain-event';
import type { DataCategory } from './vocabulary';
import { assertNever } from './assert-never';

/** Care given by a region's healthcare tells about health, whatever event carries it. */
function healthWhenRegion(organisation: OrganisationRef, otherwise: DataCategory): DataCategory {
  return organisation.startsWith('REGION:') ? 'health' : otherwise;
}

export function categoryOf(event: JourneyEvent): DataCategory {
  switch (event.type) {
    case 'JourneyOpened':
    case 'HomeKommunChanged':
    case 'PersonalDataErased':
      return 'identity';
    case 'RepresentativeAppointed':
    case 'RepresentativeRemoved':
      return 'representation';
    case 'ConsentGiven':
    case 'ConsentWithdrawn':
      return 'consent';
    case 'ApplicationReceived':
    case 'DecisionGranted':
    case 'ApplicationRejected':
    case 'BenefitEnded':
    case 'SpecialCompensationGranted':
      return 'benefit';
    case 'MedicalCertificateReceived':
      return 'health';
    case 'SupportOffered':
    case 'SupportAccepted':
    case 'SupportDeclined':
    case 'ContactAttemptFailed':
    case 'LotsningClosed':
    case 'ReferralMade':
    case 'ContactEstablished':
      return 'lotsning';
    case 'MeetingScheduled':
    case 'MeetingHeld':
    case 'MeetingCancelled':
      return 'meeting';
    case 'JobSeekerRegistered':
    case 'JobSeekerDeregistered':
      return 'job_seeking';
    case 'InsatsStarted':
    case 'InsatsPaused':
    case 'InsatsResumed':
    case 'InsatsEnded':
      return healthWhenRegion(event.data.provider, 'insats');
    case 'ContactPersonAssigned':
    case 'ContactPersonChanged':
      return healthWhenRegion(event.data.organisation, 'contact');
    case 'PlanAgreed':
    case 'PlanRevised':
      return 'plan';
    case 'OutcomeRecorded':
      return 'outcome';
    default:
      return assertNever(event);
  }
}
