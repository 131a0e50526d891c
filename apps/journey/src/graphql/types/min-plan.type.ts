import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JourneyModule } from '../../journey.tokens';
import type {
  ConsentEvidenceKind,
  ContactRole,
  DataCategory,
  GradeName,
  InsatsType,
  MeetingKind,
} from '@samsyn/domain';
import {
  ConsentEvidenceKindEnum,
  ContactRoleEnum,
  DataCategoryEnum,
  GradeEnum,
  InsatsTypeEnum,
  MeetingKindEnum,
} from '@samsyn/subgraph';
import { PlainText } from './plain-text.type';

@ObjectType({ registerIn: () => JourneyModule })
export class MinPlanDecision {
  @Field(() => GradeEnum)
  grade!: GradeName;

  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field(() => Int)
  daysLeft!: number;
}

@ObjectType({
  description: 'Someone the person can turn to; name and phone are null once the person’s data is erased',
  registerIn: () => JourneyModule,
})
export class MinPlanContact {
  @Field()
  organisation!: string;

  @Field({ description: 'The organisation as a person names it' })
  organisationName!: string;

  @Field(() => ContactRoleEnum)
  role!: ContactRole;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType({ registerIn: () => JourneyModule })
export class MinPlanInsats {
  @Field()
  insatsId!: string;

  @Field(() => InsatsTypeEnum)
  insatsType!: InsatsType;

  @Field()
  provider!: string;

  @Field()
  startDate!: string;

  @Field(() => String, { nullable: true })
  plannedEnd!: string | null;

  @Field()
  paused!: boolean;
}

@ObjectType({ registerIn: () => JourneyModule })
export class MinPlanMeeting {
  @Field()
  meetingId!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field()
  at!: string;

  @Field(() => [String])
  participants!: string[];
}

@ObjectType({
  description: 'What an organisation showed for a consent it recorded on the person’s word',
  registerIn: () => JourneyModule,
})
export class MinPlanConsentEvidence {
  @Field(() => ConsentEvidenceKindEnum)
  kind!: ConsentEvidenceKind;

  @Field()
  reference!: string;
}

@ObjectType({
  description: 'A consent recorded for the person: what it lets whom see, and who recorded it',
  registerIn: () => JourneyModule,
})
export class MinPlanConsent {
  @Field()
  consentId!: string;

  @Field(() => [String], { description: 'The organisations it lets see the data' })
  organisations!: string[];

  @Field(() => [DataCategoryEnum])
  categories!: DataCategory[];

  @Field(() => String, { nullable: true, description: 'Null once the person’s data is erased' })
  purpose!: string | null;

  @Field()
  validFrom!: string;

  @Field()
  validTo!: string;

  @Field()
  withdrawn!: boolean;

  @Field({ description: 'Whether it holds today: given, not withdrawn, and today within its period' })
  validToday!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'PERSON when you or your representative gave it; otherwise the organisation that recorded it. Null for a consent recorded before this was kept',
  })
  recordedBy!: string | null;

  @Field(() => MinPlanConsentEvidence, {
    nullable: true,
    description: 'What the recording organisation showed; none when you gave it yourself',
  })
  evidence!: MinPlanConsentEvidence | null;
}

@ObjectType({
  description: '"Min plan": the person’s own view of where they stand and what happens next',
  registerIn: () => JourneyModule,
})
export class MinPlan {
  @Field(() => MinPlanDecision, { nullable: true, description: 'The current aktivitetsersättning, if any' })
  decision!: MinPlanDecision | null;

  @Field(() => [MinPlanContact], { description: 'Every current contact person and how to reach them' })
  contacts!: MinPlanContact[];

  @Field(() => [MinPlanInsats])
  activeInsatser!: MinPlanInsats[];

  @Field(() => MinPlanMeeting, { nullable: true })
  nextMeeting!: MinPlanMeeting | null;

  @Field(() => [String], { description: 'The plan’s goals' })
  goals!: string[];

  @Field(() => [String], { description: 'The person’s strengths, as the plan records them' })
  strengths!: string[];

  @Field(() => String, { nullable: true })
  nextFollowUp!: string | null;

  @Field(() => [PlainText], { description: 'What happens next, most pressing first' })
  whatHappensNext!: PlainText[];

  @Field(() => [MinPlanConsent], { description: 'Every consent recorded for you, by whom, and whether it holds today' })
  consents!: MinPlanConsent[];
}
