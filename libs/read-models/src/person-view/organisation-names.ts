import { DomainError, Organisation, type OrganisationRef } from '@samsyn/domain';

/** An organisation as a person would name it: `KOMMUN:1880` → `Örebro kommun`. */
export function organisationName(ref: OrganisationRef, language: 'sv' | 'en'): string {
  let organisation: Organisation;
  try {
    organisation = Organisation.parse(ref);
  } catch (error) {
    if (error instanceof DomainError) return ref;
    throw error;
  }
  switch (organisation.kind) {
    case 'FK':
      return language === 'sv' ? 'Försäkringskassan' : 'the Swedish Social Insurance Agency (Försäkringskassan)';
    case 'AF':
      return language === 'sv' ? 'Arbetsförmedlingen' : 'the Swedish Public Employment Service (Arbetsförmedlingen)';
    case 'KOMMUN':
      return language === 'sv'
        ? `${organisation.kommunkod.name} kommun`
        : `${organisation.kommunkod.name} municipality`;
    case 'REGION':
      return language === 'sv'
        ? `Region ${organisation.regionkod.lan}`
        : `Region ${organisation.regionkod.lan} (healthcare)`;
    case 'SAMORDNINGSFORBUND':
      return language === 'sv'
        ? `samordningsförbundet ${organisation.id}`
        : `the coordination association ${organisation.id}`;
    case 'PROVIDER':
      return organisation.id;
    case 'PERSON':
      return language === 'sv' ? 'du' : 'you';
  }
}
