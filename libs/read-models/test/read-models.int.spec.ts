import { PgliteClient } from '@samsyn/event-store';
import {
  afProjection,
  avslagCase,
  contactsOf,
  decisionsEndingWithin,
  fkBenefitProjection,
  insatserOf,
  involvementProjection,
  jobSeeker,
  minPlanOf,
  needingCertificate,
  participantsOf,
  personDirectoryProjection,
  personsInKommun,
  referralsTo,
  riskSignals,
  riskSignalsProjection,
  turningThirtyWithin,
  upcomingMeetings,
} from '../src';
import {
  command,
  CONTACT_NAME,
  journeyAfterAvslag,
  PERSONNUMMER,
} from '../../journey-commands/test/journey-commands.fixtures';
import { project, recordInMemory, type RecordedJourney } from './read-model-kit';

const open = (personnummer = PERSONNUMMER) =>
  command('OpenJourney', { personnummer, homeKommun: '1880' }, 'FK', '2023-01-10T09:00:00+01:00');

/** Seed 004's journey: avslag, lotsning, referral to AF, omställningsmöte, contact established. */
const avslagJourney = (): RecordedJourney => recordInMemory([open(), ...journeyAfterAvslag()]);

/** Granted until 2024-06-30, an insats planned past it, a contact change the person was not told of. */
const grantedJourney = (): RecordedJourney =>
  recordInMemory([
    open('19990101-0000'),
    command(
      'ReceiveApplication',
      { applicationId: 'a-1', kind: 'first_time', currentSupport: 'family' },
      'FK',
      '2023-01-11T10:00:00+01:00',
    ),
    command(
      'GrantDecision',
      { decisionId: 'd-1', grade: 'HALF', from: '2023-02-01', to: '2024-01-31' },
      'FK',
      '2023-01-20T10:00:00+01:00',
    ),
    command(
      'StartInsats',
      {
        insatsId: 'i-1',
        insatsType: 'boendestod',
        provider: 'KOMMUN:1880',
        kommun: '1880',
        extentPercent: 25,
        startDate: '2023-02-01',
        plannedEnd: '2024-06-30',
      },
      'KOMMUN:1880',
      '2023-02-01T10:00:00+01:00',
    ),
    command(
      'AssignContactPerson',
      { role: 'boendestodjare', name: 'Anna Berg', phone: '070-111 22 33' },
      'KOMMUN:1880',
      '2023-02-01T10:00:00+01:00',
    ),
    command(
      'ChangeContactPerson',
      {
        role: 'boendestodjare',
        previousName: 'Anna Berg',
        name: 'Bo Ek',
        phone: '070-444 55 66',
        reason: 'Omorganisation',
        personInformed: false,
      },
      'KOMMUN:1880',
      '2023-03-01T10:00:00+01:00',
    ),
    command(
      'ScheduleMeeting',
      {
        meetingId: 'm-1',
        kind: 'omstallningsmote',
        at: '2023-12-01T10:00:00+01:00',
        participants: [
          { organisation: 'AF', role: 'arbetsförmedlare' },
          { organisation: 'KOMMUN:1880', role: 'boendestöd' },
        ],
        preMeetingBriefCategories: [],
      },
      'KOMMUN:1880',
      '2023-03-02T10:00:00+01:00',
    ),
  ]);

