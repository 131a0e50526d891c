import { InputType } from '@nestjs/graphql';
import { TEXT_LIMITS, type ConsentEvidenceKind, type DataCategory, type RepresentativeKind } from '@samsyn/domain';
import {
  DateField,
  EnumField,
  EnumListField,
  IdField,
  OptionalNestedField,
  OrganisationListField,
  TextField,
} from '../input-fields';
import { ConsentEvidenceKindEnum, DataCategoryEnum, RepresentativeKindEnum } from '../enums';

@InputType({ description: 'Opens the journey of a young person; nothing personal goes into its id' })
export class OpenJourneyInput {
  @TextField(20, 'Personnummer or samordningsnummer, with or without century and separator')
  personnummer!: string;

  @TextField(4, 'The SCB kommunkod of the home municipality, e.g. 1880')
  homeKommun!: string;
}

@InputType()
export class ChangeHomeKommunInput {
  @TextField(4, 'The SCB kommunkod of the new home municipality')
  homeKommun!: string;
}

@InputType()
export class AppointRepresentativeInput {
  @IdField('Your id for this representative')
  representativeId!: string;

  @EnumField(RepresentativeKindEnum, 'Ombud, god man or ställföreträdare')
  kind!: RepresentativeKind;

  @TextField(TEXT_LIMITS.name, 'Name')
  name!: string;

  @TextField(TEXT_LIMITS.contact, 'How to reach them')
  contact!: string;
}

@InputType()
export class RemoveRepresentativeInput {
  @IdField('The representative to remove')
  representativeId!: string;
}

@InputType({ description: 'What an organisation shows for a consent the person gave it in person' })
export class ConsentEvidenceInput {
  @EnumField(ConsentEvidenceKindEnum, 'A form the person signed, or a meeting where the consent was recorded')
  kind!: ConsentEvidenceKind;

  @TextField(TEXT_LIMITS.reference, 'Where the evidence is found: the form’s number, the meeting’s id or minutes')
  reference!: string;
}

@InputType({
  description:
    'What the person lets which organisations see, for what, and for how long. The person (or an appointed representative) ' +
    'gives it with their own token; an organisation may record one the person gave it in person only with evidence, never naming itself',
})
export class GiveConsentInput {
  @IdField('Your id for this consent')
  consentId!: string;

  @OrganisationListField('The organisations that may see the data')
  organisations!: string[];

  @EnumListField(DataCategoryEnum, 'The kinds of data they may see')
  categories!: DataCategory[];

  @TextField(TEXT_LIMITS.freeText, 'What the data is shared for, in the words the person agreed to')
  purpose!: string;

  @DateField('First day the consent holds')
  validFrom!: string;

  @DateField('Last day the consent holds')
  validTo!: string;

  @OptionalNestedField(
    () => ConsentEvidenceInput,
    'Required when an organisation records the consent; the person needs none',
  )
  evidence?: ConsentEvidenceInput | null;
}

@InputType()
export class WithdrawConsentInput {
  @IdField('The consent to withdraw')
  consentId!: string;
}
