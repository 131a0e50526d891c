import type { JourneyEvent, ScheduleMeeting } from '@samsyn/domain';
import { consentGiven, meetingScheduled, opened, participants } from './journey-fixtures';
import { command, given } from './journey-test-kit';

const schedule = (data: Partial<ScheduleMeeting['data']> = {}, author = 'FK') =>
  command(
    'ScheduleMeeting',
    {
      meetingId: 'meeting-1',
      kind: 'omstallningsmote',
      at: '2023-03-10T10:00:00+01:00',
      participants,
      preMeetingBriefCategories: [],
      ...data,
    },
    { author },
  );

const scheduledFor10March = meetingScheduled({ at: '2023-03-10T10:00:00+01:00' });
const onTheDay = { now: '2023-03-10T11:30:00+01:00', author: 'AF' };
const hold = (
  data: Partial<{ outcome: string; jointPlanAgreed: boolean; registeredAsJobSeeker: boolean }> = {},
  metadata = onTheDay,
) =>
  command(
    'HoldMeeting',
    {
      meetingId: 'meeting-1',
      outcome: 'Vill pröva arbetsträning.',
      jointPlanAgreed: false,
      registeredAsJobSeeker: false,
      ...data,
    },
    metadata,
  );

describe('Meetings', () => {
  describe('ScheduleMeeting', () => {
    it('when FK schedules an omställningsmöte without a brief, then the organiser and participants are recorded', () => {
      given(opened).when(schedule()).then(scheduledFor10March);
    });

    it('when the meeting id is already used, then it is refused', () => {
      given(opened, scheduledFor10March).when(schedule()).thenFails('MEETING_ALREADY_SCHEDULED', 'meetingId');
    });

    it('when there are no participants, then it is refused', () => {
      given(opened)
        .when(schedule({ participants: [] }))
        .thenFails('LIST_EMPTY', 'participants');
    });

    it('when the time has no zone, then it is refused', () => {
      given(opened)
        .when(schedule({ at: '2023-03-10T10:00' }))
        .thenFails('INVALID_TIMESTAMP', 'at');
    });
  });

  describe('sharing a pre-meeting brief', () => {
    const withBrief = schedule({ preMeetingBriefCategories: ['benefit', 'lotsning'] });

    it('when a valid consent covers AF, the kommun and every category, then the brief goes to them but not to the author or the person', () => {
      given(opened, consentGiven())
        .when(withBrief)
        .then(
          meetingScheduled({
            at: '2023-03-10T10:00:00+01:00',
            preMeetingBrief: { categories: ['benefit', 'lotsning'], sharedWith: ['AF', 'KOMMUN:1880'] },
          }),
        );
    });

    it('when there is no consent, then the brief may not be shared', () => {
      given(opened).when(withBrief).thenFails('CONSENT_REQUIRED_FOR_BRIEF', 'preMeetingBriefCategories');
    });

    it('when the consent does not cover AF, then the brief may not be shared', () => {
      given(opened, consentGiven({ organisations: ['KOMMUN:1880'] }))
        .when(withBrief)
        .thenFails('CONSENT_REQUIRED_FOR_BRIEF', 'preMeetingBriefCategories');
    });

    it('when the brief holds a category the consent does not cover, then it may not be shared', () => {
      given(opened, consentGiven())
        .when(schedule({ preMeetingBriefCategories: ['benefit', 'health'] }))
        .thenFails('CONSENT_REQUIRED_FOR_BRIEF', 'preMeetingBriefCategories');
    });

    it('when the consent has expired or not yet begun, then it does not count', () => {
      given(opened, consentGiven({ validTo: '2023-02-28' }))
        .when(withBrief)
        .thenFails('CONSENT_REQUIRED_FOR_BRIEF', 'preMeetingBriefCategories');
      given(opened, consentGiven({ validFrom: '2023-03-02' }))
        .when(withBrief)
        .thenFails('CONSENT_REQUIRED_FOR_BRIEF', 'preMeetingBriefCategories');
    });

    it('when the consent was withdrawn, then it does not count', () => {
      const withdrawn: JourneyEvent = { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } };
      given(opened, consentGiven(), withdrawn)
        .when(withBrief)
        .thenFails('CONSENT_REQUIRED_FOR_BRIEF', 'preMeetingBriefCategories');
    });

    it('when two consents together cover every category, then the brief may be shared', () => {
      const second = consentGiven({
        consentId: 'consent-2',
        organisations: ['AF', 'KOMMUN:1880'],
        categories: ['lotsning'],
      });
      given(opened, consentGiven({ categories: ['benefit'] }), second)
        .when(withBrief)
        .then(
          meetingScheduled({
            at: '2023-03-10T10:00:00+01:00',
            preMeetingBrief: { categories: ['benefit', 'lotsning'], sharedWith: ['AF', 'KOMMUN:1880'] },
          }),
        );
    });
  });

  describe('HoldMeeting', () => {
    it('when AF records the meeting held after its time, then the outcome is recorded', () => {
      given(opened, scheduledFor10March)
        .when(hold())
        .then({
          type: 'MeetingHeld',
          data: {
            meetingId: 'meeting-1',
            outcome: 'Vill pröva arbetsträning.',
            jointPlanAgreed: false,
            registeredAsJobSeeker: false,
          },
        });
    });

    it('when the meeting was never scheduled, then it cannot be held', () => {
      given(opened).when(hold()).thenFails('MEETING_NOT_SCHEDULED', 'meetingId');
    });

    it('when the meeting was cancelled, then it cannot be held', () => {
      const cancelled: JourneyEvent = {
        type: 'MeetingCancelled',
        data: { meetingId: 'meeting-1', reason: 'person_cancelled' },
      };
      given(opened, scheduledFor10March, cancelled).when(hold()).thenFails('MEETING_CANCELLED', 'meetingId');
    });

    it('when the meeting was already held, then it cannot be held again', () => {
      given(opened, scheduledFor10March, {
        type: 'MeetingHeld',
        data: { meetingId: 'meeting-1', outcome: 'x', jointPlanAgreed: false, registeredAsJobSeeker: false },
      })
        .when(hold())
        .thenFails('MEETING_ALREADY_HELD', 'meetingId');
    });

    it('when recorded before its scheduled time, then it is refused', () => {
      given(opened, scheduledFor10March)
        .when(hold({}, { now: '2023-03-10T09:59:59+01:00', author: 'AF' }))
        .thenFails('MEETING_HELD_BEFORE_SCHEDULED_TIME', 'meetingId');
    });

    it('when the scheduled time is compared across zones, then the instants count, not the written clock', () => {
      given(opened, scheduledFor10March)
        .when(hold({}, { now: '2023-03-10T09:00:00Z', author: 'AF' }))
        .then({
          type: 'MeetingHeld',
          data: {
            meetingId: 'meeting-1',
            outcome: 'Vill pröva arbetsträning.',
            jointPlanAgreed: false,
            registeredAsJobSeeker: false,
          },
        });
    });

    it('when an organisation that takes no part records it, then it may not', () => {
      given(opened, scheduledFor10March)
        .when(hold({}, { ...onTheDay, author: 'REGION:18' }))
        .thenFails('FORBIDDEN_AUTHOR', 'metadata.author');
    });

    it('when AF registers the person on the spot, then the registration follows the meeting', () => {
      given(opened, scheduledFor10March)
        .when(hold({ registeredAsJobSeeker: true, jointPlanAgreed: true }))
        .then(
          {
            type: 'MeetingHeld',
            data: {
              meetingId: 'meeting-1',
              outcome: 'Vill pröva arbetsträning.',
              jointPlanAgreed: true,
              registeredAsJobSeeker: true,
            },
          },
          { type: 'JobSeekerRegistered', data: { atMeetingId: 'meeting-1' } },
        );
    });

    it('when anyone but AF records a registration on the spot, then it may not', () => {
      given(opened, scheduledFor10March)
        .when(hold({ registeredAsJobSeeker: true }, { ...onTheDay, author: 'FK' }))
        .thenFails('FORBIDDEN_AUTHOR', 'metadata.author');
    });

    it('when the person is already a registered job seeker, then registering on the spot is refused', () => {
      given(opened, scheduledFor10March, { type: 'JobSeekerRegistered', data: { atMeetingId: null } })
        .when(hold({ registeredAsJobSeeker: true }))
        .thenFails('JOB_SEEKER_ALREADY_REGISTERED', 'registeredAsJobSeeker');
    });
  });

  describe('CancelMeeting', () => {
    it('when the person cancels, then the cancellation is recorded', () => {
      given(opened, scheduledFor10March)
        .when(command('CancelMeeting', { meetingId: 'meeting-1', reason: 'person_cancelled' }, { author: 'PERSON' }))
        .then({ type: 'MeetingCancelled', data: { meetingId: 'meeting-1', reason: 'person_cancelled' } });
    });

    it('when the meeting was never scheduled, then it cannot be cancelled', () => {
      given(opened)
        .when(command('CancelMeeting', { meetingId: 'meeting-1', reason: 'person_cancelled' }))
        .thenFails('MEETING_NOT_SCHEDULED', 'meetingId');
    });

    it('when the meeting was held, then it cannot be cancelled', () => {
      given(opened, scheduledFor10March, {
        type: 'MeetingHeld',
        data: { meetingId: 'meeting-1', outcome: 'x', jointPlanAgreed: false, registeredAsJobSeeker: false },
      })
        .when(command('CancelMeeting', { meetingId: 'meeting-1', reason: 'organisation_cancelled' }))
        .thenFails('MEETING_ALREADY_HELD', 'meetingId');
    });

    it('when an organisation that takes no part cancels, then it may not', () => {
      given(opened, scheduledFor10March)
        .when(
          command(
            'CancelMeeting',
            { meetingId: 'meeting-1', reason: 'organisation_cancelled' },
            { author: 'REGION:18' },
          ),
        )
        .thenFails('FORBIDDEN_AUTHOR', 'metadata.author');
    });
  });
});
