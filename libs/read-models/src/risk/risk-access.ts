import { healthWhenRegion, LOTSNING_OWNER, type DataPart, type OrganisationRef } from '@samsyn/domain';
import type { RiskSignalRow } from './risk-queries';

/** FK decides aktivitetsersättning: every `DecisionGranted` is its own. */
const DECIDER: OrganisationRef = 'FK';

/**
 * What a risk signal is made of. An untold contact change is its organisation's own `ContactPersonChanged`; an
 * avslag without contact is FK's avslag and lotsning. An insats outlasting the benefit joins the insats (its
 * provider takes part; a region's care is health data, as in its `InsatsStarted`) with FK's decision, whose end is
 * the signal's day: a viewer needs to be allowed both.
 */
export function riskPartsOf(row: RiskSignalRow): readonly DataPart[] {
  switch (row.kind) {
    case 'insats_outlasts_benefit':
      return [
        { category: healthWhenRegion(row.organisation, 'insats'), involvement: { participants: [row.organisation] } },
        { category: 'benefit', involvement: { author: DECIDER } },
      ];
    case 'contact_changed_uninformed':
      return [{ category: 'contact', involvement: { author: row.organisation } }];
    case 'no_contact_after_avslag':
      return [{ category: 'lotsning', involvement: { author: LOTSNING_OWNER } }];
  }
}
