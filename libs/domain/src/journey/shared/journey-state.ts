import type { Erasable, IsoDate, IsoTimestamp, OrganisationRef } from './domain-event';
import type { ConsentEvidence } from '../consent/consent-events';
import type { RecordedPlan } from '../plan/plan-events';
import type { GradeName } from '../../value-objects/grade';
import type {
  ApplicationKind,
  ContactRole,
  DataCategory,
  InsatsType,
  MeetingKind,
  RepresentativeKind,
  SupportChannel,
} from '../vocabulary';

export interface NoJourney {
  readonly status: 'none';
}

export interface ActiveJourney {
  readonly status: 'active';
  /** Like every personal field of the state, null once the person's data is erased. */
  readonly personnummer: Erasable<string>;
  readonly birthDate: Erasable<IsoDate>;
  readonly homeKommun: string;
  readonly representatives: Readonly<Record<string, RepresentativeKind>>;
  readonly consents: Readonly<Record<string, ConsentState>>;
  readonly pendingApplication: PendingApplication | null;
  readonly activeDecision: ActiveDecision | null;
  readonly lotsning: LotsningState;
  readonly meetings: Readonly<Record<string, MeetingState>>;
  readonly jobSeeker: 'registered' | 'not_registered';
  readonly insatser: Readonly<Record<string, InsatsState>>;
  /** Keyed by `contactPersonKey(organisation, role)`. */
  readonly contactPersons: Readonly<Record<string, ContactPersonState>>;
  readonly plan: RecordedPlan | null;
  /** Set by PersonalDataErased: the person's data key is to be deleted, their personal fields read as null. */
  readonly erased: boolean;
}

export type JourneyState = NoJourney | ActiveJourney;

export interface ConsentState {
  /** `PERSON`, the recording organisation, or null for a consent recorded before this was kept. */
  readonly recordedBy: OrganisationRef | null;
  readonly purpose: Erasable<string>;
  readonly evidence: ConsentEvidence | null;
  readonly organisations: readonly OrganisationRef[];
  readonly categories: readonly DataCategory[];
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate;
  readonly withdrawn: boolean;
}

/** What the access policy reads of a consent: never its purpose or evidence (personal, sealed in the events). */
export type ConsentGrant = Pick<
  ConsentState,
  'recordedBy' | 'organisations' | 'categories' | 'validFrom' | 'validTo' | 'withdrawn'
>;

export interface PendingApplication {
  readonly applicationId: string;
  readonly kind: ApplicationKind;
}

export interface ActiveDecision {
  readonly decisionId: string;
  readonly grade: GradeName;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export type LotsningState =
  | { readonly status: 'none' }
  | {
      readonly status: 'open';
      readonly applicationId: string;
      readonly offeredVia: readonly SupportChannel[];
      readonly accepted: boolean;
      /** Failed attempts since the person was last reached. */
      readonly failedAttempts: number;
      readonly referredTo: readonly OrganisationRef[];
    }
  | { readonly status: 'closed'; readonly closedBy: 'contact_established' | 'support_declined' | 'unreachable' };

export interface MeetingState {
  readonly kind: MeetingKind;
  readonly at: IsoTimestamp;
  readonly organiser: OrganisationRef;
  readonly participants: readonly OrganisationRef[];
  readonly status: 'scheduled' | 'held' | 'cancelled';
}

export interface InsatsState {
  readonly insatsType: InsatsType;
  readonly provider: OrganisationRef;
  readonly orderedBy: OrganisationRef;
  readonly startDate: IsoDate;
  readonly plannedEnd: IsoDate | null;
  readonly status: 'running' | 'paused' | 'ended';
}

export interface ContactPersonState {
  readonly organisation: OrganisationRef;
  readonly role: ContactRole;
  readonly name: Erasable<string>;
  readonly phone: Erasable<string>;
}

export function initialState(): JourneyState {
  return { status: 'none' };
}

export function contactPersonKey(organisation: OrganisationRef, role: ContactRole): string {
  return `${organisation}/${role}`;
}
