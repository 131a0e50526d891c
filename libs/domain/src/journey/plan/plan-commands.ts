import type { DomainCommand } from '../shared/domain-command';
import type { PlanContent } from './plan-events';
import { EVERY_AGENCY, type WritePolicyTable } from '../../access/write-rules';

export type AgreePlan = DomainCommand<'AgreePlan', PlanContent>;

export type RevisePlan = DomainCommand<'RevisePlan', PlanContent>;

export type PlanCommand = AgreePlan | RevisePlan;

export const PLAN_WRITE_POLICY = {
  AgreePlan: EVERY_AGENCY,
  RevisePlan: EVERY_AGENCY,
} satisfies WritePolicyTable<PlanCommand>;
