import type { IsoDate } from '../../calendar/calendar-date';
import type { OrganisationRef } from './domain-event';
import type { ConsentGrant } from './journey-state';
import type { DataCategory } from '../vocabulary';

export function consentIsValidOn(consent: ConsentGrant, day: IsoDate): boolean {
  return !consent.withdrawn && consent.validFrom <= day && day <= consent.validTo;
}

/** A consent counts toward an organisation only when someone else recorded it: no organisation widens its own access. */
export function consentCountsFor(consent: ConsentGrant, organisation: OrganisationRef): boolean {
  return consent.recordedBy !== null && consent.recordedBy !== organisation;
}

/** True when some consent valid on `day` lets `organisation` see `category`. */
export function consentCovers(
  consents: Readonly<Record<string, ConsentGrant>>,
  organisation: OrganisationRef,
  category: DataCategory,
  day: IsoDate,
): boolean {
  return Object.values(consents).some(
    (consent) =>
      consentIsValidOn(consent, day) &&
      consentCountsFor(consent, organisation) &&
      consent.organisations.includes(organisation) &&
      consent.categories.includes(category),
  );
}
