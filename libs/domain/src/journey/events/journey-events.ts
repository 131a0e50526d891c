import type { ConsentEvidenceKind, DataCategory, RepresentativeKind } from '../vocabulary';
import type { DomainEvent, IsoDate, OrganisationRef } from './domain-event';

/** `personnummer` in its canonical 12-digit form; `birthDate` read from it. */
export type JourneyOpened = DomainEvent<
  'JourneyOpened',
  { personnummer: string; birthDate: IsoDate; homeKommun: string }
>;

export type HomeKommunChanged = DomainEvent<'HomeKommunChanged', { from: string; to: string }>;

export type RepresentativeAppointed = DomainEvent<
  'RepresentativeAppointed',
  { representativeId: string; kind: RepresentativeKind; name: string; contact: string }
>;

export type RepresentativeRemoved = DomainEvent<
  'RepresentativeRemoved',
  { representativeId: string; kind: RepresentativeKind }
>;

/** What an organisation shows for a consent the person gave it in person: a signed form, a recorded meeting. */
export interface ConsentEvidence {
  readonly kind: ConsentEvidenceKind;
  readonly reference: string;
}

/**
 * `recordedBy` is `PERSON` when the person or their representative gave it with their own token, otherwise the
 * organisation that recorded it with `evidence`; a consent never counts toward its recorder's own access.
 * Events from before `recordedBy` existed lack it, and count toward no one's.
 */
export type ConsentGiven = DomainEvent<
  'ConsentGiven',
  {
    consentId: string;
    organisations: readonly OrganisationRef[];
    categories: readonly DataCategory[];
    purpose: string;
    validFrom: IsoDate;
    validTo: IsoDate;
    recordedBy?: OrganisationRef;
    evidence?: ConsentEvidence | null;
  }
>;

export type ConsentWithdrawn = DomainEvent<'ConsentWithdrawn', { consentId: string }>;

/** The person's personal data was erased: their data key goes, every sealed field reads as null, read models forget what they derived. */
export type PersonalDataErased = DomainEvent<'PersonalDataErased', Record<string, never>>;
