import { swedishLocalTime, type MeetingKind } from '@samsyn/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import {
  AccessService,
  CLOCK,
  ConsistentWithArg,
  MeetingKindEnum,
  PersonalData,
  ReadModels,
  Served,
  ServedField,
  type RequestLike,
} from '@samsyn/subgraph';
import {
  afProjection,
  jobSeekersOf,
  type AfTables,
  referralsOf,
  jobSeekers,
  referralsTo,
  upcomingMeetings,
  type MeetingRow,
  type ReferralRow,
} from '@samsyn/read-models';
import type { SqlTransaction } from '@samsyn/event-store';
import type { Clock } from '@samsyn/runtime';
import { AfPerson } from './af-person';
import { AfJobSeeker, AfMeeting, AfReferral } from './af.types';

const AF = 'AF';
const isAf = (organisation: string) => organisation === AF;
const BY_AF = () => ({ author: AF });
const referralInvolvement = (row: ReferralRow) => ({ author: 'FK', participants: [row.referredTo] });
const meetingInvolvement = (row: MeetingRow) => ({ author: row.organiser, participants: row.participants });

const withPerson = <Row extends { journeyId: string }>(row: Row) => ({ ...row, person: { id: row.journeyId } });
/** The field of AfMeeting that shows its brief, which names the audit action whichever query the meeting came from. */
const BRIEF_FIELD = 'brief';
const toMeeting = ({ briefCategories, ...row }: MeetingRow, briefShown: boolean): AfMeeting => ({
  ...withPerson(row),
  at: swedishLocalTime(row.at, 'at'),
  brief: briefShown && briefCategories ? { categories: briefCategories } : null,
});

/** AF's referrals of some journeys, in the shape `ReadModels.rowsOf` gathers. */
const referralsToAfOf = (sql: SqlTransaction, tables: AfTables, journeyIds: readonly string[]) =>
  referralsOf(sql, tables, AF, journeyIds);

@Resolver(() => AfPerson)
export class AfResolver {
  constructor(
    private readonly reads: ReadModels,
    private readonly access: AccessService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => [AfReferral], { description: 'People referred to Arbetsförmedlingen, newest first' })
  @PersonalData()
  async afReferrals(
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<AfReferral[]> {
    this.access.requireOrganisation(served.viewer, isAf, 'AF’s referrals');
    const tables = await this.reads.tables(afProjection, req, consistentWith);
    const rows = await referralsTo(this.reads.sql, tables, AF);
    return (await served.rows(rows, 'lotsning', referralInvolvement)).map(withPerson);
  }

  @Query(() => [AfMeeting], {
    description:
      'Upcoming meetings AF takes part in (default: omställningsmöten), with their brief while the person’s consent covers it',
  })
  @PersonalData()
  async afUpcomingMeetings(
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
    @Args('kind', { type: () => MeetingKindEnum, defaultValue: 'omstallningsmote' }) kind: MeetingKind,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<AfMeeting[]> {
    this.access.requireOrganisation(served.viewer, isAf, 'AF’s meetings');
    const tables = await this.reads.tables(afProjection, req, consistentWith);
    const rows = await upcomingMeetings(this.reads.sql, tables, AF, this.clock.now(), { kind });
    return meetingsWithBriefs(served, rows);
  }

  @Query(() => [AfJobSeeker], { description: 'People registered as job seekers, newest first' })
  @PersonalData()
  async afJobSeekers(
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
    @ConsistentWithArg() consistentWith?: string,
  ): Promise<AfJobSeeker[]> {
    this.access.requireOrganisation(served.viewer, isAf, 'AF’s job seekers');
    const tables = await this.reads.tables(afProjection, req, consistentWith);
    const rows = await jobSeekers(this.reads.sql, tables);
    return (await served.rows(rows, 'job_seeking', BY_AF)).map(withPerson);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): AfPerson {
    return { id: reference.id };
  }

  @ResolveField(() => AfJobSeeker, { nullable: true, description: 'Job-seeker status at Arbetsförmedlingen' })
  @PersonalData()
  async afJobSeeker(
    @Parent() person: AfPerson,
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
  ): Promise<AfJobSeeker | null> {
    const row = await this.reads.rowOf(jobSeekersOf, await this.reads.tables(afProjection, req), person.id);
    const visible = await served.row(row, 'job_seeking', BY_AF);
    return visible ? withPerson(visible) : null;
  }

  @ResolveField(() => [AfReferral], { name: 'afReferrals', description: 'Referrals of this person to AF' })
  @PersonalData()
  async referralsOf(
    @Parent() person: AfPerson,
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
  ): Promise<AfReferral[]> {
    const rows = await this.reads.rowsOf(referralsToAfOf, await this.reads.tables(afProjection, req), person.id);
    return (await served.rows(rows, 'lotsning', referralInvolvement)).map(withPerson);
  }

  @ResolveField(() => [AfMeeting], {
    name: 'afUpcomingMeetings',
    description: 'Upcoming meetings of this person that AF takes part in',
  })
  @PersonalData()
  async meetingsOf(
    @Parent() person: AfPerson,
    @Served() served: ServedField,
    @Context('req') req: RequestLike,
  ): Promise<AfMeeting[]> {
    const tables = await this.reads.tables(afProjection, req);
    const rows = await upcomingMeetings(this.reads.sql, tables, AF, this.clock.now(), { journeyId: person.id });
    return meetingsWithBriefs(served, rows);
  }
}

/** The meetings the viewer may see, each brief among them shown only if a consent valid today still covers it. */
async function meetingsWithBriefs(served: ServedField, rows: readonly MeetingRow[]): Promise<AfMeeting[]> {
  const meetings = await served.rows(rows, 'meeting', meetingInvolvement);
  const briefed = meetings.flatMap((row) => (row.briefCategories ? [{ row, categories: row.briefCategories }] : []));
  const visible = await served.briefs(
    BRIEF_FIELD,
    briefed.map(({ row, categories }) => ({ journeyId: row.journeyId, organiser: row.organiser, categories })),
  );
  const shown = new Set(briefed.filter((_, index) => visible[index]).map(({ row }) => row));
  return meetings.map((row) => toMeeting(row, shown.has(row)));
}
