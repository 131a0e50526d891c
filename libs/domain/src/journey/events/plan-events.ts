import type { OutcomeKind } from '../vocabulary';
import type { DomainEvent, IsoDate, OrganisationRef } from './domain-event';

export interface PlanStep {
  readonly description: string;
  readonly responsible: OrganisationRef;
}

export interface PlanContent {
  readonly goals: readonly string[];
  readonly steps: readonly PlanStep[];
  readonly strengths: readonly string[];
  readonly limitations: readonly string[];
  readonly adaptations: readonly string[];
  readonly overallResponsibility: OrganisationRef;
  readonly nextFollowUp: IsoDate;
}

export type PlanAgreed = DomainEvent<'PlanAgreed', PlanContent>;

export type PlanRevised = DomainEvent<'PlanRevised', PlanContent>;

export type OutcomeRecorded = DomainEvent<'OutcomeRecorded', { kind: OutcomeKind; extentPercent: number }>;
