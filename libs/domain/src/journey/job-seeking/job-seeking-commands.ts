import type { JobSeekerDeregistrationReason } from '../vocabulary';
import type { DomainCommand } from '../shared/domain-command';
import { agencies, type WritePolicyTable } from '../../access/write-rules';

export type RegisterJobSeeker = DomainCommand<'RegisterJobSeeker', Record<string, never>>;

export type DeregisterJobSeeker = DomainCommand<'DeregisterJobSeeker', { reason: JobSeekerDeregistrationReason }>;

export type JobSeekingCommand = RegisterJobSeeker | DeregisterJobSeeker;

export const JOB_SEEKING_WRITE_POLICY = {
  RegisterJobSeeker: agencies('AF'),
  DeregisterJobSeeker: agencies('AF'),
} satisfies WritePolicyTable<JobSeekingCommand>;
