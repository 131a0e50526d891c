import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '@samsyn/auth';
import {
  journeyAccessOf,
  viewerKindOf,
  type DataCategory,
  type JourneyAccess,
  type OrganisationRef,
  type Viewer as PolicyViewer,
} from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { foldJourney, readJourneyHistory, type JourneyHistoryEntry } from '@samsyn/journey-commands';
import { JourneyKeyStore } from '@samsyn/personal-data';
import { today, type Clock } from '@samsyn/runtime';
import { GraphQLError } from 'graphql';
import { CLOCK, EVENT_STORE } from '../tokens';
import { unknownRoleError } from './unknown-role-error';

export interface Involvement {
  author?: OrganisationRef;
  participants?: readonly OrganisationRef[];
}

export type VisibleHistoryEntry = JourneyHistoryEntry & { category: DataCategory };

/** A pre-meeting brief as served: the journey it belongs to, the organiser who wrote it and the categories it shares. */
export interface ServedBrief {
  journeyId: string;
  organiser: OrganisationRef;
  categories: readonly DataCategory[];
}

/** The viewer as the domain's policy knows it. */
export const policyViewer = (viewer: Viewer): PolicyViewer => ({
  organisation: viewer.organisation,
  role: viewer.role,
  ...(viewer.journeyId ? { journeyId: viewer.journeyId } : {}),
  ...(viewer.representativeId ? { representativeId: viewer.representativeId } : {}),
});

/**
 * What resolvers ask of the access policy besides a person's data: whether a viewer may ask a whole query at all, and
 * a journey's consents and representatives. Reads of a person's data go through `@PersonalData()` (`PolicyReads`).
 */
@Injectable()
export class AccessService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JourneyKeyStore) private readonly keys: JourneyKeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): string {
    return today(this.clock);
  }

  /** Refuses unless `allowed`; for whole queries only some viewers may ask. */
  requireOrganisation(viewer: Viewer, allowed: (organisation: OrganisationRef) => boolean, what: string): void {
    const kind = viewerKindOf(policyViewer(viewer)).kind;
    if (kind === 'unknown') throw unknownRoleError(viewer);
    if (kind !== 'agency' || !allowed(viewer.organisation)) {
      throw new GraphQLError(`${viewer.organisation} (${viewer.role}) may not read ${what}`, {
        extensions: { code: 'FORBIDDEN' },
      });
    }
  }

  /** The journey's consents and representatives as they stand now. */
  async accessOf(journeyId: string): Promise<JourneyAccess> {
    const history = await readJourneyHistory(this.store, this.keys, journeyId);
    return journeyAccessOf(journeyId, foldJourney(history));
  }
}
