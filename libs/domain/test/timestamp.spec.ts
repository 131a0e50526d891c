import { parseTimestamp } from '@samsyn/domain';
import { expectDomainError } from './expect-domain-error';

describe('parseTimestamp', () => {
  it('when written in UTC, then the instant matches the platform and the date is as written', () => {
    const timestamp = parseTimestamp('2023-03-01T09:00:00Z', 'now');
    expect(timestamp.epochMillis).toBe(Date.UTC(2023, 2, 1, 9));
    expect(timestamp.date).toBe('2023-03-01');
  });

  it('when written with an offset, then the instant is shifted and the date stays the writer’s', () => {
    const timestamp = parseTimestamp('2023-03-01T00:30:00+01:00', 'now');
    expect(timestamp.epochMillis).toBe(Date.UTC(2023, 1, 28, 23, 30));
    expect(timestamp.date).toBe('2023-03-01');
  });

  it('when written without seconds or with a fraction, then both are read', () => {
    expect(parseTimestamp('2023-03-01T09:00+00:00', 'at').epochMillis).toBe(Date.UTC(2023, 2, 1, 9));
    expect(parseTimestamp('2023-03-01T09:00:00.123456Z', 'at').epochMillis).toBe(Date.UTC(2023, 2, 1, 9, 0, 0, 123));
  });

  it.each([
    '2023-03-01',
    '2023-03-01T09:00:00',
    '2023-02-29T09:00:00Z',
    '2023-03-01T24:00:00Z',
    '2023-03-01T09:00:00+15:00',
    'now',
  ])("when given '%s', then it is not a timestamp", (text) => {
    expectDomainError(() => parseTimestamp(text, 'now'), 'INVALID_TIMESTAMP', 'now');
  });
});
