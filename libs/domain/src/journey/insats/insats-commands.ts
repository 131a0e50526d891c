import type { InsatsEndReason, InsatsType } from '../vocabulary';
import type { IsoDate, OrganisationRef } from '../shared/domain-event';
import type { DomainCommand } from '../shared/domain-command';
import { EVERY_AGENCY, type WritePolicyTable } from '../../access/write-rules';

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

export type InsatsCommand = StartInsats | PauseInsats | ResumeInsats | EndInsats;

export const INSATS_WRITE_POLICY = {
  StartInsats: EVERY_AGENCY,
  PauseInsats: EVERY_AGENCY,
  ResumeInsats: EVERY_AGENCY,
  EndInsats: EVERY_AGENCY,
} satisfies WritePolicyTable<InsatsCommand>;
