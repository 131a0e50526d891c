import type { JourneyEventOfType, JourneyEventType } from '@samsyn/domain';

type RequiredKey<Data> = { [Key in keyof Data]-?: undefined extends Data[Key] ? never : Key }[keyof Data] & string;

/**
 * A light check, not a schema: per event type, the ids a stored event must carry for the read side to key its
 * rows, and the fields of the shapes upcast here. The compiler checks each name is a required field.
 */
export const REQUIRED_FIELDS: {
  readonly [Type in JourneyEventType]?: readonly RequiredKey<JourneyEventOfType<Type>['data']>[];
} = {
  ConsentGiven: ['consentId', 'organisations', 'categories', 'purpose', 'validFrom', 'validTo'],
  ConsentWithdrawn: ['consentId'],
  RepresentativeAppointed: ['representativeId'],
  RepresentativeRemoved: ['representativeId'],
  ApplicationReceived: ['applicationId'],
  DecisionGranted: ['decisionId', 'applicationId'],
  BenefitEnded: ['decisionId'],
  MeetingScheduled: ['meetingId'],
  MeetingHeld: ['meetingId'],
  MeetingCancelled: ['meetingId'],
  InsatsStarted: ['insatsId'],
  InsatsPaused: ['insatsId'],
  InsatsResumed: ['insatsId'],
  InsatsEnded: ['insatsId'],
};

export function requiredFieldsOf(type: JourneyEventType): readonly string[] {
  return REQUIRED_FIELDS[type] ?? [];
}
