import { swedishDate } from '@samsyn/domain';
import type { Projection } from '@samsyn/projections';

/** Every journey, by home kommun, with when it last moved: the list a kommun or a statistician starts from. */
export const personDirectoryProjection: Projection<'persons'> = {
  name: 'person_directory',
  version: 2,
  tableNames: ['persons'],
  createTables: (t) => `
    create table ${t.persons} (
      journey_id uuid primary key, home_kommun text not null, opened_on text not null,
      last_event_at timestamptz not null, events int not null);
    create index on ${t.persons} (home_kommun);`,

  async apply(tx, t, { journeyId, event, occurredAt }) {
    if (event.type === 'JourneyOpened') {
      await tx.query(`insert into ${t.persons} values ($1, $2, $3, $4, 1) on conflict do nothing`, [
        journeyId,
        event.data.homeKommun,
        swedishDate(occurredAt),
        occurredAt,
      ]);
      return;
    }
    const homeKommun = event.type === 'HomeKommunChanged' ? event.data.to : null;
    await tx.query(
      `update ${t.persons} set events = events + 1, last_event_at = greatest(last_event_at, $2::timestamptz),
         home_kommun = coalesce($3, home_kommun) where journey_id = $1`,
      [journeyId, occurredAt, homeKommun],
    );
  },
};
