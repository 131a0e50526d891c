import type { DataCategory, RepresentativeKind } from '../vocabulary';
import type { IsoDate, OrganisationRef } from '../events/domain-event';
import type { DomainCommand } from './domain-command';

export type OpenJourney = DomainCommand<'OpenJourney', { personnummer: string; homeKommun: string }>;

export type ChangeHomeKommun = DomainCommand<'ChangeHomeKommun', { homeKommun: string }>;

export type AppointRepresentative = DomainCommand<
  'AppointRepresentative',
  { representativeId: string; kind: RepresentativeKind; name: string; contact: string }
>;

export type RemoveRepresentative = DomainCommand<'RemoveRepresentative', { representativeId: string }>;

export type GiveConsent = DomainCommand<
  'GiveConsent',
  {
    consentId: string;
    organisations: readonly OrganisationRef[];
    categories: readonly DataCategory[];
    purpose: string;
    validFrom: IsoDate;
    validTo: IsoDate;
  }
>;

export type WithdrawConsent = DomainCommand<'WithdrawConsent', { consentId: string }>;

/** Erases the person's personal data (on their request, or a privacy officer's acting on it); carries no data. */
export type ErasePersonalData = DomainCommand<'ErasePersonalData', Record<string, never>>;
