import type { JourneyEventOfType, JourneyEventType } from './events/journey-event';

/** A field of the data, or a field one level inside an object field: `name`, `from.phone`. */
type FieldPath<Data> = {
  [Key in keyof Data & string]: Data[Key] extends readonly unknown[]
    ? Key
    : Data[Key] extends object
      ? Key | `${Key}.${keyof Data[Key] & string}`
      : Key;
}[keyof Data & string];

export type PersonalFieldPaths = {
  readonly [Type in JourneyEventType]: readonly FieldPath<JourneyEventOfType<Type>['data']>[];
};

/**
 * Per event type, the data fields that are personal data (personnummer, names, phone numbers, free text).
 * The application layer seals each named value whole, lists and objects included, with the journey's key.
 */
export const PERSONAL_FIELDS: PersonalFieldPaths = {
  JourneyOpened: ['personnummer', 'birthDate'],
  HomeKommunChanged: [],
  RepresentativeAppointed: ['name', 'contact'],
  RepresentativeRemoved: [],
  ConsentGiven: ['purpose', 'evidence'],
  ConsentWithdrawn: [],
  ApplicationReceived: [],
  MedicalCertificateReceived: [],
  DecisionGranted: [],
  ApplicationRejected: ['reason'],
  BenefitEnded: [],
  SpecialCompensationGranted: ['purpose'],
  SupportOffered: [],
  SupportAccepted: [],
  SupportDeclined: [],
  ContactAttemptFailed: [],
  LotsningClosed: [],
  ReferralMade: [],
  ContactEstablished: [],
  MeetingScheduled: [],
  MeetingHeld: ['outcome'],
  MeetingCancelled: [],
  JobSeekerRegistered: [],
  JobSeekerDeregistered: [],
  InsatsStarted: [],
  InsatsPaused: ['reason'],
  InsatsResumed: [],
  InsatsEnded: [],
  ContactPersonAssigned: ['name', 'phone'],
  ContactPersonChanged: ['from.name', 'from.phone', 'to.name', 'to.phone', 'reason'],
  PlanAgreed: ['goals', 'steps', 'strengths', 'limitations', 'adaptations'],
  PlanRevised: ['goals', 'steps', 'strengths', 'limitations', 'adaptations'],
  OutcomeRecorded: [],
};
