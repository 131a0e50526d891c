import type { JourneyEvent } from '@samsyn/domain';
import { opened } from './journey-fixtures';
import { command, given } from './journey-test-kit';

const registered: JourneyEvent = { type: 'JobSeekerRegistered', data: { atMeetingId: null } };

describe('Job seeking at AF', () => {
  it('when AF registers the person, then they are a job seeker', () => {
    given(opened)
      .when(command('RegisterJobSeeker', {}, { author: 'AF' }))
      .then(registered);
  });

  it('when the person is already registered, then it is refused', () => {
    given(opened, registered)
      .when(command('RegisterJobSeeker', {}, { author: 'AF' }))
      .thenFails('JOB_SEEKER_ALREADY_REGISTERED', 'jobSeeker');
  });

  it('when AF deregisters a registered job seeker who found work, then the reason is recorded', () => {
    given(opened, registered)
      .when(command('DeregisterJobSeeker', { reason: 'work' }, { author: 'AF' }))
      .then({ type: 'JobSeekerDeregistered', data: { reason: 'work' } });
  });

  it('when the person is not registered, then deregistering is refused', () => {
    given(opened)
      .when(command('DeregisterJobSeeker', { reason: 'work' }, { author: 'AF' }))
      .thenFails('JOB_SEEKER_NOT_REGISTERED', 'jobSeeker');
  });
});
