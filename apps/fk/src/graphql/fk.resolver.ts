import { Inject } from '@nestjs/common';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
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
import {
  avslagCasesOf,
  avslagCases,
  currentDecisions,
  decisionsEndingWithin,
  fkBenefitProjection,
  turningThirtyWithin,
  type AvslagCaseRow,
  type LotsningStatus,
} from '@samsyn/read-models';
import { today, type Clock } from '@samsyn/runtime';
import { FkPerson } from './fk-person';
import { FkAvslagCase, FkDecision, FkTurningThirty } from './fk.types';
import { LotsningStatusEnum } from './lotsning-status.enum';

const isFk = (organisation: string) => organisation === 'FK';
const BY_FK = () => ({ author: 'FK' });
/** FK writes the avslag and the lotsning; the organisations it referred the person to take part in it. */
const lotsningInvolvement = (row: AvslagCaseRow) => ({ author: 'FK', participants: row.referredTo });

const withPerson = <Row extends { journeyId: string }>(row: Row) => ({ ...row, person: { id: row.journeyId } });

@Resolver(() => FkPerson)
export class FkResolver {
  constructor(
    private readonly reads: ReadModels,
    private readonly access: AccessService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => [FkDecision], { description: 'Decisions ending within `months` (default 6), soonest first' })
  @PersonalData()
  async fkDecisionsEnding(
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
    @Args('months', { type: () => Int, defaultValue: 6 }) months: number,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<FkDecision[]> {
    this.access.requireOrganisation(served.viewer, isFk, 'FK’s decisions');
    const tables = await this.reads.tables(fkBenefitProjection, req, consistentWith);
    const rows = await decisionsEndingWithin(this.reads.sql, tables, today(this.clock), months);
    return (await served.rows(rows, 'benefit', BY_FK)).map(withPerson);
  }

  @Query(() => [FkAvslagCase], { description: 'Avslag cases and their lotsning status, oldest first' })
  @PersonalData()
  async fkAvslagCases(
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
    @Args('status', { type: () => LotsningStatusEnum, nullable: true }) status?: LotsningStatus | null,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<FkAvslagCase[]> {
    this.access.requireOrganisation(served.viewer, isFk, 'FK’s avslag cases');
    const tables = await this.reads.tables(fkBenefitProjection, req, consistentWith);
    const rows = await avslagCases(this.reads.sql, tables, status ?? undefined);
    return (await served.rows(rows, 'lotsning', lotsningInvolvement)).map(withPerson);
  }

  @Query(() => [FkTurningThirty], { description: 'People turning 30 within `years` (default 1)' })
  @PersonalData()
  async fkTurningThirty(
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
    @Args('years', { type: () => Int, defaultValue: 1 }) years: number,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<FkTurningThirty[]> {
    this.access.requireOrganisation(served.viewer, isFk, 'who turns 30');
    const tables = await this.reads.tables(fkBenefitProjection, req, consistentWith);
    const rows = await turningThirtyWithin(this.reads.sql, tables, today(this.clock), years);
    return (await served.rows(rows, 'identity', () => ({}))).map(withPerson);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): FkPerson {
    return { id: reference.id };
  }

  @ResolveField(() => FkDecision, { nullable: true, description: 'The current aktivitetsersättning decision' })
  @PersonalData()
  async fkDecision(
    @Parent() person: FkPerson,
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
  ): Promise<FkDecision | null> {
    const row = await this.reads.rowOf(currentDecisions, await this.reads.tables(fkBenefitProjection, req), person.id);
    const visible = await served.row(row, 'benefit', BY_FK);
    return visible ? withPerson(visible) : null;
  }

  @ResolveField(() => FkAvslagCase, { nullable: true, description: 'The latest avslag and its lotsning' })
  @PersonalData()
  async fkAvslagCase(
    @Parent() person: FkPerson,
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
  ): Promise<FkAvslagCase | null> {
    const row = await this.reads.rowOf(avslagCasesOf, await this.reads.tables(fkBenefitProjection, req), person.id);
    const visible = await served.row(row, 'lotsning', lotsningInvolvement);
    return visible ? withPerson(visible) : null;
  }
}
