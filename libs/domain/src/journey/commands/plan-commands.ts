import type { OutcomeKind } from '../vocabulary';
import type { PlanContent } from '../events/plan-events';
import type { DomainCommand } from './domain-command';

export type AgreePlan = DomainCommand<'AgreePlan', PlanContent>;

export type RevisePlan = DomainCommand<'RevisePlan', PlanContent>;

export type RecordOutcome = DomainCommand<'RecordOutcome', { kind: OutcomeKind; extentPercent: number }>;
