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
import { perTurnLoader, type EventStore, type SqlClient } from '@samsyn/event-store';
import { foldJourney, journeyStreamId, readJourneyHistory, type JourneyHistoryEntry } from '@samsyn/journey-commands';
import { ProjectionNotFoundError } from '@samsyn/projections';
import { journeyAccessProjection, journeyAccessRows } from '@samsyn/read-models';
import { JourneyKeyStore } from '@samsyn/personal-data';
import { today, type Clock } from '@samsyn/runtime';
import { GraphQLError } from 'graphql';
import type { ProjectionReading } from '../projection-reading';
import { CLOCK, EVENT_STORE, PROJECTIONS, SQL_CLIENT } from '../tokens';
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
  /** The journeys asked about in one turn of the event loop are judged from one read of the access model. */
  private readonly accessLoader = perTurnLoader<string, JourneyAccess>((journeyIds) => this.accessOfMany(journeyIds));
  /** Set once the database turns out to hold no SQL event store (KurrentDB): then every journey is folded. */
  private noStreamTable = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JourneyKeyStore) private readonly keys: JourneyKeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SQL_CLIENT) private readonly sql: SqlClient,
    @Inject(PROJECTIONS) private readonly projections: ProjectionReading,
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

  /**
   * The journey's consents and representatives as they stand now: from the access model when it has applied
   * the journey's last event, else folded from the stream, so a consent just withdrawn is never missed.
   */
  accessOf(journeyId: string): Promise<JourneyAccess> {
    return this.accessLoader.load(journeyId);
  }

  private async accessOfMany(journeyIds: readonly string[]): Promise<JourneyAccess[]> {
    const modelled = await this.freshFromModel(journeyIds);
    return Promise.all(journeyIds.map(async (journeyId) => modelled.get(journeyId) ?? this.folded(journeyId)));
  }

  private async freshFromModel(journeyIds: readonly string[]): Promise<Map<string, JourneyAccess>> {
    if (this.noStreamTable) return new Map();
    try {
      const tables = await this.projections.tables(journeyAccessProjection);
      const journeys = journeyIds.map((journeyId) => ({ journeyId, streamId: journeyStreamId(journeyId) }));
      const rows = await journeyAccessRows(this.sql, tables, journeys);
      return new Map(rows.filter((row) => row.fresh).map((row) => [row.journeyId, row.access]));
    } catch (error) {
      if (error instanceof ProjectionNotFoundError) return new Map();
      if (!isMissingRelation(error)) throw error;
      // No SQL event store here, or a new version of the model swapped in meanwhile: fold this time.
      this.noStreamTable = !(await this.hasStreamTable());
      return new Map();
    }
  }

  private async hasStreamTable(): Promise<boolean> {
    const [row] = await this.sql.query<{ found: boolean }>(`select to_regclass('samsyn_streams') is not null as found`);
    return row?.found === true;
  }

  private async folded(journeyId: string): Promise<JourneyAccess> {
    const history = await readJourneyHistory(this.store, this.keys, journeyId);
    return journeyAccessOf(journeyId, foldJourney(history));
  }
}

function isMissingRelation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '42P01';
}
