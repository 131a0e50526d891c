import type { OutcomeKind } from '../vocabulary';
import type { DomainCommand } from '../shared/domain-command';
import { EVERY_AGENCY, type WritePolicyTable } from '../../access/write-rules';

export type RecordOutcome = DomainCommand<'RecordOutcome', { kind: OutcomeKind; extentPercent: number }>;

export type OutcomeCommand = RecordOutcome;

export const OUTCOME_WRITE_POLICY = {
  RecordOutcome: EVERY_AGENCY,
} satisfies WritePolicyTable<OutcomeCommand>;
