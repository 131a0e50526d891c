import { PgliteClient } from '@samsyn/event-store';
import { fkBenefitProjection } from '../src';
import { EXAMPLE_PERSONAL_VALUES, example, typesOtherThan } from './journey-event-examples';
import { happened, JOURNEY, readAfterKeyErased, rowsAfter } from './read-model-kit';

const opened = happened(example('JourneyOpened'));
const rejected = happened(example('ApplicationRejected'), { occurredAt: '2023-02-01T10:00:00+01:00' });
const onDay = (day: string) => ({ occurredAt: `${day}T10:00:00+01:00` });

const avslagCase = (changes: object) => ({
  journey_id: JOURNEY,
  rejected_on: '2023-02-01',
  status: 'open',
  failed_attempts: 0,
  referred_to: [],
  updated_on: '2023-02-01',
  ...changes,
});

describe('FK benefit projection: given events, then rows (PGlite)', () => {
  let sql: PgliteClient;
  const then = (...events: Parameters<typeof rowsAfter>[2]) => rowsAfter(sql, fkBenefitProjection, events);

  beforeAll(async () => {
    sql = await PgliteClient.open();
  });
  afterAll(() => sql.close());

  it('JourneyOpened: the person by home kommun and the day they turn 30, nothing else of theirs', async () => {
    const rows = await then(opened);
    expect(rows.persons).toEqual([{ journey_id: JOURNEY, home_kommun: '1880', turns_30_on: '2033-08-20' }]);
    expect(rows.decisions).toEqual([]);
    expect(rows.avslag_cases).toEqual([]);
  });

  it('HomeKommunChanged: the person moves to the new kommun', async () => {
    const rows = await then(opened, happened(example('HomeKommunChanged', { from: '1880', to: '1814' })));
    expect(rows.persons).toEqual([expect.objectContaining({ home_kommun: '1814' })]);
  });

  it('DecisionGranted: one active decision per journey, a later grant replacing it; BenefitEnded deactivates it', async () => {
    const granted = await then(opened, happened(example('DecisionGranted')));
    expect(granted.decisions).toEqual([
      {
        journey_id: JOURNEY,
        decision_id: 'decision-1',
        grade: 'HALF',
        valid_from: '2023-02-01',
        valid_to: '2024-01-31',
        active: true,
      },
    ]);
    const regranted = await then(
      opened,
      happened(example('DecisionGranted')),
      happened(example('BenefitEnded')),
      happened(
        example('DecisionGranted', {
          decisionId: 'decision-2',
          grade: 'FULL',
          period: { from: '2024-02-01', to: '2025-01-31' },
        }),
      ),
    );
    expect(regranted.decisions).toEqual([
      expect.objectContaining({ decision_id: 'decision-2', grade: 'FULL', valid_to: '2025-01-31', active: true }),
    ]);
    const ended = await then(opened, happened(example('DecisionGranted')), happened(example('BenefitEnded')));
    expect(ended.decisions).toEqual([expect.objectContaining({ decision_id: 'decision-1', active: false })]);
  });

  it('ApplicationRejected: an open avslag case from the Swedish day of the avslag', async () => {
    const rows = await then(opened, happened(example('ApplicationRejected'), { occurredAt: '2023-01-31T23:30:00Z' }));
    expect(rows.avslag_cases).toEqual([avslagCase({})]);
  });

  it.each([
    ['SupportOffered', example('SupportOffered'), { status: 'offered' }],
    ['SupportAccepted', example('SupportAccepted'), { status: 'accepted' }],
    ['SupportDeclined', example('SupportDeclined'), { status: 'declined' }],
    ['ContactAttemptFailed', example('ContactAttemptFailed', { attempt: 2 }), { failed_attempts: 2 }],
    ['LotsningClosed', example('LotsningClosed'), { status: 'unreachable' }],
    [
      'ReferralMade',
      example('ReferralMade', { to: 'KOMMUN:1880' }),
      { status: 'referred', referred_to: ['KOMMUN:1880'] },
    ],
    ['ContactEstablished', example('ContactEstablished'), { status: 'contact_established' }],
  ] as const)('%s: moves the avslag case on that day', async (_type, event, changes) => {
    const rows = await then(opened, rejected, happened(event, onDay('2023-02-10')));
    expect(rows.avslag_cases).toEqual([avslagCase({ ...changes, updated_on: '2023-02-10' })]);
  });

  it('ReferralMade: each referral adds its organisation to the case', async () => {
    const rows = await then(
      opened,
      rejected,
      happened(example('ReferralMade', { referralId: 'referral-1', to: 'AF' })),
      happened(example('ReferralMade', { referralId: 'referral-2', to: 'REGION:18' })),
    );
    expect(rows.avslag_cases).toEqual([
      expect.objectContaining({ status: 'referred', referred_to: ['AF', 'REGION:18'] }),
    ]);
  });

  it('a second avslag opens the case afresh: status, attempts and referrals start over', async () => {
    const rows = await then(
      opened,
      rejected,
      happened(example('ContactAttemptFailed', { attempt: 3 })),
      happened(example('ReferralMade')),
      happened(example('ApplicationRejected', { applicationId: 'application-2' }), onDay('2023-06-01')),
    );
    expect(rows.avslag_cases).toEqual([avslagCase({ rejected_on: '2023-06-01', updated_on: '2023-06-01' })]);
  });

  it('lotsning events of a journey without an avslag write no case', async () => {
    const rows = await then(opened, happened(example('SupportOffered')), happened(example('ReferralMade')));
    expect(rows.avslag_cases).toEqual([]);
  });

  it('PersonalDataErased: the turns-30 day goes, the rest stays', async () => {
    const events = [opened, happened(example('DecisionGranted')), rejected];
    const before = await then(...events);
    const after = await then(...events, happened(example('PersonalDataErased')));
    expect(after).toEqual({ ...before, persons: [{ journey_id: JOURNEY, home_kommun: '1880', turns_30_on: null }] });
  });

  it('a rebuild after the key is gone, reading the birth date as null, writes no turns-30 day', async () => {
    const rows = await then(...(await readAfterKeyErased([opened, rejected])));
    expect(rows.persons).toEqual([{ journey_id: JOURNEY, home_kommun: '1880', turns_30_on: null }]);
    expect(rows.avslag_cases).toEqual([avslagCase({})]);
  });

  it('holds no personal value of the events it is given', async () => {
    const rows = await then(opened, rejected, happened(example('SupportDeclined')));
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
      'ApplicationRejected',
      'SupportOffered',
      'SupportAccepted',
      'SupportDeclined',
      'ContactAttemptFailed',
      'LotsningClosed',
      'ReferralMade',
      'ContactEstablished',
    ] as const;
    const given = [opened, happened(example('DecisionGranted')), rejected];
    const others = typesOtherThan(handled).map((type) => happened(example(type), onDay('2023-04-01')));
    expect(others.length).toBeGreaterThan(0);
    expect(await then(...given, ...others)).toEqual(await then(...given));
  });
});
