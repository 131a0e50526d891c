import { InputType } from '@nestjs/graphql';
import { TEXT_LIMITS, type ApplicationKind, type BenefitEndReason, type CurrentSupport } from '@samsyn/domain';
import { DateField, EnumField, IdField, IntField, OrganisationField, TextField } from '../input-fields';
import { ApplicationKindEnum, BenefitEndReasonEnum, CurrentSupportEnum, GradeEnum } from '../enums';

@InputType()
export class ReceiveApplicationInput {
  @IdField('FK’s id for the application')
  applicationId!: string;

  @EnumField(ApplicationKindEnum, 'First application or extension')
  kind!: ApplicationKind;

  @EnumField(CurrentSupportEnum, 'How the person supports themselves now')
  currentSupport!: CurrentSupport;
}

@InputType()
export class ReceiveMedicalCertificateInput {
  @IdField('The läkarutlåtande’s id')
  certificateId!: string;

  @OrganisationField('Who issued it, usually REGION:<kod>')
  issuedBy!: string;

  @DateField('The day it was issued')
  issuedOn!: string;
}

@InputType({ description: 'Aktivitetsersättning granted for 1 to 3 years, ending before the 30th birthday' })
export class GrantDecisionInput {
  @IdField('FK’s id for the decision')
  decisionId!: string;

  @EnumField(GradeEnum, 'The grade granted')
  grade!: string;

  @DateField('First day of the period')
  from!: string;

  @DateField('Last day of the period')
  to!: string;
}

@InputType({ description: 'An avslag: opens FK’s lotsning' })
export class RejectApplicationInput {
  @TextField(TEXT_LIMITS.freeText, 'The reason, as written in the decision')
  reason!: string;
}

@InputType()
export class EndBenefitInput {
  @EnumField(BenefitEndReasonEnum, 'Why the benefit ends')
  reason!: BenefitEndReason;
}

@InputType()
export class GrantSpecialCompensationInput {
  @IdField('FK’s id for the compensation')
  compensationId!: string;

  @TextField(TEXT_LIMITS.freeText, 'What it pays for')
  purpose!: string;

  @IntField('Amount in whole kronor')
  amountSek!: number;
}
