import { DomainError } from '../../domain-error';
import { assertNever } from '../shared/assert-never';
import type { JobSeekingCommand } from './job-seeking-commands';
import type { JourneyEvent } from '../journey-event';
import type { ActiveJourney } from '../shared/journey-state';
import { JOB_SEEKER_DEREGISTRATION_REASONS } from '../vocabulary';
import { requireOneOf } from '../shared/validation';

export function decideJobSeeking(command: JobSeekingCommand, state: ActiveJourney): JourneyEvent[] {
  switch (command.type) {
    case 'RegisterJobSeeker':
      if (state.jobSeeker === 'registered') {
        throw new DomainError(
          'JOB_SEEKER_ALREADY_REGISTERED',
          'jobSeeker',
          'The person is already registered as a job seeker',
        );
      }
      return [{ type: 'JobSeekerRegistered', data: { atMeetingId: null } }];
    case 'DeregisterJobSeeker': {
      if (state.jobSeeker !== 'registered') {
        throw new DomainError('JOB_SEEKER_NOT_REGISTERED', 'jobSeeker', 'The person is not registered as a job seeker');
      }
      const reason = requireOneOf(JOB_SEEKER_DEREGISTRATION_REASONS, command.data.reason, 'reason');
      return [{ type: 'JobSeekerDeregistered', data: { reason } }];
    }
    default:
      return assertNever(command);
  }
}
