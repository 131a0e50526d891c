import type { Viewer } from '@samsyn/auth';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { categoryOf, Personnummer, swedishLocalTime, type DataCategory } from '@samsyn/domain';
import { AccessService, CLOCK, ReadModels, ConsistentWithArg, CurrentViewer, type RequestLike } from '@samsyn/subgraph';
import { PersonIndex } from '@samsyn/journey-commands';
import {
  minPlanOf,
  organisationName,
  personById,
  personDirectoryProjection,
  personsInKommun,
  riskSignals,
  riskSignalsProjection,
  timelineEntry,
  type PersonRow,
  type RiskSignalRow,
} from '@samsyn/read-models';
import { today, type Clock } from '@samsyn/runtime';
import { JourneyStateReader } from '../../person/journey-state-reader';
import { MinPlan } from '../types/min-plan.type';
import { Person } from '../types/person.type';
import { RiskSignal } from '../types/risk-signal.type';
import { TimelineEntry } from '../types/timeline-entry.type';

/** What a risk signal tells about: the insats, the contact person, or the lotsning after an avslag. */
const riskCategory = (row: RiskSignalRow): DataCategory =>
  row.kind === 'insats_outlasts_benefit'
    ? 'insats'
    : row.kind === 'contact_changed_uninformed'
      ? 'contact'
      : 'lotsning';

const toPerson = (row: PersonRow): Person =>
  Object.assign(new Person(), {
    id: row.journeyId,
    homeKommun: row.homeKommun,
    openedOn: row.openedOn,
    lastEventAt: row.lastEventAt,
  });

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
  async person(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<Person | null> {
    const row = await personById(
      this.reads.sql,
      await this.reads.tables(personDirectoryProjection, req, consistentWith),
      id,
    );
    return row && (await this.canSeeAnything(viewer, row.journeyId, 'Query.person')) ? toPerson(row) : null;
  }

  /** A journey is shown to someone who may see at least one of its events. */
  private async canSeeAnything(viewer: Viewer, journeyId: string, action: string): Promise<boolean> {
    return (await this.access.visibleHistory(viewer, journeyId, action)).length > 0;
  }

  @Query(() => Person, { nullable: true, description: 'Finds a journey by personnummer, through its keyed hash' })
  async personByPersonnummer(
    @Args('personnummer') personnummer: string,
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
  ): Promise<Person | null> {
    const canonical = Personnummer.parse(personnummer, { today: today(this.clock) }).canonical;
    const journeyId = await this.index.find(canonical);
    if (!journeyId) return null;
    const row = await personById(this.reads.sql, await this.reads.tables(personDirectoryProjection, req), journeyId);
    return row && (await this.canSeeAnything(viewer, journeyId, 'Query.personByPersonnummer')) ? toPerson(row) : null;
  }

  @Query(() => [Person], { description: 'The journeys of people living in a kommun (SCB kommunkod)' })
  async personsInKommun(
    @Args('kommunkod') kommunkod: string,
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<Person[]> {
    this.access.requireOrganisation(
      viewer,
      (organisation) => organisation === `KOMMUN:${kommunkod}`,
      `the residents of kommun ${kommunkod}`,
    );
    const tables = await this.reads.tables(personDirectoryProjection, req, consistentWith);
    const rows = await personsInKommun(this.reads.sql, tables, kommunkod);
    return (await this.access.filterByCategory(viewer, rows, 'identity', () => ({}), 'Query.personsInKommun')).map(
      toPerson,
    );
  }

  @Query(() => [RiskSignal], { name: 'riskSignals', description: 'Journeys with a risk signal, oldest first' })
  async riskSignalList(
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
    @Args('kind', { nullable: true }) kind?: string,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<RiskSignal[]> {
    const tables = await this.reads.tables(riskSignalsProjection, req, consistentWith);
    const rows = await riskSignals(this.reads.sql, tables, today(this.clock), kind ? { kind: kind as never } : {});
    const visible = await this.access.filterByCategory(viewer, rows, riskCategory, () => ({}), 'Query.riskSignals');
    return visible.map((row) => Object.assign(new RiskSignal(), { ...row, person: { id: row.journeyId } }));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }): Promise<Person | null> {
    const row = await personById(
      this.reads.sql,
      await this.reads.tables(personDirectoryProjection, undefined),
      reference.id,
    );
    return row ? toPerson(row) : null;
  }

  @ResolveField(() => MinPlan, { description: '"Min plan": the person’s own view, folded from their journey on read' })
  async minPlan(@Parent() person: Person, @CurrentViewer() viewer: Viewer): Promise<MinPlan> {
    const { state, history } = await this.journeys.read(person.id);
    const ownJourney = viewer.organisation === 'PERSON' && viewer.journeyId === person.id;
    const appointed =
      viewer.role === 'representative' && !!viewer.representativeId && !!state.representatives[viewer.representativeId];
    if (!ownJourney || !(viewer.role === 'person' || appointed)) {
      await this.access.refuse(
        viewer,
        person.id,
        'Person.minPlan',
        'Min plan is the person’s own view: only they and their representatives see it',
      );
    }
    // The person and their representatives see every event: one read of the stream serves check, audit and view.
    await this.access.recordRead(
      viewer,
      person.id,
      'Person.minPlan',
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
  async timeline(@Parent() person: Person, @CurrentViewer() viewer: Viewer): Promise<TimelineEntry[]> {
    const history = await this.access.visibleHistory(viewer, person.id, 'Person.timeline');
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
  async riskSignalsOf(
    @Parent() person: Person,
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: RequestLike,
  ): Promise<RiskSignal[]> {
    const tables = await this.reads.tables(riskSignalsProjection, req);
    const rows = await riskSignals(this.reads.sql, tables, today(this.clock), { journeyId: person.id });
    const visible = await this.access.filterByCategory(viewer, rows, riskCategory, () => ({}), 'Person.riskSignals');
    return visible.map((row) => Object.assign(new RiskSignal(), { ...row, person }));
  }
}
