import { PgliteClient } from '@samsyn/event-store';
import { reportingProjection } from '../src';
import { EXAMPLE_PERSONAL_VALUES, example, typesOtherThan } from './journey-event-examples';
import { happened, JOURNEY, readAfterKeyErased, rowsAfter } from './read-model-kit';

const onDay = (day: string) => ({ occurredAt: `${day}T10:00:00+01:00` });
const opened = happened(example('JourneyOpened'), { occurredAt: '2023-01-09T23:30:00Z' });
const granted = happened(example('DecisionGranted'), onDay('2023-01-20'));
const rejected = happened(example('ApplicationRejected'), onDay('2023-02-01'));
const started = happened(example('InsatsStarted'), onDay('2023-02-01'));
const ended = (day: string) => happened(example('BenefitEnded'), onDay(day));
const outcome = (kind: 'work' | 'studies' | 'job_seeking', day: string) =>
  happened(example('OutcomeRecorded', { kind }), onDay(day));

const PERSON_ROW = {
  journey_id: JOURNEY,
  gender: 'man',
  opened_on: '2023-01-10',
  turns_19_on: '2022-08-20',
  turns_20_on: '2023-08-20',
  turns_25_on: '2028-08-20',
  turns_30_on: '2033-08-20',
  work_or_studies_on: null,
};

const decision = (changes: object) => ({
  journey_id: JOURNEY,
  decision_id: 'decision-1',
  valid_from: '2023-02-01',
  valid_to: '2024-01-31',
  ended_on: null,
  end_reason: null,
  moved_on: false,
  ...changes,
});

const avslag = (changes: object) => ({
  journey_id: JOURNEY,
  number: 1,
  rejected_on: '2023-02-01',
  kommun: '1880',
  offered: false,
  accepted: false,
  declined: false,
  unreachable: false,
  referred: false,
  contact_established: false,
  omstallningsmote: false,
  ...changes,
});

