import type { JourneyEvent } from '@samsyn/domain';
import { decodeJourneyEvent, JourneyEventDecodingError, type StoredJourneyEvent } from '../src';

const WITHDRAWN: JourneyEvent = { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } };

function faultOf(stored: StoredJourneyEvent): JourneyEventDecodingError {
  try {
    decodeJourneyEvent(stored);
  } catch (error) {
    if (error instanceof JourneyEventDecodingError) return error;
    throw error;
  }
  throw new Error('decoded what should have been refused');
}

describe('decoding a stored journey event', () => {
  it('returns a journey event of a known type whose data has the fields it requires', () => {
    expect(decodeJourneyEvent({ id: 'event-1', ...WITHDRAWN })).toEqual(WITHDRAWN);
  });

  it('refuses a type the domain does not know, naming the event', () => {
    const error = faultOf({ id: 'event-2', type: 'ConsentGranted', data: {} });
    expect(error).toMatchObject({ eventId: 'event-2', eventType: 'ConsentGranted', fault: 'UNKNOWN_TYPE' });
    expect(error.message).toContain('event-2');
  });

  it.each([
    ['null', null],
    ['an array', ['consent-1']],
    ['a string', 'consent-1'],
  ])('refuses data that is %s', (described, data) => {
    const error = faultOf({ id: 'event-3', type: 'ConsentWithdrawn', data });
    expect(error).toMatchObject({ eventId: 'event-3', fault: 'DATA_NOT_AN_OBJECT' });
    expect(error.message).toContain(`data is ${described}`);
  });

  it('refuses data without a field the read side keys its rows by, naming the field', () => {
    const error = faultOf({ id: 'event-4', type: 'InsatsStarted', data: { insatsType: 'ips' } });
    expect(error).toMatchObject({ eventId: 'event-4', eventType: 'InsatsStarted', fault: 'MISSING_FIELD' });
    expect(error.message).toContain('no insatsId');
  });

  it.each([3, 0, '2', 1.5])('refuses schema version %p, which no code here wrote', (schemaVersion) => {
    const stored = { id: 'event-5', ...WITHDRAWN, metadata: { schemaVersion } };
    expect(faultOf(stored)).toMatchObject({ eventId: 'event-5', fault: 'UNKNOWN_SCHEMA_VERSION' });
  });

  it('reads an event without a schema version as version 1', () => {
    expect(decodeJourneyEvent({ ...WITHDRAWN, metadata: { schemaVersion: 1 } })).toEqual(WITHDRAWN);
    expect(decodeJourneyEvent({ ...WITHDRAWN, metadata: {} })).toEqual(WITHDRAWN);
  });

  it('names an event stored without an id as such', () => {
    expect(faultOf({ type: 'Nonsense', data: {} }).eventId).toBe('(no id)');
  });
});
