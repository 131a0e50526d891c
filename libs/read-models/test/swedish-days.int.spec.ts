import { PgliteClient } from '@samsyn/event-store';
import {
  afProjection,
  avslagCase,
  fkBenefitProjection,
  involvementProjection,
  minPlanOf,
  participantsOf,
  personById,
  personDirectoryProjection,
  referralsTo,
  reportingProjection,
  riskSignals,
  riskSignalsProjection,
} from '../src';
import { command, PERSONNUMMER } from '../../journey-commands/test/journey-commands.fixtures';
import { project, recordInMemory, type RecordedJourney } from './read-model-kit';

/**
 * Every step at a moment when UTC and Sweden are on different days: 23:30 UTC on a month's last day in
 * winter (00:30 the next day in Sweden), 22:30 UTC in summer (00:30 the next day), 21:30 UTC in summer
 * (23:30 the same day).
 */
const journeyAtMidnight = (): RecordedJourney =>
  recordInMemory([
    command('OpenJourney', { personnummer: PERSONNUMMER, homeKommun: '1880' }, 'FK', '2023-01-31T23:30:00Z'),
    command(
      'ReceiveApplication',
      { applicationId: 'a-1', kind: 'first_time', currentSupport: 'none' },
      'FK',
      '2023-02-28T23:30:00Z',
    ),
    command('RejectApplication', { reason: 'Avslag' }, 'FK', '2023-02-28T23:30:00Z'),
    command('OfferSupport', { channel: 'phone' }, 'FK', '2023-03-31T21:30:00Z'),
    command('AcceptSupport', {}, 'PERSON', '2023-03-31T21:30:00Z'),
    command('MakeReferral', { referralId: 'ref-1', to: 'AF', help: 'booked_meeting' }, 'FK', '2023-03-31T22:30:00Z'),
  ]);

/** Granted until 30 June; one meeting at 09:00 Swedish winter time, one at 09:00 Swedish summer time. */
const grantedWithMeetings = (): RecordedJourney =>
  recordInMemory([
    command('OpenJourney', { personnummer: PERSONNUMMER, homeKommun: '1880' }, 'FK', '2023-01-10T09:00:00+01:00'),
    command(
      'ReceiveApplication',
      { applicationId: 'a-1', kind: 'first_time', currentSupport: 'family' },
      'FK',
      '2023-01-11T10:00:00+01:00',
    ),
    command(
      'GrantDecision',
      { decisionId: 'd-1', grade: 'HALF', from: '2022-07-01', to: '2023-06-30' },
      'FK',
      '2023-01-20T10:00:00+01:00',
    ),
    ...[
      ['m-winter', '2023-03-01T08:00:00Z'],
      ['m-summer', '2023-06-01T07:00:00Z'],
    ].map(([meetingId, at]) =>
      command(
        'ScheduleMeeting',
        {
          meetingId: meetingId!,
          kind: 'omstallningsmote',
          at: at!,
          participants: [{ organisation: 'AF', role: 'arbetsförmedlare' }],
          preMeetingBriefCategories: [],
        },
        'AF',
        '2023-01-20T10:00:00+01:00',
      ),
    ),
  ]);

