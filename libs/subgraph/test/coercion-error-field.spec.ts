import { coercionErrorField } from '../src/coercion-error-field';

describe('the field of a GraphQL variable-coercion error', () => {
  it.each([
    ['Variable "$input" got invalid value "X" at "input.grade"; Value "X" does not exist in "Grade" enum.', 'grade'],
    ['Variable "$i" got invalid value { a: 1 }; Field "extra" is not defined by type "GrantDecisionInput".', 'extra'],
    [
      'Variable "$input" got invalid value { bad: 1 } at "input.participants[0]"; Field "bad" is not defined by type "MeetingParticipantInput".',
      'participants.0.bad',
    ],
    ['Variable "$input" got invalid value {}; Field "to" of required type "String!" was not provided.', 'to'],
    ['Variable "$journeyId" of required type "ID!" was not provided.', 'journeyId'],
  ])('%s → %s', (message, field) => {
    expect(coercionErrorField(message)).toBe(field);
  });

  it('is undefined for other errors', () => {
    expect(coercionErrorField('Cannot query field "x" on type "Query".')).toBeUndefined();
  });
});
