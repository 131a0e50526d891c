import type { ApplicationKind, BenefitEndReason, CurrentSupport } from '../vocabulary';
import type { IsoDate, OrganisationRef } from '../shared/domain-event';
import type { DomainCommand } from '../shared/domain-command';
import { agencies, type WritePolicyTable } from '../../access/write-rules';

export type ReceiveApplication = DomainCommand<
  'ReceiveApplication',
  { applicationId: string; kind: ApplicationKind; currentSupport: CurrentSupport }
>;

export type ReceiveMedicalCertificate = DomainCommand<
  'ReceiveMedicalCertificate',
  { certificateId: string; issuedBy: OrganisationRef; issuedOn: IsoDate }
>;

/** `grade` as a name (`HALF`) or a fraction (`1/2`). */
export type GrantDecision = DomainCommand<
  'GrantDecision',
  { decisionId: string; grade: string; from: IsoDate; to: IsoDate }
>;

export type RejectApplication = DomainCommand<'RejectApplication', { reason: string }>;

export type EndBenefit = DomainCommand<'EndBenefit', { reason: BenefitEndReason }>;

export type GrantSpecialCompensation = DomainCommand<
  'GrantSpecialCompensation',
  { compensationId: string; purpose: string; amountSek: number }
>;

export type BenefitCommand =
  | ReceiveApplication
  | ReceiveMedicalCertificate
  | GrantDecision
  | RejectApplication
  | EndBenefit
  | GrantSpecialCompensation;

export const BENEFIT_WRITE_POLICY = {
  ReceiveApplication: agencies('FK'),
  ReceiveMedicalCertificate: agencies('FK', 'REGION'),
  GrantDecision: agencies('FK'),
  RejectApplication: agencies('FK'),
  EndBenefit: agencies('FK'),
  GrantSpecialCompensation: agencies('FK'),
} satisfies WritePolicyTable<BenefitCommand>;
