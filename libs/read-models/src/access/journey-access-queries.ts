import type { ConsentGrant, DataCategory, JourneyAccess, RepresentativeKind } from '@samsyn/domain';
import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';

type Tables = ProjectionTables<'journeys' | 'consents' | 'representatives'>;

/** A journey's access as the model holds it, and whether the model has applied every event of its stream. */
export interface JourneyAccessRow {
  readonly journeyId: string;
  readonly fresh: boolean;
  readonly access: JourneyAccess;
}

interface Stored {
  journeyId: string;
  fresh: boolean;
  opened: boolean;
  consents: {
    consent_id: string;
    recorded_by: string | null;
    organisations: string[];
    categories: string[];
    valid_from: string;
    valid_to: string;
    withdrawn: boolean;
  }[];
  representatives: { representative_id: string; kind: RepresentativeKind }[];
}

/**
 * The access of each journey (`streamId`: its stream in the SQL event store), read in one statement together
 * with each stream's revision, so that `fresh` compares both in one snapshot: a row is fresh only when the model
 * has applied the stream's last event.
 */
export async function journeyAccessRows(
  sql: SqlTransaction,
  t: Tables,
  journeys: readonly { journeyId: string; streamId: string }[],
): Promise<JourneyAccessRow[]> {
  const rows = await sql.query<Stored>(
    `select ids.journey_id as "journeyId",
            coalesce(j.revision = s.revision and not s.deleted, false) as fresh,
            coalesce(j.opened, false) as opened,
            coalesce((select json_agg(c) from ${t.consents} c where c.journey_id = ids.journey_id), '[]') as consents,
            coalesce((select json_agg(r) from ${t.representatives} r where r.journey_id = ids.journey_id), '[]')
              as representatives
       from unnest($1::uuid[], $2::text[]) as ids(journey_id, stream_id)
       left join ${t.journeys} j on j.journey_id = ids.journey_id
       left join samsyn_streams s on s.stream_id = ids.stream_id`,
    [journeys.map((journey) => journey.journeyId), journeys.map((journey) => journey.streamId)],
  );
  return rows.map(({ journeyId, fresh, opened, consents, representatives }) => ({
    journeyId,
    fresh,
    access: opened
      ? {
          journeyId,
          consents: Object.fromEntries(consents.map((consent) => [consent.consent_id, grantOf(consent)])),
          representatives: Object.fromEntries(representatives.map((row) => [row.representative_id, row.kind])),
        }
      : { journeyId, consents: {}, representatives: {} },
  }));
}

function grantOf(consent: Stored['consents'][number]): ConsentGrant {
  return {
    recordedBy: consent.recorded_by,
    organisations: consent.organisations,
    categories: consent.categories as DataCategory[],
    validFrom: consent.valid_from,
    validTo: consent.valid_to,
    withdrawn: consent.withdrawn,
  };
}
