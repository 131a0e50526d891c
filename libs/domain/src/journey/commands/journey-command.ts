import type {
  EndBenefit,
  GrantDecision,
  GrantSpecialCompensation,
  ReceiveApplication,
  ReceiveMedicalCertificate,
  RejectApplication,
} from './benefit-commands';
import type { AssignContactPerson, ChangeContactPerson } from './contact-person-commands';
import type { EndInsats, PauseInsats, ResumeInsats, StartInsats } from './insats-commands';
import type { DeregisterJobSeeker, RegisterJobSeeker } from './job-seeking-commands';
import type {
  AppointRepresentative,
  ChangeHomeKommun,
  ErasePersonalData,
  GiveConsent,
  OpenJourney,
  RemoveRepresentative,
  WithdrawConsent,
} from './journey-commands';
import type {
  AcceptSupport,
  CloseLotsning,
  DeclineSupport,
  EstablishContact,
  MakeReferral,
  OfferSupport,
  RecordFailedContactAttempt,
} from './lotsning-commands';
import type { CancelMeeting, HoldMeeting, ScheduleMeeting } from './meeting-commands';
import type { AgreePlan, RecordOutcome, RevisePlan } from './plan-commands';

export type JourneyCommand =
  | OpenJourney
  | ChangeHomeKommun
  | AppointRepresentative
  | RemoveRepresentative
  | GiveConsent
  | WithdrawConsent
  | ErasePersonalData
  | ReceiveApplication
  | ReceiveMedicalCertificate
  | GrantDecision
  | RejectApplication
  | EndBenefit
  | GrantSpecialCompensation
  | OfferSupport
  | AcceptSupport
  | DeclineSupport
  | RecordFailedContactAttempt
  | CloseLotsning
  | MakeReferral
  | EstablishContact
  | ScheduleMeeting
  | HoldMeeting
  | CancelMeeting
  | RegisterJobSeeker
  | DeregisterJobSeeker
  | StartInsats
  | PauseInsats
  | ResumeInsats
  | EndInsats
  | AssignContactPerson
  | ChangeContactPerson
  | AgreePlan
  | RevisePlan
  | RecordOutcome;

export type JourneyCommandType = JourneyCommand['type'];

export type JourneyCommandOfType<T extends JourneyCommandType> = Extract<JourneyCommand, { type: T }>;