describe('read models take the day of an event in Sweden (PGlite)', () => {
  let sql: PgliteClient;
  let journey: RecordedJourney;

  beforeAll(async () => {
    sql = await PgliteClient.open();
    journey = journeyAtMidnight();
  });
  afterAll(() => sql.close());

  it('FK: an avslag written at 23:30 UTC on 28 February was made on 1 March', async () => {
    const t = await project(sql, fkBenefitProjection, journey.events);
    expect(await avslagCase(sql, t, journey.journeyId)).toMatchObject({ rejectedOn: '2023-03-01' });
  });

  it('risk signals: the avslag without contact counts from 1 March, so it is a risk on 30 May and not on 29 May', async () => {
    const t = await project(sql, riskSignalsProjection, journey.events);
    expect(await riskSignals(sql, t, '2023-05-29', { journeyIds: [journey.journeyId] })).toEqual([]);
    expect(await riskSignals(sql, t, '2023-05-30', { journeyIds: [journey.journeyId] })).toEqual([
      expect.objectContaining({ kind: 'no_contact_after_avslag', since: '2023-03-01' }),
    ]);
  });

  it('AF: a referral written at 22:30 UTC on 31 March (summer time) was made on 1 April', async () => {
    const t = await project(sql, afProjection, journey.events);
    expect((await referralsTo(sql, t, 'AF', journey.journeyId)).map((row) => row.referredOn)).toEqual(['2023-04-01']);
  });

  it('involvement: FK takes part from 1 February, AF from 1 April', async () => {
    const t = await project(sql, involvementProjection, journey.events);
    const since = async (organisation: string) =>
      (await participantsOf(sql, t, organisation)).find((row) => row.journeyId === journey.journeyId)?.since;
    expect([await since('FK'), await since('AF')]).toEqual(['2023-02-01', '2023-04-01']);
  });

  it('person directory: a journey opened at 23:30 UTC on 31 January was opened on 1 February', async () => {
    const t = await project(sql, personDirectoryProjection, journey.events);
    expect(await personById(sql, t, journey.journeyId)).toMatchObject({ openedOn: '2023-02-01' });
  });

  it('reporting: the journey opened and the person lived in Örebro from 1 February; the avslag is of 1 March', async () => {
    const t = await project(sql, reportingProjection, journey.events);
    const [people] = await sql.query<{ openedOn: string }>(
      `select opened_on as "openedOn" from ${t.people} where journey_id = $1`,
      [journey.journeyId],
    );
    const residences = await sql.query<{ fromDay: string }>(
      `select from_day as "fromDay" from ${t.residences} where journey_id = $1`,
      [journey.journeyId],
    );
    const avslag = await sql.query<{ rejectedOn: string }>(
      `select rejected_on as "rejectedOn" from ${t.avslag} where journey_id = $1`,
      [journey.journeyId],
    );
    expect([people?.openedOn, residences.map((row) => row.fromDay), avslag.map((row) => row.rejectedOn)]).toEqual([
      '2023-02-01',
      ['2023-02-01'],
      ['2023-03-01'],
    ]);
  });
});

describe('min plan in Swedish time', () => {
  const state = () => {
    const { state: folded } = grantedWithMeetings();
    if (folded.status !== 'active') throw new Error('not opened');
    return folded;
  };

  it('when it is 23:30 UTC on 28 February, then today is 1 March: 121 days left of a decision ending 30 June', () => {
    const plan = minPlanOf(state(), '2023-02-28T23:30:00Z');
    expect(plan.decision).toMatchObject({ to: '2023-06-30', daysLeft: 121 });
    expect(plan.whatHappensNext.some((step) => step.sv.includes('gäller till 2023-06-30 (121 dagar kvar)'))).toBe(true);
  });

  it('when a meeting is at 08:00 UTC in winter, then the person is shown 09:00 with +01:00', () => {
    const plan = minPlanOf(state(), '2023-02-28T23:30:00Z');
    expect(plan.nextMeeting).toMatchObject({ meetingId: 'm-winter', at: '2023-03-01T09:00:00+01:00' });
    expect(plan.whatHappensNext[0]!.sv).toContain('omställningsmöte 2023-03-01 09:00 med Arbetsförmedlingen');
    expect(plan.whatHappensNext[0]!.en).toContain('on 2023-03-01 09:00 with');
  });

  it('when a meeting is at 07:00 UTC in summer, then the person is shown 09:00 with +02:00', () => {
    const plan = minPlanOf(state(), '2023-03-01T09:00:00Z');
    expect(plan.nextMeeting).toMatchObject({ meetingId: 'm-summer', at: '2023-06-01T09:00:00+02:00' });
    expect(plan.whatHappensNext[0]!.sv).toContain('omställningsmöte 2023-06-01 09:00 med Arbetsförmedlingen');
  });
});
