import type { InsatsEndReason, InsatsType } from '../vocabulary';
import type { IsoDate, OrganisationRef } from '../events/domain-event';
import type { DomainCommand } from './domain-command';

export type StartInsats = DomainCommand<
  'StartInsats',
  {
    insatsId: string;
    insatsType: InsatsType;
    provider: OrganisationRef;
    kommun: string;
    extentPercent: number;
    startDate: IsoDate;
    plannedEnd: IsoDate | null;
  }
>;

export type PauseInsats = DomainCommand<'PauseInsats', { insatsId: string; reason: string }>;

export type ResumeInsats = DomainCommand<'ResumeInsats', { insatsId: string }>;

export type EndInsats = DomainCommand<'EndInsats', { insatsId: string; endDate: IsoDate; reason: InsatsEndReason }>;
