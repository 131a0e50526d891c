import type { IsoDate } from '../../calendar/calendar-date';
import type { OrganisationRef } from '../events/domain-event';
import type { ConsentState } from '../state/journey-state';
import type { DataCategory } from '../vocabulary';

export function consentIsValidOn(consent: ConsentState, day: IsoDate): boolean {
  return !consent.withdrawn && consent.validFrom <= day && day <= consent.validTo;
}

/** True when some consent valid on `day` lets `organisation` see `category`. */
export function consentCovers(
  consents: Readonly<Record<string, ConsentState>>,
  organisation: OrganisationRef,
  category: DataCategory,
  day: IsoDate,
): boolean {
  return Object.values(consents).some(
    (consent) =>
      consentIsValidOn(consent, day) && consent.organisations.includes(organisation) && consent.categories.includes(category),
  );
}
