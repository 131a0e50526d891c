import {
  accessFactsOf,
  categoryOf,
  NO_PARTICIPANTS,
  PERSONAL_FIELDS,
  type ActiveJourney,
  type JourneyEvent,
} from '@samsyn/domain';
import { opened } from './journey-fixtures';
import { command, given, stateAfter } from './journey-test-kit';

const erased: JourneyEvent = { type: 'PersonalDataErased', data: {} };

describe('Journey: erasure of the personal data', () => {
  it('when the person asks for erasure, then the fact is recorded, carrying nothing about the person', () => {
    given(opened)
      .when(command('ErasePersonalData', {}, { author: 'PERSON' }))
      .then(erased);
  });

  it('when a privacy officer at an agency erases on the person’s request, then the same fact is recorded', () => {
    given(opened)
      .when(command('ErasePersonalData', {}, { author: 'KOMMUN:1880' }))
      .then(erased);
  });

  it('when the data was erased before, then a second erasure is refused as a conflict', () => {
    given(opened, erased)
      .when(command('ErasePersonalData', {}, { author: 'PERSON' }))
      .thenFails('PERSONAL_DATA_ALREADY_ERASED', 'journeyId');
  });

  it('when no journey exists, then there is nothing to erase', () => {
    given()
      .when(command('ErasePersonalData', {}, { author: 'PERSON' }))
      .thenFails('JOURNEY_NOT_FOUND', 'journey');
  });

  it('when the fact is folded, then the state says erased; before it, not', () => {
    expect((stateAfter([opened]) as ActiveJourney).erased).toBe(false);
    expect((stateAfter([opened, erased]) as ActiveJourney).erased).toBe(true);
  });

  it('then the event is identity data with no personal field and no participant', () => {
    expect(categoryOf(erased)).toBe('identity');
    expect(PERSONAL_FIELDS.PersonalDataErased).toEqual([]);
    expect(accessFactsOf(erased, 'PERSON', NO_PARTICIPANTS)).toEqual({
      category: 'identity',
      author: 'PERSON',
      participants: [],
    });
  });
});
