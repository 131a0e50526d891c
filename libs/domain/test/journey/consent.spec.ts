import { consentGiven, opened } from './journey-fixtures';
import { command, given } from './journey-test-kit';

describe('Consent', () => {
  const give = command(
    'GiveConsent',
    {
      consentId: 'consent-1',
      organisations: ['AF', 'KOMMUN:1880'],
      categories: ['benefit', 'lotsning'],
      purpose: 'Förbereda omställningsmötet',
      validFrom: '2023-02-01',
      validTo: '2023-12-31',
    },
    { author: 'PERSON' },
  );

  it('when the person gives consent, then the organisations, categories, purpose and period are recorded', () => {
    given(opened).when(give).then(consentGiven());
  });

  it('when the same consent id is given twice, then it is refused', () => {
    given(opened, consentGiven()).when(give).thenFails('CONSENT_ALREADY_GIVEN', 'consentId');
  });

  it('when the consent ends before it starts, then it is refused', () => {
    given(opened)
      .when(command('GiveConsent', { ...give.data, validFrom: '2023-06-01', validTo: '2023-05-31' }))
      .thenFails('CONSENT_PERIOD_ENDS_BEFORE_START', 'validTo');
  });

  it('when the consent names no organisation or no category, then it is refused', () => {
    given(opened).when(command('GiveConsent', { ...give.data, organisations: [] })).thenFails('LIST_EMPTY', 'organisations');
    given(opened).when(command('GiveConsent', { ...give.data, categories: [] })).thenFails('LIST_EMPTY', 'categories');
  });

  it('when an organisation or a category is unknown, then the item is named', () => {
    given(opened)
      .when(command('GiveConsent', { ...give.data, organisations: ['AF', 'KOMMUN:9999'] }))
      .thenFails('KOMMUNKOD_UNKNOWN', 'organisations[1]');
    given(opened)
      .when(command('GiveConsent', { ...give.data, categories: ['benefit', 'secrets' as 'benefit'] }))
      .thenFails('VALUE_NOT_ALLOWED', 'categories[1]');
  });

  it('when a given consent is withdrawn, then the withdrawal is recorded', () => {
    given(opened, consentGiven())
      .when(command('WithdrawConsent', { consentId: 'consent-1' }, { author: 'PERSON' }))
      .then({ type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } });
  });

  it('when an unknown consent is withdrawn, then it is refused', () => {
    given(opened).when(command('WithdrawConsent', { consentId: 'consent-1' })).thenFails('CONSENT_UNKNOWN', 'consentId');
  });

  it('when a consent is withdrawn twice, then it is refused', () => {
    given(opened, consentGiven(), { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } })
      .when(command('WithdrawConsent', { consentId: 'consent-1' }))
      .thenFails('CONSENT_ALREADY_WITHDRAWN', 'consentId');
  });
});
