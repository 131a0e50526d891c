import { PgliteClient } from '@samsyn/event-store';
import { riskSignalsProjection } from '../src';
import { EXAMPLE_PERSONAL_VALUES, example, typesOtherThan } from './journey-event-examples';
import { happened, JOURNEY, readAfterKeyErased, rowsAfter } from './read-model-kit';

const onDay = (day: string) => ({ occurredAt: `${day}T10:00:00+01:00` });
const rejected = happened(example('ApplicationRejected'), { occurredAt: '2023-01-31T23:30:00Z' });
const granted = happened(example('DecisionGranted'));
const started = happened(example('InsatsStarted'), { author: 'KOMMUN:1880' });
const uninformed = (day: string) => happened(example('ContactPersonChanged', { personInformed: false }), onDay(day));

describe('risk signals projection: given events, then rows (PGlite)', () => {
  let sql: PgliteClient;
  const then = (...events: Parameters<typeof rowsAfter>[2]) => rowsAfter(sql, riskSignalsProjection, events);

  beforeAll(async () => {
    sql = await PgliteClient.open();
  });
  afterAll(() => sql.close());

  it('DecisionGranted: the decision’s end day, a later grant replacing it; BenefitEnded removes it', async () => {
    expect((await then(granted)).decisions).toEqual([{ journey_id: JOURNEY, valid_to: '2024-01-31' }]);
    const regranted = happened(
      example('DecisionGranted', { decisionId: 'decision-2', period: { from: '2024-02-01', to: '2025-01-31' } }),
    );
    expect((await then(granted, regranted)).decisions).toEqual([{ journey_id: JOURNEY, valid_to: '2025-01-31' }]);
    expect((await then(granted, happened(example('BenefitEnded')))).decisions).toEqual([]);
  });

  it('ApplicationRejected: an avslag from its Swedish day; a later avslag moves it', async () => {
    expect((await then(rejected)).avslag).toEqual([{ journey_id: JOURNEY, rejected_on: '2023-02-01' }]);
    const again = happened(example('ApplicationRejected', { applicationId: 'application-2' }), onDay('2023-06-01'));
    expect((await then(rejected, again)).avslag).toEqual([{ journey_id: JOURNEY, rejected_on: '2023-06-01' }]);
  });

  it.each([
    ['ContactEstablished', example('ContactEstablished')],
    ['SupportDeclined', example('SupportDeclined')],
    ['LotsningClosed', example('LotsningClosed')],
    ['DecisionGranted', example('DecisionGranted')],
  ] as const)('%s ends the avslag’s risk', async (_type, event) => {
    expect((await then(rejected, happened(event))).avslag).toEqual([]);
  });

  it('SupportOffered, SupportAccepted and ReferralMade leave the avslag at risk', async () => {
    const rows = await then(
      rejected,
      happened(example('SupportOffered')),
      happened(example('SupportAccepted')),
      happened(example('ReferralMade')),
    );
    expect(rows.avslag).toEqual([{ journey_id: JOURNEY, rejected_on: '2023-02-01' }]);
  });

  it('InsatsStarted with a planned end: the insats and when it ends; InsatsEnded removes it', async () => {
    expect((await then(started)).insatser).toEqual([
      {
        journey_id: JOURNEY,
        insats_id: 'insats-1',
        insats_type: 'boendestod',
        provider: 'PROVIDER:activa',
        planned_end: '2024-06-30',
      },
    ]);
    expect((await then(started, happened(example('InsatsEnded')))).insatser).toEqual([]);
  });

  it('InsatsStarted without a planned end writes nothing: it cannot outlast the benefit', async () => {
    expect((await then(happened(example('InsatsStarted', { plannedEnd: null })))).insatser).toEqual([]);
  });

  it('ContactPersonChanged without telling the person: the change and its day, the latest kept', async () => {
    expect((await then(uninformed('2023-03-01'), uninformed('2023-05-01'))).uninformed_changes).toEqual([
      { journey_id: JOURNEY, organisation: 'KOMMUN:1880', role: 'boendestodjare', changed_on: '2023-05-01' },
    ]);
  });

  it('ContactPersonChanged with the person told clears that role’s untold change, not another’s', async () => {
    const told = happened(example('ContactPersonChanged', { personInformed: true }));
    const otherRole = happened(example('ContactPersonChanged', { role: 'kurator', personInformed: false }));
    expect((await then(uninformed('2023-03-01'), otherRole, told)).uninformed_changes).toEqual([
      expect.objectContaining({ role: 'kurator' }),
    ]);
  });

  it('holds no personal value, and a rebuild without the key gives the same rows', async () => {
    const events = [rejected, granted, started, uninformed('2023-03-01')];
    const rows = await then(...events);
    const text = JSON.stringify(rows);
    expect(EXAMPLE_PERSONAL_VALUES.filter((value) => text.includes(value))).toEqual([]);
    expect(await then(...(await readAfterKeyErased(events)))).toEqual(rows);
  });

  it('ignores every other event type', async () => {
    const handled = [
      'DecisionGranted',
      'BenefitEnded',
      'InsatsStarted',
      'InsatsEnded',
      'ContactPersonChanged',
      'ApplicationRejected',
      'ContactEstablished',
      'SupportDeclined',
      'LotsningClosed',
    ] as const;
    const given = [granted, rejected, started, uninformed('2023-03-01')];
    const others = typesOtherThan(handled).map((type) => happened(example(type), onDay('2023-04-01')));
    expect(await then(...given, ...others)).toEqual(await then(...given));
  });
});
