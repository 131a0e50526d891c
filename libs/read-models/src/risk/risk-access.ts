import { healthWhenRegion, type DataCategory, type OrganisationsInvolved } from '@samsyn/domain';
import type { RiskSignalRow } from './risk-queries';

/**
 * What a risk signal tells about, as the events behind it do: an insats given by a region's healthcare is
 * health data, like its `InsatsStarted`.
 */
export function riskCategoryOf(row: RiskSignalRow): DataCategory {
  switch (row.kind) {
    case 'insats_outlasts_benefit':
      return healthWhenRegion(row.organisation, 'insats');
    case 'contact_changed_uninformed':
      return 'contact';
    case 'no_contact_after_avslag':
      return 'lotsning';
  }
}

/**
 * Who wrote what a risk signal is made of. The untold contact change is its organisation's own
 * `ContactPersonChanged`, the avslag and its lotsning are FK's. An insats outlasting the benefit joins FK's
 * decision with another organisation's insats, so it names no author: it is seen under a consent only.
 */
export function riskInvolvementOf(row: RiskSignalRow): OrganisationsInvolved {
  return row.kind === 'insats_outlasts_benefit' ? {} : { author: row.organisation };
}
