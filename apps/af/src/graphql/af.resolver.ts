import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import type { OrganisationRef } from '@samsyn/domain';
import { CLOCK, ReadModels } from '@samsyn/journey-graphql';
import { afProjection, jobSeeker, jobSeekers, referralsTo, upcomingMeetings, type MeetingRow } from '@samsyn/read-models';
import type { Clock } from '@samsyn/runtime';
import { Caller, ConsistentWithArg, type RequestLike } from '@samsyn/subgraph';
import { AfPerson } from './af-person';
import { AfJobSeeker, AfMeeting, AfReferral } from './af.types';

const AF = 'AF';
const withPerson = <Row extends { journeyId: string }>(row: Row) => ({ ...row, person: { id: row.journeyId } });
const toMeeting = ({ briefCategories, ...row }: MeetingRow): AfMeeting => ({
  ...withPerson(row),
  brief: briefCategories ? { categories: briefCategories } : null,
});

@Resolver(() => AfPerson)
export class AfResolver {
  constructor(
    private readonly reads: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => [AfReferral], { description: 'People referred to Arbetsförmedlingen, newest first' })
  async afReferrals(
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<AfReferral[]> {
    const tables = await this.reads.tables(afProjection, req, consistentWith);
    return (await referralsTo(this.reads.sql, tables, AF)).map(withPerson);
  }

  @Query(() => [AfMeeting], { description: 'Upcoming meetings AF takes part in (default: omställningsmöten), with their brief' })
  async afUpcomingMeetings(
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
    @Args('kind', { defaultValue: 'omstallningsmote' }) kind: string,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<AfMeeting[]> {
    const tables = await this.reads.tables(afProjection, req, consistentWith);
    return (await upcomingMeetings(this.reads.sql, tables, AF, this.clock.now(), { kind })).map(toMeeting);
  }

  @Query(() => [AfJobSeeker], { description: 'People registered as job seekers, newest first' })
  async afJobSeekers(
    @Caller() _caller: OrganisationRef,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<AfJobSeeker[]> {
    const tables = await this.reads.tables(afProjection, req, consistentWith);
    return (await jobSeekers(this.reads.sql, tables)).map(withPerson);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): AfPerson {
    return { id: reference.id };
  }

  @ResolveField(() => AfJobSeeker, { nullable: true, description: 'Job-seeker status at Arbetsförmedlingen' })
  async afJobSeeker(@Parent() person: AfPerson, @Context('req') req: RequestLike): Promise<AfJobSeeker | null> {
    const row = await jobSeeker(this.reads.sql, await this.reads.tables(afProjection, req), person.id);
    return row ? withPerson(row) : null;
  }

  @ResolveField(() => [AfReferral], { name: 'afReferrals', description: 'Referrals of this person to AF' })
  async referralsOf(@Parent() person: AfPerson, @Context('req') req: RequestLike): Promise<AfReferral[]> {
    return (await referralsTo(this.reads.sql, await this.reads.tables(afProjection, req), AF, person.id)).map(withPerson);
  }

  @ResolveField(() => [AfMeeting], { name: 'afUpcomingMeetings', description: 'Upcoming meetings of this person that AF takes part in' })
  async meetingsOf(@Parent() person: AfPerson, @Context('req') req: RequestLike): Promise<AfMeeting[]> {
    const tables = await this.reads.tables(afProjection, req);
    return (await upcomingMeetings(this.reads.sql, tables, AF, this.clock.now(), { journeyId: person.id })).map(toMeeting);
  }
}
