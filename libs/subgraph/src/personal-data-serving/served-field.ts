import type { Viewer } from '@samsyn/auth';
import type { DataCategory, DataPart } from '@samsyn/domain';
import { getNamedType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import type { Involvement, ServedBrief, VisibleHistoryEntry } from '../access/access.service';
import type { PolicyReads } from '../access/policy-reads';

/** The audit trail's action for a read: the GraphQL field that answers it, `Person.timeline`, `Query.afReferrals`. */
export const fieldAction = (info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>): string =>
  `${info.parentType.name}.${info.fieldName}`;

/**
 * One resolution of a field marked `@PersonalData()`: the only way a resolver reads the access policy for a person's
 * data. Every read and refusal it records is named after the field, so no action is typed by hand.
 */
export class ServedField {
  readonly action: string;
  private consulted = false;

  constructor(
    private readonly reads: PolicyReads,
    private readonly info: GraphQLResolveInfo,
    readonly viewer: Viewer,
  ) {
    this.action = fieldAction(info);
  }

  /** Whether this resolution asked the policy (or recorded a read or refusal) at least once. */
  get asked(): boolean {
    return this.consulted;
  }

  /** The rows about people the viewer may see as data of `category`. */
  rows<Row extends { journeyId: string }>(
    rows: readonly Row[],
    category: DataCategory | ((row: Row) => DataCategory),
    involvement: (row: Row) => Involvement,
  ): Promise<Row[]> {
    return this.reads.filterByCategory(this.ask(), rows, category, involvement, this.action);
  }

  /** Rows that join several parts (FK's decision and another organisation's insats): shown when every part may be. */
  joinedRows<Row extends { journeyId: string }>(
    rows: readonly Row[],
    parts: (row: Row) => readonly DataPart[],
  ): Promise<Row[]> {
    return this.reads.filterByParts(this.ask(), rows, parts, this.action);
  }

  /** One row about a person, or null when there is none or the viewer may not see it. */
  async row<Row extends { journeyId: string }>(
    row: Row | null | undefined,
    category: DataCategory | ((row: Row) => DataCategory),
    involvement: (row: Row) => Involvement,
  ): Promise<Row | null> {
    const [visible] = await this.rows(row ? [row] : [], category, involvement);
    return visible ?? null;
  }

  /** The events of a journey the viewer may see. */
  history(journeyId: string): Promise<VisibleHistoryEntry[]> {
    return this.reads.visibleHistory(this.ask(), journeyId, this.action);
  }

  /**
   * Whether each pre-meeting brief among the items this field returns may be shown today. `path` names where the
   * brief sits in the field's type (`brief`, `data.preMeetingBrief`), so the audit action is `AfMeeting.brief`; its
   * first step must be a field of that type.
   */
  async briefs(path: string, briefs: readonly ServedBrief[]): Promise<boolean[]> {
    const action = this.nestedAction(path);
    return this.reads.briefsVisible(this.ask(), briefs, action);
  }

  /** Records a read the resolver decided itself is allowed (the person's own view). */
  recordRead(journeyId: string, categories: readonly DataCategory[]): Promise<void> {
    return this.reads.recordRead(this.ask(), journeyId, this.action, categories);
  }

  /** Records the refusal, then answers FORBIDDEN. */
  refuse(journeyId: string, why: string): Promise<never> {
    return this.reads.refuse(this.ask(), journeyId, this.action, why);
  }

  private ask(): Viewer {
    this.consulted = true;
    return this.viewer;
  }

  private nestedAction(path: string): string {
    const type = getNamedType(this.info.returnType);
    const [first] = path.split('.');
    if (!isObjectType(type) || !first || !(first in type.getFields())) {
      throw new Error(`${this.action} returns ${type.name}, which has no field ${first}`);
    }
    return `${type.name}.${path}`;
  }
}
