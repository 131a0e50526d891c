import { CalendarDate, type IsoDate } from '../calendar/calendar-date';
import { assertNever } from '../journey/shared/assert-never';
import type { OrganisationRef } from '../journey/shared/domain-event';
import type { ConsentGrant, JourneyState } from '../journey/shared/journey-state';
import type { DataCategory, RepresentativeKind } from '../journey/vocabulary';
import { allow, deny, type AccessDecision } from './access-decision';
import type { EventAccessFacts } from './access-facts';
import { consentDecision } from './consent-basis';
import { viewerKindOf, type Viewer } from './viewer';

/** What the policy needs of the journey being read, as it stands at the time of reading. */
export interface JourneyAccess {
  readonly journeyId: string;
  readonly consents: Readonly<Record<string, ConsentGrant>>;
  readonly representatives: Readonly<Record<string, RepresentativeKind>>;
}

/** The organisations a row or event involves: the one that wrote it and those taking part. */
export interface OrganisationsInvolved {
  readonly author?: OrganisationRef;
  readonly participants?: readonly OrganisationRef[];
}

/** One piece of what a row joins (an insats, FK's decision): its category and the organisations it involves. */
export interface DataPart {
  readonly category: DataCategory;
  readonly involvement: OrganisationsInvolved;
}

export function journeyAccessOf(journeyId: string, state: JourneyState): JourneyAccess {
  if (state.status !== 'active') return { journeyId, consents: {}, representatives: {} };
  return { journeyId, consents: state.consents, representatives: state.representatives };
}

/** Deny by default: `at` is the day of reading. */
export function canSee(viewer: Viewer, facts: EventAccessFacts, access: JourneyAccess, at: IsoDate): AccessDecision {
  return canSeeCategory(viewer, facts.category, facts, access, at);
}

/** For read-model rows: may `viewer` see data of `category` that involves these organisations? */
export function canSeeCategory(
  viewer: Viewer,
  category: DataCategory,
  involved: OrganisationsInvolved,
  access: JourneyAccess,
  at: IsoDate,
): AccessDecision {
  CalendarDate.parse(at, 'at');
  const kind = viewerKindOf(viewer);
  switch (kind.kind) {
    case 'statistician':
      return deny('aggregates_only');
    case 'auditor':
      return deny('audit_only');
    case 'privacy_officer':
      return deny('erasure_only');
    case 'unknown':
      return deny('unknown_role');
    case 'person':
      return kind.journeyId === access.journeyId ? allow('person') : deny('other_person');
    case 'representative':
      if (kind.journeyId !== access.journeyId) return deny('other_person');
      return Object.hasOwn(access.representatives, kind.representativeId) ? allow('representative') : deny('no_basis');
    case 'agency':
      return agencyDecision(kind.organisation, category, involved, access, at);
    default:
      return assertNever(kind);
  }
}

/** Health data is its own category: taking part in a meeting or insats does not open it, only a consent naming it. */
function agencyDecision(
  organisation: OrganisationRef,
  category: DataCategory,
  involved: OrganisationsInvolved,
  access: JourneyAccess,
  at: IsoDate,
): AccessDecision {
  if (involved.author === organisation) return allow('author');
  const participates = (involved.participants ?? []).includes(organisation);
  if (participates && category !== 'health') return allow('participant');
  return consentDecision(access.consents, organisation, category, at);
}
