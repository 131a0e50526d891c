import { commandMutation, OPEN_JOURNEY, type Receipt } from './support/journey-mutations';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

/**
 * Consent comes from the person: an organisation cannot record a consent that widens its own access, one it records
 * on the person's word needs evidence, the person sees every consent recorded for them and by whom, and any
 * organisation may record a withdrawal.
 */
describe('consent from the person, through the gateway (PGlite)', () => {
  let stack: SamsynStack;
  let journeyId: string;
  let person: { organisation: string; role: string; journeyId: string };
  let last = '0';
  const AF = { organisation: 'AF', role: 'arbetsformedlare', subject: 'consent-af' };
  const FK = { organisation: 'FK', role: 'handlaggare', subject: 'consent-fk' };
  const GIVE = commandMutation('giveConsent', 'GiveConsentInput');
  const consent = (consentId: string, organisations: string[], evidence?: { kind: string; reference: string }) => ({
    consentId,
    organisations,
    categories: ['HEALTH', 'IDENTITY'],
    purpose: 'Att AF ska kunna anpassa insatsen',
    validFrom: '2023-01-10',
    validTo: '2023-12-31',
    ...(evidence ? { evidence } : {}),
  });

  const write = async (actor: object | string, mutation: string, input: object) => {
    const response = await stack.as<Record<string, Receipt>>(actor as never, mutation, { journeyId, input });
    const receipt = response.data ? Object.values(response.data)[0] : undefined;
    if (receipt?.position) last = receipt.position;
    return response;
  };
  const afSees = async () => {
    const response = await stack.as<{ person: { timeline: { type: string }[] } | null }>(
      AF,
      'query P($id: ID!) { person(id: $id) { timeline { type } } }',
      { id: journeyId },
      { 'x-samsyn-consistent-with': last },
    );
    expect(response.errors).toBeUndefined();
    return (response.data!.person?.timeline ?? []).map((entry) => entry.type);
  };

  beforeAll(async () => {
    stack = await startSamsynStack('PGlite', { now: '2023-01-10T09:00:00+01:00' });
    const opened = await stack.as<{ openJourney: Receipt }>(FK, OPEN_JOURNEY, {
      input: { personnummer: '20030820-3454', homeKommun: '1880' },
    });
    journeyId = opened.data!.openJourney.journeyId;
    person = { organisation: 'PERSON', role: 'person', journeyId };
    const certificate = await write(
      'REGION:18',
      commandMutation('receiveMedicalCertificate', 'ReceiveMedicalCertificateInput'),
      {
        certificateId: 'cert-1',
        issuedBy: 'REGION:18',
        issuedOn: '2023-01-09',
      },
    );
    expect(certificate.errors).toBeUndefined();
  }, 60_000);
  afterAll(() => stack?.close());

  it('refuses AF recording a consent that names AF, even with evidence, and AF still sees no health data', async () => {
    const response = await write(
      AF,
      GIVE,
      consent('af-self', ['AF'], { kind: 'SIGNED_FORM', reference: 'blankett 17' }),
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSENT_NAMES_RECORDER' });
    const noEvidence = await write(FK, GIVE, consent('fk-no-evidence', ['AF']));
    expect(noEvidence.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CONSENT_EVIDENCE_REQUIRED',
    });
    expect(await afSees()).not.toContain('MedicalCertificateReceived');
  });

  it('lets FK record, on evidence, a consent the person gave it for AF: AF sees the certificate from the next read', async () => {
    const response = await write(
      FK,
      GIVE,
      consent('fk-for-af', ['AF'], { kind: 'RECORDED_MEETING', reference: 'möte 2023-01-10' }),
    );
    expect(response.errors).toBeUndefined();
    expect(await afSees()).toContain('MedicalCertificateReceived');
  });

  it('shows the person every consent recorded for them in min plan, by whom and on what evidence, and in the timeline', async () => {
    expect((await write(person, GIVE, consent('own', ['KOMMUN:1880']))).errors).toBeUndefined();
    const response = await stack.as<{
      person: {
        minPlan: {
          consents: {
            consentId: string;
            recordedBy: string;
            evidence: unknown;
            validToday: boolean;
            withdrawn: boolean;
          }[];
        };
        timeline: { type: string; author: string }[];
      };
    }>(
      person,
      `query P($id: ID!) { person(id: $id) {
        minPlan { consents { consentId recordedBy evidence { kind reference } validToday withdrawn } }
        timeline { type author } } }`,
      { id: journeyId },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.person.minPlan.consents).toEqual([
      {
        consentId: 'fk-for-af',
        recordedBy: 'FK',
        evidence: { kind: 'RECORDED_MEETING', reference: 'möte 2023-01-10' },
        validToday: true,
        withdrawn: false,
      },
      { consentId: 'own', recordedBy: 'PERSON', evidence: null, validToday: true, withdrawn: false },
    ]);
    const consentsInTimeline = response.data!.person.timeline.filter((entry) => entry.type === 'ConsentGiven');
    expect(consentsInTimeline).toEqual([
      { type: 'ConsentGiven', author: 'FK' },
      { type: 'ConsentGiven', author: 'PERSON' },
    ]);
  });

  it('lets any organisation record the withdrawal the person asks for: AF no longer sees the certificate', async () => {
    const response = await write(
      { organisation: 'PROVIDER:activa', role: 'coach' },
      commandMutation('withdrawConsent', 'WithdrawConsentInput'),
      {
        consentId: 'fk-for-af',
      },
    );
    expect(response.errors).toBeUndefined();
    expect(await afSees()).not.toContain('MedicalCertificateReceived');
  });
});
