import { Inject, Injectable } from '@nestjs/common';
import type { AuditTrail } from '@samsyn/audit';
import type { Viewer } from '@samsyn/auth';
import {
  canSeeBrief,
  canSeeCategory,
  categoryOf,
  visibleEvents,
  type AccessDecision,
  type DataCategory,
  type DataPart,
  type JourneyAccess,
} from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { readJourneyHistory } from '@samsyn/journey-commands';
import { JourneyKeyStore } from '@samsyn/personal-data';
import { GraphQLError } from 'graphql';
import { AUDIT_TRAIL, EVENT_STORE } from '../tokens';
import {
  AccessService,
  policyViewer,
  type Involvement,
  type ServedBrief,
  type VisibleHistoryEntry,
} from './access.service';

/** The policy's reasons for refusing, for the audit row: `consent_expired`, `no_basis`, … */
function denialReasons(decisions: readonly AccessDecision[]): string {
  const reasons = decisions.flatMap((decision) => (decision.allowed ? [] : [decision.reason]));
  return [...new Set(reasons)].sort().join(',') || 'no_basis';
}

/** The reads of the briefs shown, one per set of categories: journeys whose briefs share the same ones go in one statement. */
function readsOf(shown: readonly ServedBrief[]): { journeyIds: string[]; categories: DataCategory[] }[] {
  const categoriesByJourney = new Map<string, Set<DataCategory>>();
  for (const { journeyId, categories } of shown) {
    categoriesByJourney.set(journeyId, new Set([...(categoriesByJourney.get(journeyId) ?? []), ...categories]));
  }
  const reads = new Map<string, { journeyIds: string[]; categories: DataCategory[] }>();
  for (const [journeyId, categories] of categoriesByJourney) {
    const sorted = [...categories].sort();
    const key = sorted.join(',');
    reads.set(key, { journeyIds: [...(reads.get(key)?.journeyIds ?? []), journeyId], categories: sorted });
  }
  return [...reads.values()];
}

/**
 * The domain's access policy applied to a person's data, each read recorded in the audit trail before the data is
 * returned and each refusal as a refusal. Not exported from the library: resolvers reach it only through
 * `@PersonalData()` and its `ServedField`, which names the audit action after the GraphQL field.
 */