describe('read models over the reports’ journeys (PGlite)', () => {
  let sql: PgliteClient;
  let avslag: RecordedJourney;
  let granted: RecordedJourney;

  beforeAll(async () => {
    sql = await PgliteClient.open();
    avslag = avslagJourney();
    granted = grantedJourney();
  });
  afterAll(() => sql.close());

  const all = () => [...avslag.events, ...granted.events];

  it('FK: the avslag case reaches contact established through a referral to AF; decisions ending and people turning 30', async () => {
    const t = await project(sql, fkBenefitProjection, all());
    expect(await avslagCase(sql, t, avslag.journeyId)).toMatchObject({
      status: 'contact_established',
      referredTo: ['AF'],
      rejectedOn: '2023-02-01',
    });
    expect((await decisionsEndingWithin(sql, t, '2023-09-01', 6)).map((row) => row.journeyId)).toEqual([
      granted.journeyId,
    ]);
    expect(await decisionsEndingWithin(sql, t, '2023-05-01', 6)).toEqual([]);
    // 19990101-0000 turns 30 on 2029-01-01
    expect((await turningThirtyWithin(sql, t, '2028-06-01', 1)).map((row) => row.journeyId)).toEqual([
      granted.journeyId,
    ]);
  });

  it('AF: the referral, the held omställningsmöte no longer upcoming, the other one upcoming without brief, the job seeker', async () => {
    const t = await project(sql, afProjection, all());
    expect((await referralsTo(sql, t, 'AF')).map((row) => [row.journeyId, row.help])).toEqual([
      [avslag.journeyId, 'booked_meeting'],
    ]);
    const upcoming = await upcomingMeetings(sql, t, 'AF', '2023-02-01T00:00:00Z');
    expect(upcoming.map((row) => [row.journeyId, row.meetingId, row.briefCategories])).toEqual([
      [granted.journeyId, 'm-1', null],
    ]);
    expect(await jobSeeker(sql, t, avslag.journeyId)).toMatchObject({ registered: true, since: '2023-02-20' });
  });

  it('kommun and region: participants, insatser and contact roles; who needs a läkarutlåtande', async () => {
    const t = await project(sql, involvementProjection, all());
    const kommun = (await participantsOf(sql, t, 'KOMMUN:1880')).map((row) => row.journeyId).sort();
    expect(kommun).toEqual([avslag.journeyId, granted.journeyId].sort());
    expect(await insatserOf(sql, t, { organisation: 'KOMMUN:1880' })).toEqual([
      expect.objectContaining({
        journeyId: granted.journeyId,
        insatsId: 'i-1',
        status: 'running',
        plannedEnd: '2024-06-30',
      }),
    ]);
    expect(await contactsOf(sql, t, { journeyId: granted.journeyId })).toEqual([
      expect.objectContaining({
        organisation: 'KOMMUN:1880',
        role: 'boendestodjare',
        changes: 1,
        lastChangeTold: false,
      }),
    ]);
    expect((await needingCertificate(sql, t, '2023-09-01', 6)).map((row) => row.journeyId)).toEqual([
      granted.journeyId,
    ]);
  });

  it('risk signals: an insats outlasting the benefit, an untold contact change; none for the journey that reached contact', async () => {
    const t = await project(sql, riskSignalsProjection, all());
    const signals = await riskSignals(sql, t, '2023-06-01');
    expect(signals.map((row) => [row.journeyId, row.kind, row.since, row.organisation])).toEqual([
      [granted.journeyId, 'contact_changed_uninformed', '2023-03-01', 'KOMMUN:1880'],
      [granted.journeyId, 'insats_outlasts_benefit', '2024-01-31', 'KOMMUN:1880'],
    ]);
    expect(signals.some((row) => row.journeyId === avslag.journeyId)).toBe(false);
  });

  it('risk signals: an avslag without contact after 90 days', async () => {
    const silent = recordInMemory([
      open('19970615-1231'),
      command(
        'ReceiveApplication',
        { applicationId: 'a-1', kind: 'first_time', currentSupport: 'none' },
        'FK',
        '2023-01-11T10:00:00+01:00',
      ),
      command('RejectApplication', { reason: 'Avslag' }, 'FK', '2023-01-20T10:00:00+01:00'),
    ]);
    const t = await project(sql, riskSignalsProjection, silent.events);
    expect(await riskSignals(sql, t, '2023-03-01', { journeyIds: [silent.journeyId] })).toEqual([]);
    expect(await riskSignals(sql, t, '2023-05-01', { journeyIds: [silent.journeyId] })).toEqual([
      expect.objectContaining({ kind: 'no_contact_after_avslag', since: '2023-01-20', organisation: 'FK' }),
    ]);
  });

  it('the person directory lists both journeys in their kommun', async () => {
    const t = await project(sql, personDirectoryProjection, all());
    const rows = await personsInKommun(sql, t, '1880');
    expect(rows.map((row) => row.journeyId).sort()).toEqual([avslag.journeyId, granted.journeyId].sort());
    expect(rows.find((row) => row.journeyId === avslag.journeyId)?.events).toBe(avslag.events.length);
  });

  it('min plan: the decision and days left, contacts with phone, the insats, the next meeting, and what happens next', () => {
    if (granted.state.status !== 'active') throw new Error('not opened');
    const plan = minPlanOf(granted.state, '2023-09-01T08:00:00+02:00');
    expect(plan.decision).toEqual({ grade: 'HALF', from: '2023-02-01', to: '2024-01-31', daysLeft: 152 });
    expect(plan.contacts).toEqual([
      { organisation: 'KOMMUN:1880', role: 'boendestodjare', name: 'Bo Ek', phone: '070-444 55 66' },
    ]);
    expect(plan.activeInsatser.map((insats) => insats.insatsId)).toEqual(['i-1']);
    expect(plan.nextMeeting).toMatchObject({ meetingId: 'm-1', kind: 'omstallningsmote' });
    expect(plan.whatHappensNext[0]!.sv).toContain(
      'omställningsmöte 2023-12-01 10:00 med Arbetsförmedlingen, Örebro kommun',
    );
    expect(plan.whatHappensNext.some((step) => step.en.includes('lasts until 2024-01-31 (152 days left)'))).toBe(true);
    if (avslag.state.status !== 'active') throw new Error('not opened');
    const afterContact = minPlanOf(avslag.state, '2023-03-01T08:00:00+01:00');
    expect(afterContact.contacts.map((contact) => contact.name)).not.toContain(CONTACT_NAME);
  });
});
