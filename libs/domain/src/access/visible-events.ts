import type { IsoDate } from '../calendar/calendar-date';
import type { OrganisationRef } from '../journey/shared/domain-event';
import type { JourneyEvent } from '../journey/journey-event';
import { evolve } from '../journey/evolve';
import { initialState, type JourneyState } from '../journey/shared/journey-state';
import type { AccessDecision } from './access-decision';
import { accessFactsOf, participantLookupOf } from './access-facts';
import { canSee, journeyAccessOf } from './can-see';
import type { Viewer } from './viewer';

export interface AuthoredEvent {
  readonly event: JourneyEvent;
  readonly author: OrganisationRef;
}

export type EventWithAccess<Entry extends AuthoredEvent> = Entry & { readonly decision: AccessDecision };

/**
 * Every event of one journey's history with whether `viewer` may see it on `at`. Consents and representatives
 * are read as they stand after the whole history: a withdrawal closes earlier events too, from the next read.
 */
export function visibleEvents<Entry extends AuthoredEvent>(
  viewer: Viewer,
  journeyId: string,
  history: readonly Entry[],
  at: IsoDate,
): EventWithAccess<Entry>[] {
  const state = history.reduce<JourneyState>((current, { event }) => evolve(current, event), initialState());
  const access = journeyAccessOf(journeyId, state);
  const lookup = participantLookupOf(state);
  return history.map((entry) => ({
    ...entry,
    decision: canSee(viewer, accessFactsOf(entry.event, entry.author, lookup), access, at),
  }));
}
