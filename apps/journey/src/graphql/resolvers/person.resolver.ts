import { Args, Context, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Personnummer, type OrganisationRef } from '@samsyn/domain';
import { CLOCK, ReadModels } from '@samsyn/journey-graphql';
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
} from '@samsyn/read-models';
import type { Clock } from '@samsyn/runtime';
import { Caller, ConsistentWithArg, type RequestLike } from '@samsyn/subgraph';
import { JourneyStateReader } from '../../person/journey-state-reader';
import { MinPlan } from '../types/min-plan.type';
import { Person } from '../types/person.type';
import { RiskSignal } from '../types/risk-signal.type';
import { TimelineEntry } from '../types/timeline-entry.type';

const toPerson = (row: PersonRow): Person =>
  Object.assign(new Person(), { id: row.journeyId, homeKommun: row.homeKommun, openedOn: row.openedOn, lastEventAt: row.lastEventAt });

@Resolver(() => Person)
export class PersonResolver {
  constructor(
    private readonly reads: ReadModels,
    private readonly journeys: JourneyStateReader,
    @Inject(PersonIndex) private readonly index: PersonIndex,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => Person, { nullable: true, description: 'One person’s journey by its id' })
  async person(
    @Args('id', { type: () => ID }) id: string,
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<Person | null> {
    const row = await personById(this.reads.sql, await this.reads.tables(personDirectoryProjection, req, consistentWith), id);
    return row ? toPerson(row) : null;
  }

  @Query(() => Person, { nullable: true, description: 'Finds a journey by personnummer, through its keyed hash' })
  async personByPersonnummer(
    @Args('personnummer') personnummer: string,
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
  ): Promise<Person | null> {
    const canonical = Personnummer.parse(personnummer, { today: this.clock.now().slice(0, 10) }).canonical;
    const journeyId = await this.index.find(canonical);
    if (!journeyId) return null;
    const row = await personById(this.reads.sql, await this.reads.tables(personDirectoryProjection, req), journeyId);
    return row ? toPerson(row) : null;
  }

  @Query(() => [Person], { description: 'The journeys of people living in a kommun (SCB kommunkod)' })
  async personsInKommun(
    @Args('kommunkod') kommunkod: string,
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<Person[]> {
    const tables = await this.reads.tables(personDirectoryProjection, req, consistentWith);
    return (await personsInKommun(this.reads.sql, tables, kommunkod)).map(toPerson);
  }

  @Query(() => [RiskSignal], { name: 'riskSignals', description: 'Journeys with a risk signal, oldest first' })
  async riskSignalList(
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
    @Args('kind', { nullable: true }) kind?: string,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<RiskSignal[]> {
    const tables = await this.reads.tables(riskSignalsProjection, req, consistentWith);
    const rows = await riskSignals(this.reads.sql, tables, this.clock.now().slice(0, 10), kind ? { kind: kind as never } : {});
    return rows.map((row) => Object.assign(new RiskSignal(), { ...row, person: { id: row.journeyId } }));
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }): Promise<Person | null> {
    const row = await personById(this.reads.sql, await this.reads.tables(personDirectoryProjection, undefined), reference.id);
    return row ? toPerson(row) : null;
  }

  @ResolveField(() => MinPlan, { description: '"Min plan": the person’s own view, folded from their journey on read' })
  async minPlan(@Parent() person: Person): Promise<MinPlan> {
    const { state } = await this.journeys.read(person.id);
    const plan = minPlanOf(state, this.clock.now());
    return {
      ...plan,
      contacts: plan.contacts.map((contact) => ({ ...contact, organisationName: organisationName(contact.organisation, 'sv') })),
    };
  }

  @ResolveField(() => [TimelineEntry], { description: 'The shared timeline: every event, oldest first' })
  async timeline(@Parent() person: Person): Promise<TimelineEntry[]> {
    const { history } = await this.journeys.read(person.id);
    return history.map(({ event, recorded }) =>
      timelineEntry({
        journeyId: person.id,
        event,
        revision: recorded.revision,
        position: recorded.position,
        author: recorded.metadata.author.organisation,
        occurredAt: recorded.metadata.occurredAt,
      }),
    );
  }

  @ResolveField(() => [RiskSignal], { name: 'riskSignals' })
  async riskSignalsOf(@Parent() person: Person, @Context('req') req: RequestLike): Promise<RiskSignal[]> {
    const tables = await this.reads.tables(riskSignalsProjection, req);
    const rows = await riskSignals(this.reads.sql, tables, this.clock.now().slice(0, 10), { journeyId: person.id });
    return rows.map((row) => Object.assign(new RiskSignal(), { ...row, person }));
  }
}
