import { randomBytes } from 'node:crypto';
import { canSeeCategory, evolve, initialState, journeyAccessOf, type JourneyEvent } from '@samsyn/domain';
import { decodeJourneyEvent, personalDataCodec, UPCASTERS } from '../src';

const JOURNEY_ID = '0b0c9d2e-5b7e-4c39-9a1e-3f7a2f7d1c11';
const OPENED: JourneyEvent = {
  type: 'JourneyOpened',
  data: { personnummer: '200308203454', birthDate: '2003-08-20', homeKommun: '1880' },
};
/** A consent as it was stored before the write policy: no recorder, no evidence, no schema version. */
const BEFORE_THE_WRITE_POLICY = {
  consentId: 'consent-1',
  organisations: ['AF'],
  categories: ['job_seeking'],
  purpose: 'Planera insatser tillsammans',
  validFrom: '2023-01-01',
  validTo: '2024-12-31',
} as const;

describe('the ConsentGiven upcaster from version 1', () => {
  it('is the one the table applies from version 1', () => {
    expect(UPCASTERS.ConsentGiven?.[1]).toBeDefined();
  });

  it('reads the old shape as today’s: evidence null, the recorder left unknown', () => {
    const decoded = decodeJourneyEvent({ id: 'event-1', type: 'ConsentGiven', data: BEFORE_THE_WRITE_POLICY });
    expect(decoded).toEqual({ type: 'ConsentGiven', data: { ...BEFORE_THE_WRITE_POLICY, evidence: null } });
    expect(decoded.data).not.toHaveProperty('recordedBy');
  });

  it('keeps recordedBy and evidence of a version-1 event that already carried them', () => {
    const carried = { ...BEFORE_THE_WRITE_POLICY, recordedBy: 'PERSON', evidence: null };
    expect(decodeJourneyEvent({ type: 'ConsentGiven', data: carried }).data).toEqual(carried);
  });

  it('leaves an upcast consent counting toward no organisation’s access, as the domain rules for no recorder', () => {
    const consent = decodeJourneyEvent({ type: 'ConsentGiven', data: BEFORE_THE_WRITE_POLICY });
    const state = evolve(evolve(initialState(), OPENED), consent);
    const access = journeyAccessOf(JOURNEY_ID, state);
    expect(access.consents['consent-1']).toMatchObject({ recordedBy: null, evidence: null });
    expect(
      canSeeCategory({ organisation: 'AF', role: 'handlaggare' }, 'job_seeking', {}, access, '2023-06-01'),
    ).toEqual({ allowed: false, reason: 'consent_without_recorder' });
  });

  it('is not applied to a consent written today: the codec marks it version 2', async () => {
    const codec = personalDataCodec(JOURNEY_ID, randomBytes(32));
    const today: JourneyEvent = {
      type: 'ConsentGiven',
      data: {
        ...BEFORE_THE_WRITE_POLICY,
        recordedBy: 'KOMMUN:1880',
        evidence: { kind: 'signed_form', reference: 'x' },
      },
    };
    const encoded = await codec.encode(today);
    expect(encoded.metadata).toEqual({ schemaVersion: 2 });
    expect(await codec.decode(encoded)).toEqual(today);
  });

  it('opens the sealed fields of an old consent after upcasting it', async () => {
    const codec = personalDataCodec(JOURNEY_ID, randomBytes(32));
    const { data } = await codec.encode({ type: 'ConsentGiven', data: BEFORE_THE_WRITE_POLICY });
    expect(JSON.stringify(data)).not.toContain('Planera');
    expect(await codec.decode({ id: 'event-2', type: 'ConsentGiven', data })).toEqual({
      type: 'ConsentGiven',
      data: { ...BEFORE_THE_WRITE_POLICY, evidence: null },
    });
  });
});
