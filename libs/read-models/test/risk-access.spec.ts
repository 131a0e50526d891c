import { riskCategoryOf, riskInvolvementOf, type RiskSignalRow } from '../src';

const row = (kind: RiskSignalRow['kind'], organisation: string): RiskSignalRow => ({
  journeyId: '00000000-0000-4000-8000-000000000001',
  kind,
  since: '2024-01-31',
  subject: 'what it is about',
  organisation,
});

describe('who may see a risk signal', () => {
  it('reads an insats given by a region’s healthcare as health data, as its InsatsStarted is', () => {
    expect(riskCategoryOf(row('insats_outlasts_benefit', 'REGION:01'))).toBe('health');
    expect(riskCategoryOf(row('insats_outlasts_benefit', 'KOMMUN:1880'))).toBe('insats');
  });

  it('reads an untold contact change as contact data and an avslag without contact as lotsning data', () => {
    expect(riskCategoryOf(row('contact_changed_uninformed', 'AF'))).toBe('contact');
    expect(riskCategoryOf(row('no_contact_after_avslag', 'FK'))).toBe('lotsning');
  });

  it('names the organisation whose own events make the signal as its author', () => {
    expect(riskInvolvementOf(row('contact_changed_uninformed', 'KOMMUN:1880'))).toEqual({ author: 'KOMMUN:1880' });
    expect(riskInvolvementOf(row('no_contact_after_avslag', 'FK'))).toEqual({ author: 'FK' });
  });

  it('names no one for an insats outlasting FK’s decision: it joins two organisations’ data, so only a consent opens it', () => {
    expect(riskInvolvementOf(row('insats_outlasts_benefit', 'KOMMUN:1880'))).toEqual({});
  });
});
