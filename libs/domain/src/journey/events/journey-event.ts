import type {
  ApplicationReceived,
  ApplicationRejected,
  BenefitEnded,
  DecisionGranted,
  MedicalCertificateReceived,
  SpecialCompensationGranted,
} from './benefit-events';
import type { ContactPersonAssigned, ContactPersonChanged } from './contact-person-events';
import type { InsatsEnded, InsatsPaused, InsatsResumed, InsatsStarted } from './insats-events';
import type { JobSeekerDeregistered, JobSeekerRegistered } from './job-seeking-events';
import type {
  ConsentGiven,
  ConsentWithdrawn,
  HomeKommunChanged,
  JourneyOpened,
  PersonalDataErased,
  RepresentativeAppointed,
  RepresentativeRemoved,
} from './journey-events';
import type {
  ContactAttemptFailed,
  ContactEstablished,
  LotsningClosed,
  ReferralMade,
  SupportAccepted,
  SupportDeclined,
  SupportOffered,
} from './lotsning-events';
import type { MeetingCancelled, MeetingHeld, MeetingScheduled } from './meeting-events';
import type { OutcomeRecorded, PlanAgreed, PlanRevised } from './plan-events';

export type JourneyEvent =
  | JourneyOpened
  | HomeKommunChanged
  | RepresentativeAppointed
  | RepresentativeRemoved
  | ConsentGiven
  | ConsentWithdrawn
  | PersonalDataErased
  | ApplicationReceived
  | MedicalCertificateReceived
  | DecisionGranted
  | ApplicationRejected
  | BenefitEnded
  | SpecialCompensationGranted
  | SupportOffered
  | SupportAccepted
  | SupportDeclined
  | ContactAttemptFailed
  | LotsningClosed
  | ReferralMade
  | ContactEstablished
  | MeetingScheduled
  | MeetingHeld
  | MeetingCancelled
  | JobSeekerRegistered
  | JobSeekerDeregistered
  | InsatsStarted
  | InsatsPaused
  | InsatsResumed
  | InsatsEnded
  | ContactPersonAssigned
  | ContactPersonChanged
  | PlanAgreed
  | PlanRevised
  | OutcomeRecorded;

export type JourneyEventType = JourneyEvent['type'];

export type JourneyEventOfType<T extends JourneyEventType> = Extract<JourneyEvent, { type: T }>;
