import { swedishDate } from '@samsyn/domain';
import { slicedProjection } from '@samsyn/projections';

type PersonRow = { home_kommun: string; opened_on: string; last_event_at: string; events: number };

/** Every journey, by home kommun, with when it last moved: the list a kommun or a statistician starts from. */
export const personDirectoryProjection = slicedProjection<{ persons: PersonRow }>({
  name: 'person_directory',
  version: 3,
  tables: {
    persons: {
      columns: {
        home_kommun: 'text not null',
        opened_on: 'text not null',
        last_event_at: 'timestamptz not null',
        events: 'int not null',
      },
      key: [],
      indexes: ['(home_kommun)'],
    },
  },

  apply({ persons }, { event, occurredAt }) {
    if (event.type === 'JourneyOpened') {
      const { homeKommun } = event.data;
      persons.add({
        home_kommun: homeKommun,
        opened_on: swedishDate(occurredAt),
        last_event_at: occurredAt,
        events: 1,
      });
      return;
    }
    persons.update({}, (row) => ({
      events: row.events + 1,
      last_event_at: Date.parse(occurredAt) > Date.parse(row.last_event_at) ? occurredAt : row.last_event_at,
      home_kommun: event.type === 'HomeKommunChanged' ? event.data.to : row.home_kommun,
    }));
  },
});
