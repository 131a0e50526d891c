import type { InsatsEndReason, InsatsType } from '../vocabulary';
import type { DomainEvent, Erasable, IsoDate, OrganisationRef } from '../shared/domain-event';
import { healthWhenRegion, type EventFactsTable, type ParticipantLookup } from '../shared/event-facts';

export type InsatsStarted = DomainEvent<
  'InsatsStarted',
  {
    insatsId: string;
    insatsType: InsatsType;
    provider: OrganisationRef;
    /** The organisation that started it (beställare); it or the provider may pause and end it. */
    orderedBy: OrganisationRef;
    kommun: string;
    extentPercent: number;
    startDate: IsoDate;
    plannedEnd: IsoDate | null;
  }
>;

/** Later insats events repeat the provider: care given by a region is health data. */
export type InsatsPaused = DomainEvent<
  'InsatsPaused',
  { insatsId: string; provider: OrganisationRef; reason: Erasable<string> }
>;

export type InsatsResumed = DomainEvent<'InsatsResumed', { insatsId: string; provider: OrganisationRef }>;

export type InsatsEnded = DomainEvent<
  'InsatsEnded',
  { insatsId: string; provider: OrganisationRef; endDate: IsoDate; reason: InsatsEndReason }
>;

export type InsatsEvent = InsatsStarted | InsatsPaused | InsatsResumed | InsatsEnded;

/** Care given by a region is health data; any other insats is insats data. */
const insatsCategory = ({ data }: InsatsEvent) => healthWhenRegion(data.provider, 'insats');

/** A later insats event draws in its provider and whoever ordered the insats. */
function providerAndOrderer(
  { data }: { data: { insatsId: string; provider: OrganisationRef } },
  lookup: ParticipantLookup,
): readonly OrganisationRef[] {
  const insats = lookup.insatser[data.insatsId];
  return insats ? [data.provider, insats.orderedBy] : [data.provider];
}

export const INSATS_EVENT_FACTS = {
  InsatsStarted: {
    category: insatsCategory,
    personalFields: [],
    drawsIn: ({ data }) => [data.provider, data.orderedBy],
    timeline: { sv: 'En insats startade', en: 'An activity started' },
  },
  InsatsPaused: {
    category: insatsCategory,
    personalFields: ['reason'],
    drawsIn: providerAndOrderer,
    timeline: { sv: 'En insats pausades', en: 'An activity was paused' },
  },
  InsatsResumed: {
    category: insatsCategory,
    personalFields: [],
    drawsIn: providerAndOrderer,
    timeline: { sv: 'En insats fortsatte', en: 'An activity resumed' },
  },
  InsatsEnded: {
    category: insatsCategory,
    personalFields: [],
    drawsIn: providerAndOrderer,
    timeline: { sv: 'En insats avslutades', en: 'An activity ended' },
  },
} satisfies EventFactsTable<InsatsEvent>;
