import type { IsoDate } from '../calendar/calendar-date';
import type { OrganisationRef } from '../journey/shared/domain-event';
import type { DataCategory } from '../journey/vocabulary';
import { deny, type AccessDecision } from './access-decision';
import { canSeeCategory, type JourneyAccess } from './can-see';
import type { Viewer } from './viewer';

/**
 * A pre-meeting brief shares the person's data of its categories with the meeting's participants, on their consent.
 * Taking part in the meeting does not open it: the organiser who wrote it and the person see it, anyone else only while
 * a consent valid on `at` covers their organisation and every category it shares. The first refusal says why.
 */
export function canSeeBrief(
  viewer: Viewer,
  categories: readonly DataCategory[],
  organiser: OrganisationRef,
  access: JourneyAccess,
  at: IsoDate,
): AccessDecision {
  const decisions = categories.map((category) => canSeeCategory(viewer, category, { author: organiser }, access, at));
  // A brief shares at least one category; one sharing none has nothing to show.
  return decisions.find((decision) => !decision.allowed) ?? decisions[0] ?? deny('no_basis');
}
