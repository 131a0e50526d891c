import type { JobSeekerDeregistrationReason } from '../vocabulary';
import type { DomainCommand } from './domain-command';

export type RegisterJobSeeker = DomainCommand<'RegisterJobSeeker', Record<string, never>>;

export type DeregisterJobSeeker = DomainCommand<'DeregisterJobSeeker', { reason: JobSeekerDeregistrationReason }>;
