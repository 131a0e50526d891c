import { KOMMUNER } from '@samsyn/domain';
import { shareOf, type Published } from '@samsyn/reporting';

const KOMMUN_NAMES = new Map(KOMMUNER);

export const kommunName = (kommunkod: string): string => KOMMUN_NAMES.get(kommunkod) ?? kommunkod;

type LotsningCounts = Record<
  | 'avslag'
  | 'offered'
  | 'accepted'
  | 'declined'
  | 'unreachable'
  | 'referred'
  | 'contactEstablished'
  | 'omstallningsmote',
  Published
>;

export const lotsningShares = (counts: LotsningCounts) => ({
  ...counts,
  shareAccepted: shareOf(counts.accepted, counts.offered),
  shareReachingOmstallningsmote: shareOf(counts.omstallningsmote, counts.avslag),
});

export const endingShares = (counts: Record<'ended' | 'movedOn', Published>) => ({
  ...counts,
  shareMovedOn: shareOf(counts.movedOn, counts.ended),
});

export const continuityRates = (counts: Record<'changes' | 'told', Published>, personYears: number) => ({
  ...counts,
  personYears,
  changesPerPersonYear:
    counts.changes === null || personYears === 0 ? null : Math.round((counts.changes / personYears) * 1000) / 1000,
  shareTold: shareOf(counts.told, counts.changes),
});

/** Each per-kommun row with the kommun's name and its counts shaped by `shape`. */
export function perKommun<Counts, Shaped>(
  rows: readonly { kommunkod: string; counts: Counts }[],
  shape: (counts: Counts, kommunkod: string) => Shaped,
) {
  return rows.map((row) => ({
    kommunkod: row.kommunkod,
    kommun: kommunName(row.kommunkod),
    counts: shape(row.counts, row.kommunkod),
  }));
}
