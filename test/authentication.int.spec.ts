import { base64url, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { commandMutation, OPEN_JOURNEY, type Receipt } from './support/journey-mutations';
import { startSamsynStackWithKey, type StackWithKey } from './support/stack-signing-key';

/** Requests that do not prove who they are: UNAUTHENTICATED through the gateway, nothing returned, nothing recorded as read. */

const PERSON_TIMELINE = `query Person($id: ID!) { person(id: $id) { timeline { type } } }`;
const AVSLAG_CASES = `{ fkAvslagCases { rejectedOn } }`;
const HOUR_MS = 3_600_000;

const FK_CASEWORKER = { subject: 'auth-test-fk', organisation: 'FK', role: 'handlaggare', purpose: 'samordning' };
const nowSeconds = () => Math.floor(Date.now() / 1000);
const validClaims = (): JWTPayload => ({
  sub: FK_CASEWORKER.subject,
  org: FK_CASEWORKER.organisation,
  role: FK_CASEWORKER.role,
  purpose: FK_CASEWORKER.purpose,
  iss: 'samsyn-dev',
  aud: 'samsyn',
  iat: nowSeconds(),
  exp: nowSeconds() + 600,
});

/** The token with one character of its payload changed. */
function flipPayloadChar(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const at = Math.floor(payload.length / 2);
  const flipped = `${payload.slice(0, at)}${payload[at] === 'A' ? 'B' : 'A'}${payload.slice(at + 1)}`;
  return `${header}.${flipped}.${signature}`;
}

/** The token's payload re-encoded with other claims, its signature kept. */
function forgeClaims(token: string, claims: JWTPayload): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const original = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as JWTPayload;
  return `${header}.${base64url.encode(JSON.stringify({ ...original, ...claims }))}.${signature}`;
}

describe('authentication through the gateway', () => {
  let keyed: StackWithKey;
  let journeyId: string;
  let fresh: Record<string, string>;

  beforeAll(async () => {
    keyed = await startSamsynStackWithKey('PGlite');
    const { stack } = keyed;
    stack.clock.set('2023-01-10T10:00:00+01:00');
    const opened = await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
      input: { personnummer: '20030820-3454', homeKommun: '1880' },
    });
    journeyId = opened.data!.openJourney.journeyId;
    await stack.as('FK', commandMutation('receiveApplication', 'ReceiveApplicationInput'), {
      journeyId,
      input: { applicationId: 'application-1', kind: 'FIRST_TIME', currentSupport: 'FORSORJNINGSSTOD' },
    });
    stack.clock.set('2023-02-01T10:00:00+01:00');
    const rejected = await stack.as<Record<string, Receipt>>(
      'FK',
      commandMutation('rejectApplication', 'RejectApplicationInput'),
      {
        journeyId,
        input: { reason: 'Arbetsförmågan bedöms inte vara nedsatt under minst ett år.' },
      },
    );
    expect(rejected.errors).toBeUndefined();
    fresh = { 'x-samsyn-consistent-with': rejected.data!.rejectApplication!.position! };
    stack.clock.set('2023-03-01T09:00:00+01:00');
  });
  afterAll(() => keyed?.stack.close());

  const auditCount = async () =>
    (await keyed.stack.resources.sql.query<{ n: number }>('select count(*)::int as n from samsyn_audit'))[0]!.n;

  /** Asks both personal-data queries with this authorization header (none when undefined). */
  const ask = async (authorization: string | undefined) => {
    const headers = { ...fresh, ...(authorization === undefined ? {} : { authorization }) };
    return {
      person: await keyed.stack.as<{ person: unknown }>(undefined, PERSON_TIMELINE, { id: journeyId }, headers),
      avslag: await keyed.stack.as<{ fkAvslagCases: unknown }>(undefined, AVSLAG_CASES, {}, headers),
    };
  };

  const REFUSED: [string, string, () => Promise<string | undefined>][] = [
    ['no authorization header', 'TOKEN_MISSING', async () => undefined],
    [
      'a token with one character of its payload flipped',
      'TOKEN_INVALID_SIGNATURE',
      async () => `Bearer ${flipPayloadChar(await keyed.stack.tokenFor('FK'))}`,
    ],
    [
      'a token whose payload was re-encoded to claim another organisation',
      'TOKEN_INVALID_SIGNATURE',
      async () => `Bearer ${forgeClaims(await keyed.stack.tokenFor('AF'), { org: 'FK' })}`,
    ],
    [
      'a token with the right claims signed by another key',
      'TOKEN_INVALID_SIGNATURE',
      async () => {
        const { privateKey } = await generateKeyPair('ES256');
        return `Bearer ${await new SignJWT(validClaims()).setProtectedHeader({ alg: 'ES256', typ: 'JWT' }).sign(privateKey)}`;
      },
    ],
    [
      'an expired token from the stack’s own issuer',
      'TOKEN_EXPIRED',
      async () =>
        `Bearer ${await keyed.issueAt(new Date(Date.now() - 9 * HOUR_MS), { ...FK_CASEWORKER, ttlSeconds: 8 * 3600 })}`,
    ],
    [
      'a token for another audience, signed by the stack’s key',
      'TOKEN_WRONG_AUDIENCE',
      async () => `Bearer ${await keyed.signWithStackKey({ ...validClaims(), aud: 'another-service' })}`,
    ],
    [
      'a token from another issuer, signed by the stack’s key',
      'TOKEN_WRONG_ISSUER',
      async () => `Bearer ${await keyed.signWithStackKey({ ...validClaims(), iss: 'someone-else' })}`,
    ],
    ['a token that is not a JWT', 'TOKEN_MALFORMED', async () => 'Bearer not-a-jwt'],
  ];

  it.each(REFUSED)(
    'refuses %s: UNAUTHENTICATED (%s), nothing returned, nothing recorded',
    async (_what, reason, authorization) => {
      const header = await authorization();
      const before = await auditCount();
      const { person, avslag } = await ask(header);
      for (const response of [person, avslag]) {
        expect(response.errors?.length).toBeGreaterThan(0);
        expect(response.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
        const token = header?.split(' ')[1];
        for (const part of token?.split('.').filter((segment) => segment.length > 8) ?? [])
          expect(JSON.stringify(response)).not.toContain(part);
      }
      expect(person.data?.person ?? null).toBeNull();
      expect(avslag.data?.fkAvslagCases ?? null).toBeNull();
      expect(await auditCount()).toBe(before);
    },
  );

  it('answers a valid token, and records the reads', async () => {
    const before = await auditCount();
    const { person, avslag } = await ask(`Bearer ${await keyed.stack.tokenFor('FK')}`);
    expect(person.errors).toBeUndefined();
    expect(person.data).toEqual({
      person: {
        timeline: [{ type: 'JourneyOpened' }, { type: 'ApplicationReceived' }, { type: 'ApplicationRejected' }],
      },
    });
    expect(avslag.errors).toBeUndefined();
    expect(avslag.data).toEqual({ fkAvslagCases: [{ rejectedOn: '2023-02-01' }] });
    expect(await auditCount()).toBeGreaterThan(before);
  });

  it('accepts a token signed here with the stack’s key and the right claims (the refusals above are not about the key)', async () => {
    const { person } = await ask(`Bearer ${await keyed.signWithStackKey(validClaims())}`);
    expect(person.errors).toBeUndefined();
    expect(person.data?.person).toEqual({ timeline: expect.arrayContaining([{ type: 'ApplicationRejected' }]) });
  });
});
