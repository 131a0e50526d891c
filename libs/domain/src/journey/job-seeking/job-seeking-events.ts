import type { JobSeekerDeregistrationReason } from '../vocabulary';
import type { DomainEvent } from '../shared/domain-event';
import { NO_ONE, type EventFactsTable } from '../shared/event-facts';

export type JobSeekerRegistered = DomainEvent<'JobSeekerRegistered', { atMeetingId: string | null }>;

export type JobSeekerDeregistered = DomainEvent<'JobSeekerDeregistered', { reason: JobSeekerDeregistrationReason }>;

export type JobSeekingEvent = JobSeekerRegistered | JobSeekerDeregistered;

export const JOB_SEEKING_EVENT_FACTS = {
  JobSeekerRegistered: {
    category: 'job_seeking',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Inskriven som arbetssökande', en: 'Registered as a job seeker' },
  },
  JobSeekerDeregistered: {
    category: 'job_seeking',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Utskriven som arbetssökande', en: 'No longer registered as a job seeker' },
  },
} satisfies EventFactsTable<JobSeekingEvent>;
