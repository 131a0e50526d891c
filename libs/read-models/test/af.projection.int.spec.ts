import { PgliteClient } from '@samsyn/event-store';
import { afProjection } from '../src';
import { EXAMPLE_PERSONAL_VALUES, example, typesOtherThan } from './journey-event-examples';
import { happened, JOURNEY, readAfterKeyErased, rowsAfter } from './read-model-kit';

const onDay = (day: string) => ({ occurredAt: `${day}T10:00:00+01:00` });
const scheduled = happened(example('MeetingScheduled'), { author: 'AF' });

const meeting = (changes: object) => ({
  journey_id: JOURNEY,
  meeting_id: 'meeting-1',
  kind: 'omstallningsmote',
  at: new Date('2023-03-15T08:00:00Z'),
  organiser: 'AF',
  participants: ['AF', 'KOMMUN:1880'],
  brief_categories: ['benefit'],
  status: 'scheduled',
  ...changes,
});

describe('AF projection: given events, then rows (PGlite)', () => {
  let sql: PgliteClient;
  const then = (...events: Parameters<typeof rowsAfter>[2]) => rowsAfter(sql, afProjection, events);

  beforeAll(async () => {
    sql = await PgliteClient.open();
  });
  afterAll(() => sql.close());

  it('ReferralMade: one referral per referral id, to whom, with what help, on the Swedish day it was made', async () => {
    const rows = await then(
      happened(example('ReferralMade', { referralId: 'referral-1', to: 'AF', help: 'booked_meeting' }), {
        occurredAt: '2023-03-31T22:30:00Z',
      }),
      happened(example('ReferralMade', { referralId: 'referral-2', to: 'KOMMUN:1880', help: 'information' })),
    );
    expect(rows.referrals).toEqual([
      {
        journey_id: JOURNEY,
        referral_id: 'referral-1',
        referred_to: 'AF',
        help: 'booked_meeting',
        referred_on: '2023-04-01',
      },
      {
        journey_id: JOURNEY,
        referral_id: 'referral-2',
        referred_to: 'KOMMUN:1880',
        help: 'information',
        referred_on: '2023-03-01',
      },
    ]);
  });

  it('MeetingScheduled: a scheduled meeting with its participants and the categories of its brief', async () => {
    expect((await then(scheduled)).meetings).toEqual([meeting({})]);
  });

  it('MeetingScheduled without a brief: no brief categories', async () => {
    const rows = await then(happened(example('MeetingScheduled', { preMeetingBrief: null })));
    expect(rows.meetings).toEqual([meeting({ brief_categories: null })]);
  });

  it.each([
    ['MeetingHeld', 'held', example('MeetingHeld')],
    ['MeetingCancelled', 'cancelled', example('MeetingCancelled')],
  ] as const)('%s: the meeting is %s, nothing else changes', async (_type, status, event) => {
    const rows = await then(
      scheduled,
      happened(example('MeetingScheduled', { meetingId: 'meeting-2' })),
      happened(event),
    );
    expect(rows.meetings).toEqual([meeting({ status }), meeting({ meeting_id: 'meeting-2' })]);
  });

  it('JobSeekerRegistered: registered since that day; JobSeekerDeregistered: no longer, since when and why', async () => {
    const registered = happened(example('JobSeekerRegistered'), onDay('2023-03-15'));
    expect((await then(registered)).job_seekers).toEqual([
      { journey_id: JOURNEY, registered: true, since: '2023-03-15', reason: null },
    ]);
    const deregistered = happened(example('JobSeekerDeregistered', { reason: 'work' }), onDay('2023-09-01'));
    expect((await then(registered, deregistered)).job_seekers).toEqual([
      { journey_id: JOURNEY, registered: false, since: '2023-09-01', reason: 'work' },
    ]);
    const again = happened(example('JobSeekerRegistered'), onDay('2024-01-10'));
    expect((await then(registered, deregistered, again)).job_seekers).toEqual([
      { journey_id: JOURNEY, registered: true, since: '2024-01-10', reason: null },
    ]);
  });

  it('JobSeekerDeregistered of someone never registered writes nothing', async () => {
    expect((await then(happened(example('JobSeekerDeregistered')))).job_seekers).toEqual([]);
  });

  it('holds no personal value, and a rebuild without the key gives the same rows', async () => {
    const events = [
      scheduled,
      happened(example('MeetingHeld')),
      happened(example('ReferralMade')),
      happened(example('JobSeekerRegistered')),
    ];
    const rows = await then(...events);
    const text = JSON.stringify(rows);
    expect(EXAMPLE_PERSONAL_VALUES.filter((value) => text.includes(value))).toEqual([]);
    expect(await then(...(await readAfterKeyErased(events)))).toEqual(rows);
  });

  it('ignores every other event type', async () => {
    const handled = [
      'ReferralMade',
      'MeetingScheduled',
      'MeetingHeld',
      'MeetingCancelled',
      'JobSeekerRegistered',
      'JobSeekerDeregistered',
    ] as const;
    const given = [happened(example('ReferralMade')), scheduled, happened(example('JobSeekerRegistered'))];
    const others = typesOtherThan(handled).map((type) => happened(example(type), onDay('2023-04-01')));
    expect(await then(...given, ...others)).toEqual(await then(...given));
  });
});
