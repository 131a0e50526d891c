import { InputType } from '@nestjs/graphql';
import { TEXT_LIMITS, type OutcomeKind } from '@samsyn/domain';
import {
  DateField,
  EnumField,
  IntField,
  NestedListField,
  OrganisationField,
  TextField,
  TextListField,
} from '../input-fields';
import { OutcomeKindEnum } from '../enums';

@InputType()
export class PlanStepInput {
  @TextField(TEXT_LIMITS.listItem, 'What is to be done')
  description!: string;

  @OrganisationField('Who is responsible for it')
  responsible!: string;
}

@InputType({ description: 'A joint plan: goals and steps, and the person’s strengths as well as limitations' })
export class PlanInput {
  @TextListField(TEXT_LIMITS.listItem, 'The goals, in the person’s words')
  goals!: string[];

  @NestedListField(() => PlanStepInput, 'The steps and who is responsible for each')
  steps!: PlanStepInput[];

  @TextListField(TEXT_LIMITS.listItem, 'What the person is good at: at least one')
  strengths!: string[];

  @TextListField(TEXT_LIMITS.listItem, 'What limits the person')
  limitations!: string[];

  @TextListField(TEXT_LIMITS.listItem, 'Adaptations that help')
  adaptations!: string[];

  @OrganisationField('Who holds the overall responsibility')
  overallResponsibility!: string;

  @DateField('When the plan is followed up next')
  nextFollowUp!: string;
}

@InputType()
export class RecordOutcomeInput {
  @EnumField(OutcomeKindEnum, 'Where the person went')
  kind!: OutcomeKind;

  @IntField('Extent as a percentage of full time, 1–100')
  extentPercent!: number;
}
