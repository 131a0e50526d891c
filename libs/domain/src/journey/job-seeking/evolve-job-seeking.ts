import { assertNever } from '../shared/assert-never';
import type { ActiveJourney } from '../shared/journey-state';
import type { JobSeekingEvent } from './job-seeking-events';

export function evolveJobSeeking(state: ActiveJourney, event: JobSeekingEvent): ActiveJourney {
  switch (event.type) {
    case 'JobSeekerRegistered':
      return { ...state, jobSeeker: 'registered' };
    case 'JobSeekerDeregistered':
      return { ...state, jobSeeker: 'not_registered' };
    default:
      return assertNever(event);
  }
}
