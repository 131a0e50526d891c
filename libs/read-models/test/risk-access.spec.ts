import { riskPartsOf, type RiskSignalRow } from '../src';

const row = (kind: RiskSignalRow['kind'], organisation: string): RiskSignalRow => ({
  journeyId: '00000000-0000-4000-8000-000000000001',
  kind,
  since: '2024-01-31',
  subject: 'what it is about',
  organisation,
});

describe('what a risk signal is made of, for the access policy', () => {
  it('joins an insats outlasting the benefit with FK’s decision: its provider takes part in the one, FK wrote the other', () => {
    expect(riskPartsOf(row('insats_outlasts_benefit', 'KOMMUN:1880'))).toEqual([
      { category: 'insats', involvement: { participants: ['KOMMUN:1880'] } },
      { category: 'benefit', involvement: { author: 'FK' } },
    ]);
  });

  it('reads an insats given by a region’s healthcare as health data, as its InsatsStarted is', () => {
    expect(riskPartsOf(row('insats_outlasts_benefit', 'REGION:01'))[0]).toEqual({
      category: 'health',
      involvement: { participants: ['REGION:01'] },
    });
  });

  it('gives an untold contact change to its organisation and an avslag without contact to FK, as their authors', () => {
    expect(riskPartsOf(row('contact_changed_uninformed', 'AF'))).toEqual([
      { category: 'contact', involvement: { author: 'AF' } },
    ]);
    expect(riskPartsOf(row('no_contact_after_avslag', 'FK'))).toEqual([
      { category: 'lotsning', involvement: { author: 'FK' } },
    ]);
  });
});
