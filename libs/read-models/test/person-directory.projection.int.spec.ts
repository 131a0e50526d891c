import { PgliteClient } from '@samsyn/event-store';
import { personDirectoryProjection } from '../src';
import { EXAMPLE_PERSONAL_VALUES, example, typesOtherThan } from './journey-event-examples';
import { happened, JOURNEY, readAfterKeyErased, rowsAfter } from './read-model-kit';

const opened = happened(example('JourneyOpened'), { occurredAt: '2023-01-31T23:30:00Z' });

const person = (changes: object) => ({
  journey_id: JOURNEY,
  home_kommun: '1880',
  opened_on: '2023-02-01',
  last_event_at: new Date('2023-01-31T23:30:00Z'),
  events: 1,
  ...changes,
});

describe('person directory projection: given events, then rows (PGlite)', () => {
  let sql: PgliteClient;
  const then = (...events: Parameters<typeof rowsAfter>[2]) => rowsAfter(sql, personDirectoryProjection, events);

  beforeAll(async () => {
    sql = await PgliteClient.open();
  });
  afterAll(() => sql.close());

  it('JourneyOpened: the journey in its home kommun, opened on the Swedish day, one event, no personnummer', async () => {
    expect((await then(opened)).persons).toEqual([person({})]);
  });

  it('HomeKommunChanged: the journey moves to the new kommun', async () => {
    const moved = happened(example('HomeKommunChanged', { from: '1880', to: '1814' }), {
      occurredAt: '2023-05-01T10:00:00+02:00',
    });
    expect((await then(opened, moved)).persons).toEqual([
      person({ home_kommun: '1814', events: 2, last_event_at: new Date('2023-05-01T08:00:00Z') }),
    ]);
  });

  it('any later event counts one and moves the last event time, never back', async () => {
    const rows = await then(
      opened,
      happened(example('DecisionGranted'), { occurredAt: '2023-06-01T10:00:00+02:00' }),
      happened(example('SupportOffered'), { occurredAt: '2023-03-01T10:00:00+01:00' }),
    );
    expect(rows.persons).toEqual([person({ events: 3, last_event_at: new Date('2023-06-01T08:00:00Z') })]);
  });

  it('every event type but the opening and a move counts, changing nothing else', async () => {
    const others = typesOtherThan(['JourneyOpened', 'HomeKommunChanged']).map((type) =>
      happened(example(type), { occurredAt: '2023-04-01T10:00:00+02:00' }),
    );
    expect((await then(opened, ...others)).persons).toEqual([
      person({ events: 1 + others.length, last_event_at: new Date('2023-04-01T08:00:00Z') }),
    ]);
  });

  it('events of a journey it has not seen opened write nothing', async () => {
    expect((await then(happened(example('DecisionGranted')))).persons).toEqual([]);
  });

  it('holds no personal value, and a rebuild without the key gives the same rows', async () => {
    const events = [opened, happened(example('ContactPersonAssigned')), happened(example('PersonalDataErased'))];
    const rows = await then(...events);
    const text = JSON.stringify(rows);
    expect(EXAMPLE_PERSONAL_VALUES.filter((value) => text.includes(value))).toEqual([]);
    expect(await then(...(await readAfterKeyErased(events)))).toEqual(rows);
  });
});
