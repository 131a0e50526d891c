import { authConfigFromEnv, createTokenIssuer, createTokenVerifier, InvalidViewerError } from '../src';
import { FK_HANDLAGGARE, removeDataDirs, tempDataDir } from './auth-test-kit';

const JOURNEY = '0b6c1c1e-1111-4222-8333-444455556666';

describe('a development token, issued then verified', () => {
  const config = authConfigFromEnv({}, tempDataDir());
  const issuer = createTokenIssuer(config);
  const verifier = createTokenVerifier(config);
  afterAll(removeDataDirs);

  it('proves the viewer it was issued for', async () => {
    const token = await issuer.issue(FK_HANDLAGGARE);
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual(FK_HANDLAGGARE);
  });

  it('carries the journey a PERSON acts for', async () => {
    const person = {
      subject: 'person-1',
      organisation: 'PERSON',
      role: 'person',
      purpose: 'egen insyn',
      journeyId: JOURNEY,
    };
    const token = await issuer.issue(person);
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual(person);
  });

  it('holds the organisation in canonical form', async () => {
    const token = await issuer.issue({ ...FK_HANDLAGGARE, organisation: 'KOMMUN:1880' });
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({ organisation: 'KOMMUN:1880' });
  });

  it('is accepted with a lower-case scheme', async () => {
    const token = await issuer.issue(FK_HANDLAGGARE);
    await expect(verifier.verify(`bearer ${token}`)).resolves.toEqual(FK_HANDLAGGARE);
  });

  it('is never issued with invalid fields', async () => {
    await expect(issuer.issue({ ...FK_HANDLAGGARE, organisation: 'NASA' })).rejects.toMatchObject({ claim: 'org' });
    await expect(issuer.issue({ ...FK_HANDLAGGARE, role: 'Handläggare' })).rejects.toMatchObject({ claim: 'role' });
    await expect(issuer.issue({ ...FK_HANDLAGGARE, role: 'r'.repeat(65) })).rejects.toMatchObject({ claim: 'role' });
    await expect(issuer.issue({ ...FK_HANDLAGGARE, purpose: 'p'.repeat(201) })).rejects.toMatchObject({
      claim: 'purpose',
    });
    await expect(issuer.issue({ ...FK_HANDLAGGARE, purpose: ' ' })).rejects.toBeInstanceOf(InvalidViewerError);
    await expect(issuer.issue({ ...FK_HANDLAGGARE, journeyId: JOURNEY })).rejects.toMatchObject({ claim: 'journey' });
    await expect(issuer.issue({ ...FK_HANDLAGGARE, ttlSeconds: 0 })).rejects.toBeInstanceOf(RangeError);
  });
});
