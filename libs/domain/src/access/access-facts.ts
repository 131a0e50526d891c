import { categoryOf, factsOf } from '../journey/event-facts';
import type { OrganisationRef } from '../journey/shared/domain-event';
import type { ParticipantLookup } from '../journey/shared/event-facts';
import type { JourneyEvent } from '../journey/journey-event';
import type { JourneyState } from '../journey/shared/journey-state';
import type { DataCategory } from '../journey/vocabulary';

export type { ParticipantLookup };

/** What the access policy needs to know of one event. */
export interface EventAccessFacts {
  readonly category: DataCategory;
  readonly author: OrganisationRef;
  readonly participants: readonly OrganisationRef[];
}

export const NO_PARTICIPANTS: ParticipantLookup = { meetings: {}, insatser: {} };

export function participantLookupOf(state: JourneyState): ParticipantLookup {
  return state.status === 'active' ? state : NO_PARTICIPANTS;
}

/** `lookup` names the participants of the meeting or insats a later event refers to (state before or after it). */
export function accessFactsOf(
  event: JourneyEvent,
  author: OrganisationRef,
  lookup: ParticipantLookup,
): EventAccessFacts {
  const participants = factsOf(event).drawsIn(event, lookup);
  return { category: categoryOf(event), author, participants: [...new Set(participants)] };
}
