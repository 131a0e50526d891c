import type { InsatsEndReason, InsatsType } from '../vocabulary';
import type { DomainEvent, IsoDate, OrganisationRef } from './domain-event';

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
export type InsatsPaused = DomainEvent<'InsatsPaused', { insatsId: string; provider: OrganisationRef; reason: string }>;

export type InsatsResumed = DomainEvent<'InsatsResumed', { insatsId: string; provider: OrganisationRef }>;

export type InsatsEnded = DomainEvent<
  'InsatsEnded',
  { insatsId: string; provider: OrganisationRef; endDate: IsoDate; reason: InsatsEndReason }
>;
