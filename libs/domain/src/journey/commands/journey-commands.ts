import type { DataCategory, RepresentativeKind } from '../vocabulary';
import type { IsoDate, OrganisationRef } from '../events/domain-event';
import type { ConsentEvidence } from '../events/journey-events';
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
    /** Required when an organisation records a consent the person gave it in person. */
    evidence?: ConsentEvidence | null;
  }
>;

export type WithdrawConsent = DomainCommand<'WithdrawConsent', { consentId: string }>;
