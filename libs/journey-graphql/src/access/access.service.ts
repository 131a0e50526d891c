import { Inject, Injectable } from '@nestjs/common';
import type { AuditTrail } from '@samsyn/audit';
import type { Viewer } from '@samsyn/auth';
import {
  canSeeCategory,
  categoryOf,
  journeyAccessOf,
  viewerKindOf,
  visibleEvents,
  type AccessDecision,
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
import { AUDIT_TRAIL, CLOCK, EVENT_STORE } from '../tokens';

export interface Involvement {
  author?: OrganisationRef;
  participants?: readonly OrganisationRef[];
}

export type VisibleHistoryEntry = JourneyHistoryEntry & { category: DataCategory };

/** The policy's reasons for refusing, for the audit row: `consent_expired`, `no_basis`, … */
function denialReasons(decisions: readonly AccessDecision[]): string {
  const reasons = decisions.flatMap((decision) => (decision.allowed ? [] : [decision.reason]));
  return [...new Set(reasons)].sort().join(',') || 'no_basis';
}

const policyViewer = (viewer: Viewer): PolicyViewer => ({
  organisation: viewer.organisation,
  role: viewer.role,
  ...(viewer.journeyId ? { journeyId: viewer.journeyId } : {}),
  ...(viewer.representativeId ? { representativeId: viewer.representativeId } : {}),
});

/**
 * Enforces the domain's access policy for resolvers and records every read of a person's data in the audit
 * trail before the data is returned; refused reads are recorded as refusals.
 */
@Injectable()
export class AccessService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JourneyKeyStore) private readonly keys: JourneyKeyStore,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): string {
    return today(this.clock);
  }

  /** The events of a journey the viewer may see, recorded as read (or as refused when none). */
  async visibleHistory(viewer: Viewer, journeyId: string, action: string): Promise<VisibleHistoryEntry[]> {
    const history = await readJourneyHistory(this.store, this.keys, journeyId);
    const decided = visibleEvents(
      policyViewer(viewer),
      journeyId,
      history.map((entry) => ({ ...entry, author: entry.recorded.metadata.author.organisation })),
      this.today(),
    );
    const visible = decided.filter((entry) => entry.decision.allowed);
    const categories = visible.map((entry) => categoryOf(entry.event));
    if (history.length > 0) {
      await this.audit.record({
        reader: viewer,
        action,
        outcome: visible.length > 0 ? 'read' : 'refused',
        journeyIds: [journeyId],
        categories: visible.length > 0 ? categories : [],
        ...(visible.length > 0 ? {} : { reason: denialReasons(decided.map((entry) => entry.decision)) }),
      });
    }
    return visible.map((entry, index) => ({ event: entry.event, recorded: entry.recorded, category: categories[index]! }));
  }

  /** Whether the viewer may see data of `category` about each journey; records the reads and the refusals. */
  async filterByCategory<Row extends { journeyId: string }>(
    viewer: Viewer,
    rows: readonly Row[],
    category: DataCategory | ((row: Row) => DataCategory),
    involvement: (row: Row) => Involvement,
    action: string,
  ): Promise<Row[]> {
    // Consents and representatives only ever add access, so a row allowed without them (the viewer wrote it,
    // takes part in it, or is the person) needs no read of its journey's stream; only the others are looked up.
    const accessByJourney = new Map<string, Promise<JourneyAccess>>();
    const accessOf = (journeyId: string): Promise<JourneyAccess> => {
      if (!accessByJourney.has(journeyId)) accessByJourney.set(journeyId, this.accessOf(journeyId));
      return accessByJourney.get(journeyId)!;
    };
    const allowed: Row[] = [];
    const refused = new Map<string, AccessDecision[]>();
    const categories = new Set<string>();
    for (const row of rows) {
      const rowCategory = typeof category === 'function' ? category(row) : category;
      const decide = (access: JourneyAccess) => canSeeCategory(policyViewer(viewer), rowCategory, involvement(row), access, this.today());
      const withoutGrants = decide({ journeyId: row.journeyId, consents: {}, representatives: {} });
      const decision = withoutGrants.allowed ? withoutGrants : decide(await accessOf(row.journeyId));
      if (decision.allowed) {
        allowed.push(row);
        categories.add(rowCategory);
      } else refused.set(row.journeyId, [...(refused.get(row.journeyId) ?? []), decision]);
    }
    const read = [...new Set(allowed.map((row) => row.journeyId))];
    await this.audit.record({ reader: viewer, action, outcome: 'read', journeyIds: read, categories: [...categories] });
    for (const [journeyId, decisions] of refused) {
      if (read.includes(journeyId)) continue;
      await this.audit.record({ reader: viewer, action, outcome: 'refused', journeyIds: [journeyId], categories: [], reason: denialReasons(decisions) });
    }
    return allowed;
  }

  /** Records a read the caller decided itself is allowed (the person's own view). */
  async recordRead(viewer: Viewer, journeyId: string, action: string, categories: readonly DataCategory[]): Promise<void> {
    await this.audit.record({ reader: viewer, action, outcome: 'read', journeyIds: [journeyId], categories });
  }

  /** Records the refusal, then answers FORBIDDEN. */
  async refuse(viewer: Viewer, journeyId: string, action: string, why: string): Promise<never> {
    await this.audit.record({ reader: viewer, action, outcome: 'refused', journeyIds: [journeyId], categories: [], reason: 'forbidden' });
    throw new GraphQLError(why, { extensions: { code: 'FORBIDDEN' } });
  }

  /** Refuses unless `allowed`; for whole queries only some viewers may ask. */
  requireOrganisation(viewer: Viewer, allowed: (organisation: OrganisationRef) => boolean, what: string): void {
    const kind = viewerKindOf(policyViewer(viewer)).kind;
    if (kind === 'unknown') {
      throw new GraphQLError(`Role ${viewer.role} is not a role Samsyn knows at ${viewer.organisation}`, {
        extensions: { code: 'FORBIDDEN', reason: 'UNKNOWN_ROLE' },
      });
    }
    if (kind !== 'agency' || !allowed(viewer.organisation)) {
      throw new GraphQLError(`${viewer.organisation} (${viewer.role}) may not read ${what}`, { extensions: { code: 'FORBIDDEN' } });
    }
  }

  private async accessOf(journeyId: string): Promise<JourneyAccess> {
    const history = await readJourneyHistory(this.store, this.keys, journeyId);
    return journeyAccessOf(journeyId, foldJourney(history));
  }
}
