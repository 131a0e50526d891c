import { Inject } from '@nestjs/common';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import type { OrganisationRef } from '@samsyn/domain';
import { CLOCK, ReadModels } from '@samsyn/journey-graphql';
import {
  avslagCase,
  avslagCases,
  currentDecision,
  decisionsEndingWithin,
  fkBenefitProjection,
  LOTSNING_STATUSES,
  turningThirtyWithin,
  type LotsningStatus,
} from '@samsyn/read-models';
import type { Clock } from '@samsyn/runtime';
import { Caller, ConsistentWithArg, type RequestLike } from '@samsyn/subgraph';
import { GraphQLError } from 'graphql';
import { FkPerson } from './fk-person';
import { FkAvslagCase, FkDecision, FkTurningThirty } from './fk.types';

const withPerson = <Row extends { journeyId: string }>(row: Row) => ({ ...row, person: { id: row.journeyId } });

@Resolver(() => FkPerson)
export class FkResolver {
  constructor(
    private readonly reads: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today(): string {
    return this.clock.now().slice(0, 10);
  }

  @Query(() => [FkDecision], { description: 'Decisions ending within `months` (default 6), soonest first' })
  async fkDecisionsEnding(
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
    @Args('months', { type: () => Int, defaultValue: 6 }) months: number,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<FkDecision[]> {
    const tables = await this.reads.tables(fkBenefitProjection, req, consistentWith);
    return (await decisionsEndingWithin(this.reads.sql, tables, this.today(), months)).map(withPerson);
  }

  @Query(() => [FkAvslagCase], { description: 'Avslag cases and their lotsning status, oldest first' })
  async fkAvslagCases(
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
    @Args('status', { nullable: true, description: LOTSNING_STATUSES.join(', ') }) status?: string,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<FkAvslagCase[]> {
    if (status !== undefined && status !== null && !(LOTSNING_STATUSES as readonly string[]).includes(status)) {
      throw new GraphQLError(`status must be one of ${LOTSNING_STATUSES.join(', ')}`, {
        extensions: { code: 'BAD_USER_INPUT', field: 'status' },
      });
    }
    const tables = await this.reads.tables(fkBenefitProjection, req, consistentWith);
    return (await avslagCases(this.reads.sql, tables, (status ?? undefined) as LotsningStatus | undefined)).map(withPerson);
  }

  @Query(() => [FkTurningThirty], { description: 'People turning 30 within `years` (default 1)' })
  async fkTurningThirty(
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
    @Args('years', { type: () => Int, defaultValue: 1 }) years: number,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<FkTurningThirty[]> {
    const tables = await this.reads.tables(fkBenefitProjection, req, consistentWith);
    return (await turningThirtyWithin(this.reads.sql, tables, this.today(), years)).map(withPerson);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): FkPerson {
    return { id: reference.id };
  }

  @ResolveField(() => FkDecision, { nullable: true, description: 'The current aktivitetsersättning decision' })
  async fkDecision(@Parent() person: FkPerson, @Context('req') req: RequestLike): Promise<FkDecision | null> {
    const row = await currentDecision(this.reads.sql, await this.reads.tables(fkBenefitProjection, req), person.id);
    return row ? withPerson(row) : null;
  }

  @ResolveField(() => FkAvslagCase, { nullable: true, description: 'The latest avslag and its lotsning' })
  async fkAvslagCase(@Parent() person: FkPerson, @Context('req') req: RequestLike): Promise<FkAvslagCase | null> {
    const row = await avslagCase(this.reads.sql, await this.reads.tables(fkBenefitProjection, req), person.id);
    return row ? withPerson(row) : null;
  }
}
