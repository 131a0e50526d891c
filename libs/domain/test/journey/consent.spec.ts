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

  it('when an organisation records a consent the person gave it in person, then it names the evidence and its recorder', () => {
    const evidence = { kind: 'signed_form', reference: 'Blankett 7711, signerad 2023-01-31' } as const;
    given(opened)
      .when(command('GiveConsent', { ...give.data, evidence }, { author: 'FK' }))
      .then(consentGiven({ recordedBy: 'FK', evidence }));
  });

  it('when an organisation records a consent without evidence, then it is refused before any other rule', () => {
    given(opened, consentGiven())
      .when(command('GiveConsent', give.data, { author: 'FK' }))
      .thenFails('CONSENT_EVIDENCE_REQUIRED', 'metadata.author');
  });

  it('when an organisation records a consent naming itself, then it is refused: no one widens its own access', () => {
    const evidence = { kind: 'recorded_meeting', reference: 'meeting-1' } as const;
    given(opened)
      .when(command('GiveConsent', { ...give.data, organisations: ['FK', 'AF'], evidence }, { author: 'FK' }))
      .thenFails('CONSENT_NAMES_RECORDER', 'metadata.author');
    given(opened)
      .when(command('GiveConsent', { ...give.data, evidence }, { author: 'KOMMUN:1880' }))
      .thenFails('CONSENT_NAMES_RECORDER', 'metadata.author');
  });

  it('when the evidence is of no known kind or has no reference, then the field is named', () => {
    given(opened)
      .when(
        command(
          'GiveConsent',
          { ...give.data, evidence: { kind: 'rumour' as 'signed_form', reference: 'x' } },
          { author: 'FK' },
        ),
      )
      .thenFails('VALUE_NOT_ALLOWED', 'evidence.kind');
    given(opened)
      .when(
        command('GiveConsent', { ...give.data, evidence: { kind: 'signed_form', reference: ' ' } }, { author: 'FK' }),
      )
      .thenFails('TEXT_EMPTY', 'evidence.reference');
  });

  it("when an organisation withdraws a consent on the person's word, then that is recorded: none can block a withdrawal", () => {
    given(opened, consentGiven())
      .when(command('WithdrawConsent', { consentId: 'consent-1' }, { author: 'PROVIDER:activa' }))
      .then({ type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } });
  });

  it('when the same consent id is given twice, then it is refused', () => {
    given(opened, consentGiven()).when(give).thenFails('CONSENT_ALREADY_GIVEN', 'consentId');
  });

  it('when the consent ends before it starts, then it is refused', () => {
    given(opened)
      .when(
        command('GiveConsent', { ...give.data, validFrom: '2023-06-01', validTo: '2023-05-31' }, { author: 'PERSON' }),
      )
      .thenFails('CONSENT_PERIOD_ENDS_BEFORE_START', 'validTo');
  });

  it('when the consent names no organisation or no category, then it is refused', () => {
    given(opened)
      .when(command('GiveConsent', { ...give.data, organisations: [] }, { author: 'PERSON' }))
      .thenFails('LIST_EMPTY', 'organisations');
    given(opened)
      .when(command('GiveConsent', { ...give.data, categories: [] }, { author: 'PERSON' }))
      .thenFails('LIST_EMPTY', 'categories');
  });

  it('when an organisation or a category is unknown, then the item is named', () => {
    given(opened)
      .when(command('GiveConsent', { ...give.data, organisations: ['AF', 'KOMMUN:9999'] }, { author: 'PERSON' }))
      .thenFails('KOMMUNKOD_UNKNOWN', 'organisations[1]');
    given(opened)
      .when(
        command('GiveConsent', { ...give.data, categories: ['benefit', 'secrets' as 'benefit'] }, { author: 'PERSON' }),
      )
      .thenFails('VALUE_NOT_ALLOWED', 'categories[1]');
  });

  it('when a given consent is withdrawn, then the withdrawal is recorded', () => {
    given(opened, consentGiven())
      .when(command('WithdrawConsent', { consentId: 'consent-1' }, { author: 'PERSON' }))
      .then({ type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } });
  });

  it('when an unknown consent is withdrawn, then it is refused', () => {
    given(opened)
      .when(command('WithdrawConsent', { consentId: 'consent-1' }))
      .thenFails('CONSENT_UNKNOWN', 'consentId');
  });

  it('when a consent is withdrawn twice, then it is refused', () => {
    given(opened, consentGiven(), { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } })
      .when(command('WithdrawConsent', { consentId: 'consent-1' }))
      .thenFails('CONSENT_ALREADY_WITHDRAWN', 'consentId');
  });
});