@Injectable()
export class PolicyReads {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JourneyKeyStore) private readonly keys: JourneyKeyStore,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
    private readonly access: AccessService,
  ) {}

  /** The events of a journey the viewer may see, recorded as read (or as refused when none). */
  async visibleHistory(viewer: Viewer, journeyId: string, action: string): Promise<VisibleHistoryEntry[]> {
    const history = await readJourneyHistory(this.store, this.keys, journeyId);
    const decided = visibleEvents(
      policyViewer(viewer),
      journeyId,
      history.map((entry) => ({ ...entry, author: entry.recorded.metadata.author.organisation })),
      this.access.today(),
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
    return visible.map((entry, index) => ({
      event: entry.event,
      recorded: entry.recorded,
      category: categories[index]!,
    }));
  }

  /** Whether the viewer may see data of `category` about each journey; records the reads and the refusals. */
  filterByCategory<Row extends { journeyId: string }>(
    viewer: Viewer,
    rows: readonly Row[],
    category: DataCategory | ((row: Row) => DataCategory),
    involvement: (row: Row) => Involvement,
    action: string,
  ): Promise<Row[]> {
    const rowCategory = typeof category === 'function' ? category : () => category;
    return this.filterByParts(
      viewer,
      rows,
      (row) => [{ category: rowCategory(row), involvement: involvement(row) }],
      action,
    );
  }

  /**
   * For rows that join data of several categories or organisations: a row is shown only when the viewer may see
   * every one of its parts. Records the reads (every part's category) and the refusals.
   */
  async filterByParts<Row extends { journeyId: string }>(
    viewer: Viewer,
    rows: readonly Row[],
    parts: (row: Row) => readonly DataPart[],
    action: string,
  ): Promise<Row[]> {
    const decide = this.decider();
    const reader = policyViewer(viewer);
    const today = this.access.today();
    const allowed: Row[] = [];
    const refused = new Map<string, AccessDecision[]>();
    const categories = new Set<DataCategory>();
    for (const row of rows) {
      const rowParts = parts(row);
      const decisions: AccessDecision[] = [];
      for (const part of rowParts) {
        decisions.push(
          await decide(row.journeyId, (access) =>
            canSeeCategory(reader, part.category, part.involvement, access, today),
          ),
        );
      }
      const denied = decisions.filter((decision) => !decision.allowed);
      if (rowParts.length > 0 && denied.length === 0) {
        allowed.push(row);
        rowParts.forEach((part) => categories.add(part.category));
      } else refused.set(row.journeyId, [...(refused.get(row.journeyId) ?? []), ...denied]);
    }
    const read = [...new Set(allowed.map((row) => row.journeyId))];
    await this.audit.record({ reader: viewer, action, outcome: 'read', journeyIds: read, categories: [...categories] });
    for (const [journeyId, decisions] of refused) {
      if (read.includes(journeyId)) continue;
      await this.audit.record({
        reader: viewer,
        action,
        outcome: 'refused',
        journeyIds: [journeyId],
        categories: [],
        reason: denialReasons(decisions),
      });
    }
    return allowed;
  }

  /**
   * Whether the viewer may see each pre-meeting brief today (the domain's `canSeeBrief`), in the order given. The briefs
   * shown are recorded as reads of their categories; each journey with a brief withheld, as a refusal with the policy's
   * reasons (`consent_withdrawn`, …), even when another of its briefs was shown.
   */
  async briefsVisible(viewer: Viewer, briefs: readonly ServedBrief[], action: string): Promise<boolean[]> {
    const decide = this.decider();
    const decisions: AccessDecision[] = [];
    for (const { journeyId, organiser, categories } of briefs) {
      decisions.push(
        await decide(journeyId, (access) =>
          canSeeBrief(policyViewer(viewer), categories, organiser, access, this.access.today()),
        ),
      );
    }
    const refused = new Map<string, AccessDecision[]>();
    briefs.forEach(({ journeyId }, index) => {
      const decision = decisions[index]!;
      if (!decision.allowed) refused.set(journeyId, [...(refused.get(journeyId) ?? []), decision]);
    });
    for (const { journeyIds, categories } of readsOf(briefs.filter((_, index) => decisions[index]!.allowed))) {
      await this.audit.record({ reader: viewer, action, outcome: 'read', journeyIds, categories });
    }
    for (const [journeyId, refusals] of refused) {
      await this.audit.record({
        reader: viewer,
        action,
        outcome: 'refused',
        journeyIds: [journeyId],
        categories: [],
        reason: denialReasons(refusals),
      });
    }
    return decisions.map((decision) => decision.allowed);
  }

  /** Records a read the caller decided itself is allowed (the person's own view). */
  async recordRead(
    viewer: Viewer,
    journeyId: string,
    action: string,
    categories: readonly DataCategory[],
  ): Promise<void> {
    await this.audit.record({ reader: viewer, action, outcome: 'read', journeyIds: [journeyId], categories });
  }

  /** Records the refusal, then answers FORBIDDEN. */
  async refuse(viewer: Viewer, journeyId: string, action: string, why: string): Promise<never> {
    await this.audit.record({
      reader: viewer,
      action,
      outcome: 'refused',
      journeyIds: [journeyId],
      categories: [],
      reason: 'forbidden',
    });
    throw new GraphQLError(why, { extensions: { code: 'FORBIDDEN' } });
  }

  /**
   * Decides for one journey at a time. Consents and representatives only ever add access, so a decision allowed without
   * them (the viewer wrote it, takes part in it, or is the person) needs no read of the journey's stream; the others
   * read it once per journey for this decider.
   */
  private decider(): (journeyId: string, decide: (access: JourneyAccess) => AccessDecision) => Promise<AccessDecision> {
    const accessByJourney = new Map<string, Promise<JourneyAccess>>();
    return async (journeyId, decide) => {
      const withoutGrants = decide({ journeyId, consents: {}, representatives: {} });
      if (withoutGrants.allowed) return withoutGrants;
      if (!accessByJourney.has(journeyId)) accessByJourney.set(journeyId, this.access.accessOf(journeyId));
      return decide(await accessByJourney.get(journeyId)!);
    };
  }
}
