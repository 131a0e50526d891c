import type { JourneyEvent } from '@samsyn/domain';
import { PgliteClient } from '@samsyn/event-store';
import { involvementProjection } from '../src';
import { EXAMPLE_PERSONAL_VALUES, example, typesOtherThan } from './journey-event-examples';
import { happened, JOURNEY, readAfterKeyErased, rowsAfter } from './read-model-kit';

const onDay = (day: string, author = 'FK') => ({ occurredAt: `${day}T10:00:00+01:00`, author });
const opened = happened(example('JourneyOpened'), onDay('2023-01-10'));
const participant = (organisation: string, since: string) => ({ organisation, journey_id: JOURNEY, since });

const insats = (changes: object) => ({
  journey_id: JOURNEY,
  insats_id: 'insats-1',
  insats_type: 'boendestod',
  provider: 'PROVIDER:activa',
  ordered_by: 'KOMMUN:1880',
  kommun: '1880',
  extent_percent: 25,
  start_date: '2023-02-01',
  planned_end: '2024-06-30',
  end_date: null,
  status: 'running',
  ...changes,
});

describe('involvement projection: given events, then rows (PGlite)', () => {
  let sql: PgliteClient;
  const then = (...events: Parameters<typeof rowsAfter>[2]) => rowsAfter(sql, involvementProjection, events);

  beforeAll(async () => {
    sql = await PgliteClient.open();
  });
  afterAll(() => sql.close());

  it('every event: its author takes part from the Swedish day of its first event, the person never', async () => {
    const rows = await then(
      opened,
      happened(example('ApplicationReceived'), onDay('2023-02-01')),
      happened(example('ConsentGiven'), onDay('2023-02-02', 'PERSON')),
      happened(example('PlanAgreed'), { author: 'KOMMUN:1814', occurredAt: '2023-02-28T23:30:00Z' }),
    );
    expect(rows.participants).toEqual([participant('FK', '2023-01-10'), participant('KOMMUN:1814', '2023-03-01')]);
  });

  it.each<[string, JourneyEvent, string[]]>([
    ['InsatsStarted', example('InsatsStarted'), ['KOMMUN:1880', 'PROVIDER:activa']],
    ['MeetingScheduled', example('MeetingScheduled'), ['AF', 'KOMMUN:1880']],
    ['ReferralMade', example('ReferralMade', { to: 'REGION:18' }), ['REGION:18']],
    ['ContactEstablished', example('ContactEstablished', { with: 'AF' }), ['AF']],
    ['MedicalCertificateReceived', example('MedicalCertificateReceived'), ['REGION:18']],
  ])('%s draws in the organisations it names', async (_type, event, named) => {
    const rows = await then(opened, happened(event, onDay('2023-02-01')));
    expect(rows.participants).toEqual(
      [participant('FK', '2023-01-10'), ...named.map((organisation) => participant(organisation, '2023-02-01'))].sort(
        (a, b) => a.organisation.localeCompare(b.organisation),
      ),
    );
  });

  it('PersonalDataErased: the privacy officer erasing takes no part in the journey', async () => {
    const rows = await then(opened, happened(example('PersonalDataErased'), onDay('2023-04-01', 'KOMMUN:1814')));
    expect(rows.participants).toEqual([participant('FK', '2023-01-10')]);
  });

  it('InsatsStarted runs; InsatsPaused pauses, InsatsResumed resumes, InsatsEnded ends it on its end date', async () => {
    const started = happened(example('InsatsStarted'), onDay('2023-02-01', 'KOMMUN:1880'));
    expect((await then(opened, started)).insatser).toEqual([insats({})]);
    const paused = happened(example('InsatsPaused'), onDay('2023-03-01', 'PROVIDER:activa'));
    expect((await then(opened, started, paused)).insatser).toEqual([insats({ status: 'paused' })]);
    const resumed = happened(example('InsatsResumed'), onDay('2023-04-01', 'PROVIDER:activa'));
    expect((await then(opened, started, paused, resumed)).insatser).toEqual([insats({ status: 'running' })]);
    const ended = happened(example('InsatsEnded', { endDate: '2023-09-30' }), onDay('2023-10-02', 'PROVIDER:activa'));
    expect((await then(opened, started, ended)).insatser).toEqual([
      insats({ status: 'ended', end_date: '2023-09-30' }),
    ]);
  });

  it('ContactPersonAssigned: the role at its organisation since that day, without name or phone', async () => {
    const rows = await then(opened, happened(example('ContactPersonAssigned'), onDay('2023-02-01', 'KOMMUN:1880')));
    expect(rows.contacts).toEqual([
      {
        journey_id: JOURNEY,
        organisation: 'KOMMUN:1880',
        role: 'boendestodjare',
        since: '2023-02-01',
        changes: 0,
        last_change_told: null,
      },
    ]);
  });

  it('ContactPersonChanged: counts the change, moves since, and records whether the person was told', async () => {
    const rows = await then(
      opened,
      happened(example('ContactPersonAssigned'), onDay('2023-02-01', 'KOMMUN:1880')),
      happened(example('ContactPersonChanged', { personInformed: true }), onDay('2023-03-01', 'KOMMUN:1880')),
      happened(example('ContactPersonChanged', { personInformed: false }), onDay('2023-05-01', 'KOMMUN:1880')),
    );
    expect(rows.contacts).toEqual([
      expect.objectContaining({ since: '2023-05-01', changes: 2, last_change_told: false }),
    ]);
  });

  it('MedicalCertificateReceived: the latest issue day of the journey’s läkarutlåtanden', async () => {
    const first = happened(example('MedicalCertificateReceived', { issuedOn: '2023-01-05' }));
    expect((await then(opened, first)).certificates).toEqual([
      { journey_id: JOURNEY, last_issued_on: '2023-01-05', issued_by: 'REGION:18' },
    ]);
    const later = happened(example('MedicalCertificateReceived', { certificateId: 'c-2', issuedOn: '2023-06-01' }));
    const older = happened(example('MedicalCertificateReceived', { certificateId: 'c-3', issuedOn: '2022-11-01' }));
    expect((await then(opened, first, later, older)).certificates).toEqual([
      expect.objectContaining({ last_issued_on: '2023-06-01' }),
    ]);
  });

  it('DecisionGranted: the benefit period, active; a later grant replaces it; BenefitEnded deactivates it', async () => {
    const granted = happened(example('DecisionGranted'));
    const benefit = { journey_id: JOURNEY, valid_from: '2023-02-01', valid_to: '2024-01-31', active: true };
    expect((await then(opened, granted)).benefits).toEqual([benefit]);
    const ended = happened(example('BenefitEnded'));
    expect((await then(opened, granted, ended)).benefits).toEqual([{ ...benefit, active: false }]);
    const regranted = happened(
      example('DecisionGranted', { decisionId: 'decision-2', period: { from: '2024-02-01', to: '2025-01-31' } }),
    );
    expect((await then(opened, granted, ended, regranted)).benefits).toEqual([
      { ...benefit, valid_from: '2024-02-01', valid_to: '2025-01-31' },
    ]);
  });

  it('holds no personal value, and a rebuild without the key gives the same rows', async () => {
    const events = [
      opened,
      happened(example('ContactPersonAssigned'), { author: 'KOMMUN:1880' }),
      happened(example('ContactPersonChanged'), { author: 'KOMMUN:1880' }),
      happened(example('InsatsStarted'), { author: 'KOMMUN:1880' }),
      happened(example('InsatsPaused'), { author: 'PROVIDER:activa' }),
      happened(example('RepresentativeAppointed'), { author: 'PERSON' }),
    ];
    const rows = await then(...events);
    const text = JSON.stringify(rows);
    expect(EXAMPLE_PERSONAL_VALUES.filter((value) => text.includes(value))).toEqual([]);
    expect(await then(...(await readAfterKeyErased(events)))).toEqual(rows);
  });

  it('ignores every other event type but for its author taking part', async () => {
    const handled = [
      'PersonalDataErased',
      'InsatsStarted',
      'InsatsPaused',
      'InsatsResumed',
      'InsatsEnded',
      'ContactPersonAssigned',
      'ContactPersonChanged',
      'MedicalCertificateReceived',
      'DecisionGranted',
      'BenefitEnded',
      'MeetingScheduled',
      'ReferralMade',
      'ContactEstablished',
    ] as const;
    const given = [
      opened,
      happened(example('DecisionGranted')),
      happened(example('ContactPersonAssigned')),
      happened(example('InsatsStarted'), { author: 'KOMMUN:1880' }),
    ];
    const others = typesOtherThan(handled).map((type) => happened(example(type), onDay('2023-04-01', 'FK')));
    expect(await then(...given, ...others)).toEqual(await then(...given));
  });
});
