import { slicedProjection } from '@samsyn/projections';

type JourneyRow = { revision: number; opened: boolean };
type ConsentRow = {
  consent_id: string;
  recorded_by: string | null;
  organisations: readonly string[];
  categories: readonly string[];
  valid_from: string;
  valid_to: string;
  withdrawn: boolean;
};
type RepresentativeRow = { representative_id: string; kind: string };

/**
 * What the access policy needs of each journey, so that a list of N people is judged from one read instead of
 * N folds of their streams: the consents (who recorded them, for which organisations and categories, when,
 * withdrawn or not) and the representatives' kinds, with the revision applied last. Purpose, evidence and
 * names are personal and stay sealed in the events. Readers use a row only when its revision is the stream's
 * (AccessService), so a consent just given or withdrawn is never judged from a model that is behind.
 * It folds as the domain's evolve does: consents and representatives count only once the journey is opened.
 */
export const journeyAccessProjection = slicedProjection<{
  journeys: JourneyRow;
  consents: ConsentRow;
  representatives: RepresentativeRow;
}>({
  name: 'journey_access',
  version: 1,
  tables: {
    journeys: { columns: { revision: 'int not null', opened: 'boolean not null' }, key: [] },
    consents: {
      columns: {
        consent_id: 'text not null',
        recorded_by: 'text',
        organisations: 'text[] not null',
        categories: 'text[] not null',
        valid_from: 'text not null',
        valid_to: 'text not null',
        withdrawn: 'boolean not null',
      },
      key: ['consent_id'],
    },
    representatives: {
      columns: { representative_id: 'text not null', kind: 'text not null' },
      key: ['representative_id'],
    },
  },

  apply({ journeys, consents, representatives }, { event, revision }) {
    const opened = event.type === 'JourneyOpened' || journeys.get()?.opened === true;
    journeys.put({ revision, opened });
    if (!opened) return;
    switch (event.type) {
      case 'ConsentGiven': {
        const { consentId, recordedBy, organisations, categories, validFrom, validTo } = event.data;
        consents.put({
          consent_id: consentId,
          recorded_by: recordedBy ?? null,
          organisations,
          categories,
          valid_from: validFrom,
          valid_to: validTo,
          withdrawn: false,
        });
        return;
      }
      case 'ConsentWithdrawn':
        consents.update({ consent_id: event.data.consentId }, { withdrawn: true });
        return;
      case 'RepresentativeAppointed':
        representatives.put({ representative_id: event.data.representativeId, kind: event.data.kind });
        return;
      case 'RepresentativeRemoved':
        representatives.remove({ representative_id: event.data.representativeId });
        return;
      default:
        return;
    }
  },
});
