import { InputType } from '@nestjs/graphql';
import { TEXT_LIMITS, type DataCategory, type MeetingCancelReason, type MeetingKind } from '@samsyn/domain';
import {
  BooleanField,
  EnumField,
  EnumListField,
  IdField,
  NestedListField,
  OrganisationField,
  TextField,
  TimestampField,
} from '../input-fields';
import { DataCategoryEnum, MeetingCancelReasonEnum, MeetingKindEnum } from '../enums';

@InputType()
export class MeetingParticipantInput {
  @OrganisationField('The participating organisation, or PERSON for the young person')
  organisation!: string;

  @TextField(TEXT_LIMITS.role, 'Their role at the meeting')
  role!: string;
}

@InputType()
export class ScheduleMeetingInput {
  @IdField('Your id for the meeting')
  meetingId!: string;

  @EnumField(MeetingKindEnum, 'The kind of meeting')
  kind!: MeetingKind;

  @TimestampField('When it is held')
  at!: string;

  @NestedListField(() => MeetingParticipantInput, 'Who takes part')
  participants!: MeetingParticipantInput[];

  @EnumListField(
    DataCategoryEnum,
    'What the participants are briefed on beforehand; needs the person’s consent. Empty: no brief',
  )
  preMeetingBriefCategories!: DataCategory[];
}

@InputType()
export class HoldMeetingInput {
  @IdField('The scheduled meeting')
  meetingId!: string;

  @TextField(TEXT_LIMITS.freeText, 'What came of it')
  outcome!: string;

  @BooleanField('Whether a joint plan was agreed')
  jointPlanAgreed!: boolean;

  @BooleanField('Whether the person registered as a job seeker at the meeting')
  registeredAsJobSeeker!: boolean;
}

@InputType()
export class CancelMeetingInput {
  @IdField('The scheduled meeting')
  meetingId!: string;

  @EnumField(MeetingCancelReasonEnum, 'Why it did not happen')
  reason!: MeetingCancelReason;
}
