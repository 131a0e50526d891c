import type { JobSeekerDeregistrationReason } from '../vocabulary';
import type { DomainEvent } from './domain-event';

export type JobSeekerRegistered = DomainEvent<'JobSeekerRegistered', { atMeetingId: string | null }>;

export type JobSeekerDeregistered = DomainEvent<'JobSeekerDeregistered', { reason: JobSeekerDeregistrationReason }>;
