import { Args, Context, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { categoryOf, Personnummer, swedishLocalTime, type IsoDate } from '@samsyn/domain';
import type { SqlTransaction } from '@samsyn/event-store';
import {
  AccessService,
  CLOCK,
  ConsistentWithArg,
  PersonalData,
  ReadModels,
  Served,
  ServedField,
  type RequestLike,
} from '@samsyn/subgraph';
import { PersonIndex } from '@samsyn/journey-commands';
import {
  minPlanOf,
  organisationName,
  personById,
  personsById,
  personDirectoryProjection,
  personsInKommun,
  riskPartsOf,
  riskSignals,
  riskSignalsProjection,
  timelineEntry,
  type PersonRow,
  type RiskKind,
  type RiskSignalsTables,
} from '@samsyn/read-models';
import { today, type Clock } from '@samsyn/runtime';
import { JourneyStateReader } from '../../person/journey-state-reader';
import { MinPlan } from '../types/min-plan.type';
import { Person } from '../types/person.type';
import { RiskKindEnum } from '../types/risk-kind.enum';
import { RiskSignal } from '../types/risk-signal.type';
import { TimelineEntry } from '../types/timeline-entry.type';

const toPerson = (row: PersonRow): Person =>
  Object.assign(new Person(), {
    id: row.journeyId,
    homeKommun: row.homeKommun,
    openedOn: row.openedOn,
    lastEventAt: row.lastEventAt,
  });

/** The risk signals of some journeys on a day, in the shape `ReadModels.rowsOf` gathers. */
const riskSignalsOf = (
  sql: SqlTransaction,
  { tables, today }: { tables: RiskSignalsTables; today: IsoDate },
  journeyIds: readonly string[],
) => riskSignals(sql, tables, today, { journeyIds });

@Resolver(() => Person)
export class PersonResolver {
  constructor(
    private readonly reads: ReadModels,
    private readonly journeys: JourneyStateReader,
    private readonly access: AccessService,
    @Inject(PersonIndex) private readonly index: PersonIndex,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => Person, { nullable: true, description: 'One person’s journey by its id' })
  @PersonalData()
  async person(
    @Args('id', { type: () => ID }) id: string,
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<Person | null> {
    const row = await personById(
      this.reads.sql,
      await this.reads.tables(personDirectoryProjection, req, consistentWith),
      id,
    );
    return row && (await this.canSeeAnything(served, row.journeyId)) ? toPerson(row) : null;
  }

  /** A journey is shown to someone who may see at least one of its events. */
  private async canSeeAnything(served: ServedField, journeyId: string): Promise<boolean> {
    return (await served.history(journeyId)).length > 0;
  }

  @Query(() => Person, { nullable: true, description: 'Finds a journey by personnummer, through its keyed hash' })
  @PersonalData()
  async personByPersonnummer(
    @Args('personnummer') personnummer: string,
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
  ): Promise<Person | null> {
    const canonical = Personnummer.parse(personnummer, { today: today(this.clock) }).canonical;
    const journeyId = await this.index.find(canonical);
    if (!journeyId) return null;
    const row = await personById(this.reads.sql, await this.reads.tables(personDirectoryProjection, req), journeyId);
    return row && (await this.canSeeAnything(served, journeyId)) ? toPerson(row) : null;
  }

  @Query(() => [Person], { description: 'The journeys of people living in a kommun (SCB kommunkod)' })
  @PersonalData()
  async personsInKommun(
    @Args('kommunkod') kommunkod: string,
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<Person[]> {
    this.access.requireOrganisation(
      served.viewer,
      (organisation) => organisation === `KOMMUN:${kommunkod}`,
      `the residents of kommun ${kommunkod}`,
    );
    const tables = await this.reads.tables(personDirectoryProjection, req, consistentWith);
    const rows = await personsInKommun(this.reads.sql, tables, kommunkod);
    return (await served.rows(rows, 'identity', () => ({}))).map(toPerson);
  }

  @Query(() => [RiskSignal], { name: 'riskSignals', description: 'Journeys with a risk signal, oldest first' })
  @PersonalData()
  async riskSignalList(
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
    @Args('kind', { type: () => RiskKindEnum, nullable: true }) kind?: RiskKind,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<RiskSignal[]> {
    const tables = await this.reads.tables(riskSignalsProjection, req, consistentWith);
    const rows = await riskSignals(this.reads.sql, tables, today(this.clock), kind ? { kind } : {});
    const visible = await served.joinedRows(rows, riskPartsOf);
    return visible.map((row) => Object.assign(new RiskSignal(), { ...row, person: { id: row.journeyId } }));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }): Promise<Person | null> {
    const tables = await this.reads.tables(personDirectoryProjection, undefined);
    const row = await this.reads.rowOf(personsById, tables, reference.id);
    return row ? toPerson(row) : null;
  }

  @ResolveField(() => MinPlan, { description: '"Min plan": the person’s own view, folded from their journey on read' })
  @PersonalData()
  async minPlan(@Parent() person: Person, @Served() served: ServedField): Promise<MinPlan> {
    const { viewer } = served;
    const { state, history } = await this.journeys.read(person.id);
    const ownJourney = viewer.organisation === 'PERSON' && viewer.journeyId === person.id;
    const appointed =
      viewer.role === 'representative' && !!viewer.representativeId && !!state.representatives[viewer.representativeId];
    if (!ownJourney || !(viewer.role === 'person' || appointed)) {
      await served.refuse(person.id, 'Min plan is the person’s own view: only they and their representatives see it');
    }
    // The person and their representatives see every event: one read of the stream serves check, audit and view.
    await served.recordRead(
      person.id,
      history.map(({ event }) => categoryOf(event)),
    );
    const plan = minPlanOf(state, this.clock.now());
    return {
      ...plan,
      contacts: plan.contacts.map((contact) => ({
        ...contact,
        organisationName: organisationName(contact.organisation, 'sv'),
      })),
    };
  }

  @ResolveField(() => [TimelineEntry], { description: 'The shared timeline: every event, oldest first' })
  @PersonalData()
  async timeline(@Parent() person: Person, @Served() served: ServedField): Promise<TimelineEntry[]> {
    const history = await served.history(person.id);
    return history.map(({ event, recorded }) =>
      timelineEntry({
        journeyId: person.id,
        event,
        revision: recorded.revision,
        position: recorded.position,
        author: recorded.metadata.author.organisation,
        occurredAt: swedishLocalTime(recorded.metadata.occurredAt, 'occurredAt'),
      }),
    );
  }

  @ResolveField(() => [RiskSignal], { name: 'riskSignals' })
  @PersonalData()
  async riskSignalsOf(
    @Parent() person: Person,
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
  ): Promise<RiskSignal[]> {
    const tables = await this.reads.tables(riskSignalsProjection, req);
    const rows = await this.reads.rowsOf(riskSignalsOf, { tables, today: today(this.clock) }, person.id);
    const visible = await served.joinedRows(rows, riskPartsOf);
    return visible.map((row) => Object.assign(new RiskSignal(), { ...row, person }));
  }
}
