import { InputType } from '@nestjs/graphql';
import { TEXT_LIMITS, type InsatsEndReason, type InsatsType } from '@samsyn/domain';
import { DateField, EnumField, IdField, IntField, OrganisationField, TextField } from '../input-fields';
import { InsatsEndReasonEnum, InsatsTypeEnum } from '../enums';

@InputType()
export class StartInsatsInput {
  @IdField('Your id for the insats')
  insatsId!: string;

  @EnumField(InsatsTypeEnum, 'The kind of insats')
  insatsType!: InsatsType;

  @OrganisationField('Who provides it')
  provider!: string;

  @TextField(4, 'The kommunkod where it takes place')
  kommun!: string;

  @IntField('Extent as a percentage of full time, 1–100')
  extentPercent!: number;

  @DateField('First day')
  startDate!: string;

  @DateField('Planned last day, if one is set', { nullable: true })
  plannedEnd?: string | null;
}

@InputType()
export class PauseInsatsInput {
  @IdField('The running insats')
  insatsId!: string;

  @TextField(TEXT_LIMITS.freeText, 'Why it is paused')
  reason!: string;
}

@InputType()
export class InsatsIdInput {
  @IdField('The insats')
  insatsId!: string;
}

@InputType()
export class EndInsatsInput {
  @IdField('The insats')
  insatsId!: string;

  @DateField('Its last day')
  endDate!: string;

  @EnumField(InsatsEndReasonEnum, 'Why it ended')
  reason!: InsatsEndReason;
}