describe('reporting projection: given events, then rows (PGlite)', () => {
  let sql: PgliteClient;
  const then = (...events: Parameters<typeof rowsAfter>[2]) => rowsAfter(sql, reportingProjection, events);

  beforeAll(async () => {
    sql = await PgliteClient.open();
  });
  afterAll(() => sql.close());

  it('JourneyOpened: the person’s legal gender and age-band days, and where they live from the Swedish day', async () => {
    const rows = await then(opened);
    expect(rows.people).toEqual([PERSON_ROW]);
    expect(rows.residences).toEqual([{ journey_id: JOURNEY, from_day: '2023-01-10', kommun: '1880' }]);
  });

  it('HomeKommunChanged: a residence from that day; a second move the same day replaces it', async () => {
    const rows = await then(
      opened,
      happened(example('HomeKommunChanged', { to: '1814' }), onDay('2023-05-01')),
      happened(example('HomeKommunChanged', { from: '1814', to: '1861' }), onDay('2023-05-01')),
    );
    expect(rows.residences).toEqual([
      { journey_id: JOURNEY, from_day: '2023-01-10', kommun: '1880' },
      { journey_id: JOURNEY, from_day: '2023-05-01', kommun: '1861' },
    ]);
  });

  it('DecisionGranted: one row per decision; BenefitEnded: when and why it ended', async () => {
    expect((await then(opened, granted)).decisions).toEqual([decision({})]);
    expect((await then(opened, granted, ended('2024-01-31'))).decisions).toEqual([
      decision({ ended_on: '2024-01-31', end_reason: 'period_expired' }),
    ]);
  });

  it('BenefitEnded marks the insatser it names as cut by the benefit end, and no other', async () => {
    const other = happened(example('InsatsStarted', { insatsId: 'insats-2' }), onDay('2023-03-01'));
    const cut = happened(
      example('BenefitEnded', {
        runningInsatser: [
          {
            insatsId: 'insats-1',
            insatsType: 'boendestod',
            provider: 'PROVIDER:activa',
            plannedEnd: null,
            status: 'running',
          },
        ],
      }),
      onDay('2024-01-31'),
    );
    const rows = await then(opened, granted, started, other, cut);
    expect(rows.insatser.map((row) => [row.insats_id, row.cut_by_benefit_end])).toEqual([
      ['insats-1', true],
      ['insats-2', false],
    ]);
  });

  it('OutcomeRecorded of work or studies: when, and the decisions ended within a year before it moved on', async () => {
    const rows = await then(opened, granted, ended('2024-01-31'), outcome('studies', '2024-09-01'));
    expect(rows.people).toEqual([{ ...PERSON_ROW, work_or_studies_on: '2024-09-01' }]);
    expect(rows.decisions).toEqual([
      decision({ ended_on: '2024-01-31', end_reason: 'period_expired', moved_on: true }),
    ]);
  });

  it('OutcomeRecorded more than a year after the benefit ended, or of job seeking, moves nothing on', async () => {
    const late = await then(opened, granted, ended('2024-01-31'), outcome('work', '2025-02-01'));
    expect(late.decisions).toEqual([decision({ ended_on: '2024-01-31', end_reason: 'period_expired' })]);
    const seeking = await then(opened, granted, ended('2024-01-31'), outcome('job_seeking', '2024-03-01'));
    expect(seeking.people).toEqual([PERSON_ROW]);
    expect(seeking.decisions).toEqual([decision({ ended_on: '2024-01-31', end_reason: 'period_expired' })]);
  });

  it('BenefitEnded after work or studies within the decision: it moved on', async () => {
    const rows = await then(opened, granted, outcome('work', '2023-10-01'), ended('2024-01-31'));
    expect(rows.decisions).toEqual([
      decision({ ended_on: '2024-01-31', end_reason: 'period_expired', moved_on: true }),
    ]);
  });

  it('ApplicationRejected: a numbered avslag in the kommun the person lives in then', async () => {
    const moved = happened(example('HomeKommunChanged', { to: '1814' }), onDay('2023-05-01'));
    const again = happened(example('ApplicationRejected', { applicationId: 'application-2' }), onDay('2023-06-01'));
    expect((await then(opened, rejected, moved, again)).avslag).toEqual([
      avslag({}),
      avslag({ number: 2, rejected_on: '2023-06-01', kommun: '1814' }),
    ]);
  });

  it.each([
    ['SupportOffered', example('SupportOffered'), 'offered'],
    ['SupportAccepted', example('SupportAccepted'), 'accepted'],
    ['SupportDeclined', example('SupportDeclined'), 'declined'],
    ['LotsningClosed', example('LotsningClosed'), 'unreachable'],
    ['ReferralMade', example('ReferralMade'), 'referred'],
    ['ContactEstablished', example('ContactEstablished'), 'contact_established'],
  ] as const)('%s marks the latest avslag only', async (_type, event, column) => {
    const again = happened(example('ApplicationRejected', { applicationId: 'application-2' }), onDay('2023-06-01'));
    expect((await then(opened, rejected, again, happened(event, onDay('2023-06-02')))).avslag).toEqual([
      avslag({}),
      avslag({ number: 2, rejected_on: '2023-06-01', [column]: true }),
    ]);
  });

  it('MeetingHeld of an omställningsmöte marks the latest avslag; of another kind of meeting, nothing', async () => {
    const sip = happened(example('MeetingScheduled', { meetingId: 'meeting-2', kind: 'sip' }));
    const omstallning = happened(example('MeetingScheduled'));
    const sipRows = await then(
      opened,
      rejected,
      omstallning,
      sip,
      happened(example('MeetingHeld', { meetingId: 'meeting-2' })),
    );
    expect(sipRows.omstallningsmoten).toEqual([{ journey_id: JOURNEY, meeting_id: 'meeting-1' }]);
    expect(sipRows.avslag).toEqual([avslag({})]);
    const held = await then(opened, rejected, omstallning, happened(example('MeetingHeld')));
    expect(held.avslag).toEqual([avslag({ omstallningsmote: true })]);
  });

  it('ContactPersonChanged: one row per change, in the kommun the person lives in, and whether they were told', async () => {
    const rows = await then(
      opened,
      happened(example('ContactPersonChanged', { personInformed: false }), onDay('2023-03-01')),
      happened(example('ContactPersonChanged', { personInformed: true }), onDay('2023-03-01')),
    );
    expect(rows.contact_changes).toEqual([
      { journey_id: JOURNEY, number: 1, changed_on: '2023-03-01', kommun: '1880', person_informed: false },
      { journey_id: JOURNEY, number: 2, changed_on: '2023-03-01', kommun: '1880', person_informed: true },
    ]);
  });

  it('InsatsStarted: type, kommun and start; InsatsEnded: end and reason, cut when the benefit ended it', async () => {
    const insats = {
      journey_id: JOURNEY,
      insats_id: 'insats-1',
      insats_type: 'boendestod',
      kommun: '1880',
      started_on: '2023-02-01',
      ended_on: null,
      end_reason: null,
      cut_by_benefit_end: false,
    };
    expect((await then(opened, started)).insatser).toEqual([insats]);
    const completed = happened(example('InsatsEnded', { endDate: '2023-09-30', reason: 'completed' }));
    expect((await then(opened, started, completed)).insatser).toEqual([
      { ...insats, ended_on: '2023-09-30', end_reason: 'completed' },
    ]);
    const interrupted = happened(
      example('InsatsEnded', { endDate: '2024-01-31', reason: 'interrupted_benefit_ended' }),
    );
    expect((await then(opened, started, interrupted)).insatser).toEqual([
      { ...insats, ended_on: '2024-01-31', end_reason: 'interrupted_benefit_ended', cut_by_benefit_end: true },
    ]);
  });

  it('PersonalDataErased: gender and the age-band days go, every other fact stays', async () => {
    const events = [opened, granted, rejected, started, outcome('work', '2023-10-01')];
    const before = await then(...events);
    const after = await then(...events, happened(example('PersonalDataErased')));
    const erasedPerson = {
      ...PERSON_ROW,
      gender: null,
      turns_19_on: null,
      turns_20_on: null,
      turns_25_on: null,
      turns_30_on: null,
      work_or_studies_on: '2023-10-01',
    };
    expect(after).toEqual({ ...before, people: [erasedPerson] });
  });

  it('a rebuild after the key is gone, reading the personnummer as null, writes no gender and no age-band day', async () => {
    const rows = await then(...(await readAfterKeyErased([opened, rejected])));
    expect(rows.people).toEqual([
      { ...PERSON_ROW, gender: null, turns_19_on: null, turns_20_on: null, turns_25_on: null, turns_30_on: null },
    ]);
    expect(rows.avslag).toEqual([avslag({})]);
  });

  it('holds no personal value of the events it is given', async () => {
    const rows = await then(
      opened,
      rejected,
      happened(example('ContactPersonChanged')),
      happened(example('MeetingScheduled')),
      happened(example('MeetingHeld')),
      happened(example('InsatsPaused')),
    );
    const text = JSON.stringify(rows);
    expect(EXAMPLE_PERSONAL_VALUES.filter((value) => text.includes(value))).toEqual([]);
  });

  it('ignores every other event type', async () => {
    const handled = [
      'JourneyOpened',
      'PersonalDataErased',
      'HomeKommunChanged',
      'DecisionGranted',
      'BenefitEnded',
      'OutcomeRecorded',
      'ApplicationRejected',
      'SupportOffered',
      'SupportAccepted',
      'SupportDeclined',
      'LotsningClosed',
      'ReferralMade',
      'ContactEstablished',
      'MeetingScheduled',
      'MeetingHeld',
      'ContactPersonChanged',
      'InsatsStarted',
      'InsatsEnded',
    ] as const;
    const given = [opened, granted, rejected, started, happened(example('MeetingScheduled'))];
    const others = typesOtherThan(handled).map((type) => happened(example(type), onDay('2023-04-01')));
    expect(await then(...given, ...others)).toEqual(await then(...given));
  });
});
