import { InputType } from '@nestjs/graphql';
import type { JobSeekerDeregistrationReason } from '@samsyn/domain';
import { EnumField } from '../input-fields';
import { JobSeekerDeregistrationReasonEnum } from '../enums';

@InputType()
export class DeregisterJobSeekerInput {
  @EnumField(JobSeekerDeregistrationReasonEnum, 'Why the person left the register')
  reason!: JobSeekerDeregistrationReason;
}
