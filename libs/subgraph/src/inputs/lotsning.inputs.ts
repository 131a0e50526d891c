import { InputType } from '@nestjs/graphql';
import type { ReferralHelp, SupportChannel, SupportDeclineReason } from '@samsyn/domain';
import { EnumField, IdField, OrganisationField } from '../input-fields';
import { ReferralHelpEnum, SupportChannelEnum, SupportDeclineReasonEnum } from '../enums';

@InputType()
export class SupportChannelInput {
  @EnumField(SupportChannelEnum, 'How FK reached out, or tried to')
  channel!: SupportChannel;
}

@InputType()
export class DeclineSupportInput {
  @EnumField(SupportDeclineReasonEnum, 'Why the person declined')
  reason!: SupportDeclineReason;
}

@InputType()
export class MakeReferralInput {
  @IdField('FK’s id for the referral')
  referralId!: string;

  @OrganisationField('The organisation referred to')
  to!: string;

  @EnumField(ReferralHelpEnum, 'How much help FK gave')
  help!: ReferralHelp;
}

@InputType({ description: 'The person is in contact with an organisation that supports them: ends FK’s lotsning' })
export class EstablishContactInput {
  @OrganisationField('The organisation now in contact with the person')
  with!: string;
}
