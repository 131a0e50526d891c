import {
  canSeeBrief,
  journeyAccessOf,
  type DataCategory,
  type IsoDate,
  type JourneyEvent,
  type Viewer,
} from '@samsyn/domain';
import { consentGiven, opened } from '../journey/journey-fixtures';
import { stateAfter, TODAY } from '../journey/journey-test-kit';
import {
  allowed,
  auditor,
  caseworker,
  denied,
  JOURNEY_ID,
  OTHER_JOURNEY_ID,
  person,
  statistician,
} from './access-test-kit';

const BRIEF: DataCategory[] = ['benefit', 'lotsning'];
const withdrawn: JourneyEvent = { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } };

/** given the journey's events / when `viewer` reads a brief FK wrote on `categories` / then the decision. */
const given = (...events: JourneyEvent[]) => ({
  whenReading: (
    viewer: Viewer,
    { categories = BRIEF, at = TODAY }: { categories?: DataCategory[]; at?: IsoDate } = {},
  ) => canSeeBrief(viewer, categories, 'FK', journeyAccessOf(JOURNEY_ID, stateAfter(events)), at),
});

describe('Access: a pre-meeting brief', () => {
  it('is seen by a participant while a valid consent covers it and every category shared', () => {
    expect(given(opened, consentGiven()).whenReading(caseworker('AF'))).toEqual(allowed('consent'));
  });

  it('is not opened by taking part in the meeting: without a consent the participant is refused', () => {
    expect(given(opened).whenReading(caseworker('AF'))).toEqual(denied('no_basis'));
  });

  it('is refused from the next read on once the consent is withdrawn', () => {
    expect(given(opened, consentGiven(), withdrawn).whenReading(caseworker('AF'))).toEqual(denied('consent_withdrawn'));
  });

  it('is refused after the consent’s last day', () => {
    expect(given(opened, consentGiven()).whenReading(caseworker('AF'), { at: '2023-12-31' })).toEqual(
      allowed('consent'),
    );
    expect(given(opened, consentGiven()).whenReading(caseworker('AF'), { at: '2024-01-01' })).toEqual(
      denied('consent_expired'),
    );
  });

  it('is refused whole when the consent covers only some of its categories', () => {
    const benefitOnly = consentGiven({ categories: ['benefit'] });
    expect(given(opened, benefitOnly).whenReading(caseworker('AF'))).toEqual(denied('consent_other_category'));
    expect(given(opened, benefitOnly).whenReading(caseworker('AF'), { categories: ['benefit'] })).toEqual(
      allowed('consent'),
    );
  });

  it('is seen by the organiser who wrote it and by the person, with or without a consent', () => {
    expect(given(opened, consentGiven(), withdrawn).whenReading(caseworker('FK'))).toEqual(allowed('author'));
    expect(given(opened, consentGiven(), withdrawn).whenReading(person())).toEqual(allowed('person'));
    expect(given(opened, consentGiven()).whenReading(person(OTHER_JOURNEY_ID))).toEqual(denied('other_person'));
  });

  it('is never seen by statisticians or auditors', () => {
    expect(given(opened, consentGiven()).whenReading(statistician('AF'))).toEqual(denied('aggregates_only'));
    expect(given(opened, consentGiven()).whenReading(auditor('AF'))).toEqual(denied('audit_only'));
  });

  it('shares nothing when it names no category', () => {
    expect(given(opened, consentGiven()).whenReading(caseworker('AF'), { categories: [] })).toEqual(denied('no_basis'));
  });
});
