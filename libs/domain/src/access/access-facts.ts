import { assertNever } from '../journey/assert-never';
import { categoryOf } from '../journey/data-category';
import type { OrganisationRef } from '../journey/events/domain-event';
import type { JourneyEvent } from '../journey/events/journey-event';
import type { JourneyState } from '../journey/state/journey-state';
import type { DataCategory } from '../journey/vocabulary';

/** What the access policy needs to know of one event. */
export interface EventAccessFacts {
  readonly category: DataCategory;
  readonly author: OrganisationRef;
  readonly participants: readonly OrganisationRef[];
}

/** Whom the journey's meetings and insatser involve: an ActiveJourney is one. */
export interface ParticipantLookup {
  readonly meetings: Readonly<
    Record<string, { readonly organiser: OrganisationRef; readonly participants: readonly OrganisationRef[] }>
  >;
  readonly insatser: Readonly<
    Record<string, { readonly provider: OrganisationRef; readonly orderedBy: OrganisationRef }>
  >;
}

export const NO_PARTICIPANTS: ParticipantLookup = { meetings: {}, insatser: {} };

export function participantLookupOf(state: JourneyState): ParticipantLookup {
  return state.status === 'active' ? state : NO_PARTICIPANTS;
}

/** FK runs the lotsning after an avslag: it takes part in every step of it, whoever records the step. */
const LOTSNING_OWNER: OrganisationRef = 'FK';

/** `lookup` names the participants of the meeting or insats a later event refers to (state before or after it). */
export function accessFactsOf(
  event: JourneyEvent,
  author: OrganisationRef,
  lookup: ParticipantLookup,
): EventAccessFacts {
  return { category: categoryOf(event), author, participants: [...new Set(participantsOf(event, lookup))] };
}

function participantsOf(event: JourneyEvent, lookup: ParticipantLookup): readonly OrganisationRef[] {
  switch (event.type) {
    case 'MeetingScheduled':
      return [event.data.organiser, ...event.data.participants.map((participant) => participant.organisation)];
    case 'MeetingHeld':
    case 'MeetingCancelled':
      return meetingParticipants(lookup, event.data.meetingId);
    case 'ReferralMade':
      return [LOTSNING_OWNER, event.data.to];
    case 'ContactEstablished':
      return [LOTSNING_OWNER, event.data.with];
    case 'SupportOffered':
    case 'SupportAccepted':
    case 'SupportDeclined':
    case 'ContactAttemptFailed':
    case 'LotsningClosed':
      return [LOTSNING_OWNER];
    case 'InsatsStarted':
      return [event.data.provider, event.data.orderedBy];
    case 'InsatsPaused':
    case 'InsatsResumed':
    case 'InsatsEnded':
      return [event.data.provider, ...insatsOrderer(lookup, event.data.insatsId)];
    case 'ContactPersonAssigned':
    case 'ContactPersonChanged':
      return [event.data.organisation];
    case 'JourneyOpened':
    case 'HomeKommunChanged':
    case 'RepresentativeAppointed':
    case 'RepresentativeRemoved':
    case 'ConsentGiven':
    case 'ConsentWithdrawn':
    case 'PersonalDataErased':
    case 'ApplicationReceived':
    case 'MedicalCertificateReceived':
    case 'DecisionGranted':
    case 'ApplicationRejected':
    case 'BenefitEnded':
    case 'SpecialCompensationGranted':
    case 'JobSeekerRegistered':
    case 'JobSeekerDeregistered':
    case 'PlanAgreed':
    case 'PlanRevised':
    case 'OutcomeRecorded':
      return [];
    default:
      return assertNever(event);
  }
}

function meetingParticipants(lookup: ParticipantLookup, meetingId: string): readonly OrganisationRef[] {
  const meeting = lookup.meetings[meetingId];
  return meeting ? [meeting.organiser, ...meeting.participants] : [];
}

function insatsOrderer(lookup: ParticipantLookup, insatsId: string): readonly OrganisationRef[] {
  const insats = lookup.insatser[insatsId];
  return insats ? [insats.orderedBy] : [];
}
