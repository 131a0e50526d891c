import type { IsoDate } from '../calendar/calendar-date';
import { consentCountsFor, consentCovers } from '../journey/shared/consent-coverage';
import type { OrganisationRef } from '../journey/shared/domain-event';
import type { ConsentGrant } from '../journey/shared/journey-state';
import type { DataCategory } from '../journey/vocabulary';
import { allow, deny, type AccessDecision, type AccessDenialReason } from './access-decision';

type ConsentMiss = Extract<AccessDenialReason, `consent_${string}`>;

/** When no consent applies, the reason comes from the consent closest to applying. */
const CLOSEST_FIRST: readonly ConsentMiss[] = [
  'consent_withdrawn',
  'consent_expired',
  'consent_not_yet_valid',
  'consent_other_category',
  'consent_recorded_by_reader',
  'consent_without_recorder',
  'consent_other_organisation',
];

/** A category is covered only when a consent names it: health is never implied by another category. */
export function consentDecision(
  consents: Readonly<Record<string, ConsentGrant>>,
  organisation: OrganisationRef,
  category: DataCategory,
  at: IsoDate,
): AccessDecision {
  if (consentCovers(consents, organisation, category, at)) return allow('consent');
  const misses = new Set(Object.values(consents).map((consent) => missOf(consent, organisation, category, at)));
  return deny(CLOSEST_FIRST.find((miss) => misses.has(miss)) ?? 'no_basis');
}

function missOf(
  consent: ConsentGrant,
  organisation: OrganisationRef,
  category: DataCategory,
  at: IsoDate,
): ConsentMiss | null {
  if (!consent.organisations.includes(organisation)) return 'consent_other_organisation';
  if (consent.recordedBy === null) return 'consent_without_recorder';
  if (!consentCountsFor(consent, organisation)) return 'consent_recorded_by_reader';
  if (!consent.categories.includes(category)) return 'consent_other_category';
  if (consent.withdrawn) return 'consent_withdrawn';
  if (at < consent.validFrom) return 'consent_not_yet_valid';
  if (at > consent.validTo) return 'consent_expired';
  return null;
}
