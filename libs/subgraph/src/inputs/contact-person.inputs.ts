import { InputType } from '@nestjs/graphql';
import { TEXT_LIMITS, type ContactRole } from '@samsyn/domain';
import { BooleanField, EnumField, TextField } from '../input-fields';
import { ContactRoleEnum } from '../enums';

@InputType({ description: 'Your organisation’s contact person for the young person in this role' })
export class AssignContactPersonInput {
  @EnumField(ContactRoleEnum, 'Their role')
  role!: ContactRole;

  @TextField(TEXT_LIMITS.name, 'Name')
  name!: string;

  @TextField(30, 'Phone number')
  phone!: string;
}

@InputType({ description: 'A new contact person replaces the previous one, who must be named' })
export class ChangeContactPersonInput {
  @EnumField(ContactRoleEnum, 'The role that changes hands')
  role!: ContactRole;

  @TextField(TEXT_LIMITS.name, 'The name of the contact person being replaced')
  previousName!: string;

  @TextField(TEXT_LIMITS.name, 'The new contact person’s name')
  name!: string;

  @TextField(30, 'The new contact person’s phone number')
  phone!: string;

  @TextField(TEXT_LIMITS.freeText, 'Why the contact changes')
  reason!: string;

  @BooleanField('Whether the young person has been told')
  personInformed!: boolean;
}
