import type { DataCategory, RepresentativeKind } from '../vocabulary';
import type { DomainEvent, IsoDate, OrganisationRef } from './domain-event';

/** `personnummer` in its canonical 12-digit form; `birthDate` read from it. */
export type JourneyOpened = DomainEvent<'JourneyOpened', { personnummer: string; birthDate: IsoDate; homeKommun: string }>;

export type HomeKommunChanged = DomainEvent<'HomeKommunChanged', { from: string; to: string }>;

export type RepresentativeAppointed = DomainEvent<
  'RepresentativeAppointed',
  { representativeId: string; kind: RepresentativeKind; name: string; contact: string }
>;

export type RepresentativeRemoved = DomainEvent<'RepresentativeRemoved', { representativeId: string; kind: RepresentativeKind }>;

export type ConsentGiven = DomainEvent<
  'ConsentGiven',
  {
    consentId: string;
    organisations: readonly OrganisationRef[];
    categories: readonly DataCategory[];
    purpose: string;
    validFrom: IsoDate;
    validTo: IsoDate;
  }
>;

export type ConsentWithdrawn = DomainEvent<'ConsentWithdrawn', { consentId: string }>;

/** The person's personal data was erased: their data key goes, every sealed field reads as null, read models forget what they derived. */
export type PersonalDataErased = DomainEvent<'PersonalDataErased', Record<string, never>>;
