import { DomainError } from '../../domain-error';
import type { MeetingParticipant, PreMeetingBrief } from './meeting-events';
import type { ActiveJourney } from '../shared/journey-state';
import { DATA_CATEGORIES, type DataCategory } from '../vocabulary';
import { consentCovers } from '../shared/consent-coverage';
import type { DecisionContext } from '../shared/decision-context';
import { optionalList, requireOneOf } from '../shared/validation';

const FIELD = 'preMeetingBriefCategories';

/**
 * The brief goes to every participating organisation other than the author and the person;
 * secrecy law lets it go only where a consent valid now covers that organisation and every category shared.
 */
export function preMeetingBrief(
  requested: readonly DataCategory[],
  participants: readonly MeetingParticipant[],
  state: ActiveJourney,
  context: DecisionContext,
): PreMeetingBrief | null {
  const categories = unique(
    optionalList(requested, FIELD, (value, field) => requireOneOf(DATA_CATEGORIES, value, field)),
  );
  if (categories.length === 0) return null;
  const sharedWith = unique(participants.map((participant) => participant.organisation)).filter(
    (organisation) => organisation !== context.authorRef && organisation !== 'PERSON',
  );
  for (const organisation of sharedWith) {
    const uncovered = categories.filter(
      (category) => !consentCovers(state.consents, organisation, category, context.today),
    );
    if (uncovered.length > 0) {
      throw new DomainError(
        'CONSENT_REQUIRED_FOR_BRIEF',
        FIELD,
        `No consent valid on ${context.today} lets ${organisation} see ${uncovered.join(', ')}; the brief cannot be shared`,
      );
    }
  }
  return { categories, sharedWith };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
