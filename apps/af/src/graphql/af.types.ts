import { AfModule } from '../af.tokens';
import { Field, ObjectType } from '@nestjs/graphql';
import type { DataCategory, JobSeekerDeregistrationReason, MeetingKind, ReferralHelp } from '@samsyn/domain';
import {
  DataCategoryEnum,
  JobSeekerDeregistrationReasonEnum,
  MeetingKindEnum,
  ReferralHelpEnum,
} from '@samsyn/subgraph';
import { AfPerson } from './af-person';

@ObjectType({ description: 'A referral from FK’s lotsning to Arbetsförmedlingen', registerIn: () => AfModule })
export class AfReferral {
  @Field(() => AfPerson)
  person!: AfPerson;

  @Field()
  referralId!: string;

  @Field(() => ReferralHelpEnum)
  help!: ReferralHelp;

  @Field()
  referredOn!: string;
}

@ObjectType({
  description:
    'What the person agreed to share with the participants before a meeting; shown only while their consent covers it',
  registerIn: () => AfModule,
})
export class AfPreMeetingBrief {
  @Field(() => [DataCategoryEnum], { description: 'The data categories shared' })
  categories!: DataCategory[];
}

@ObjectType({ description: 'A meeting AF takes part in', registerIn: () => AfModule })
export class AfMeeting {
  @Field(() => AfPerson)
  person!: AfPerson;

  @Field()
  meetingId!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field()
  at!: string;

  @Field()
  organiser!: string;

  @Field(() => [String])
  participants!: string[];

  @Field(() => AfPreMeetingBrief, {
    nullable: true,
    description:
      'Null when the person agreed to no brief, and also whenever, on the day of reading, no valid consent covers your organisation and every category the brief shares (withdrawn, expired, …): the meeting stays visible, its brief does not. The organiser and the person always see it',
  })
  brief!: AfPreMeetingBrief | null;
}

@ObjectType({
  description: 'Whether the person is registered as a job seeker at Arbetsförmedlingen',
  registerIn: () => AfModule,
})
export class AfJobSeeker {
  @Field(() => AfPerson)
  person!: AfPerson;

  @Field()
  registered!: boolean;

  @Field({ description: 'Since when the current status holds' })
  since!: string;

  @Field(() => JobSeekerDeregistrationReasonEnum, { nullable: true, description: 'Why the person left the register' })
  reason!: JobSeekerDeregistrationReason | null;
}
