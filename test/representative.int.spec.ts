import { commandMutation, OPEN_JOURNEY, send, type Receipt } from './support/journey-mutations';
import { PERSONNUMMER, REPORT_JOURNEY } from './support/report-journey.fixture';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

describe('an appointed representative', () => {
  let stack: SamsynStack;
  let journeyId: string;

  beforeAll(async () => {
    stack = await startSamsynStack('PGlite');
    stack.clock.set('2023-01-10T09:00:00+01:00');
    journeyId = (
      await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
        input: { personnummer: PERSONNUMMER, homeKommun: '1880' },
      })
    ).data!.openJourney.journeyId;
    for (const step of REPORT_JOURNEY.slice(0, 4)) expect((await send(stack, journeyId, step)).errors).toBeUndefined();
    const appointed = await stack.as(
      { organisation: 'PERSON', role: 'person', journeyId },
      commandMutation('appointRepresentative', 'AppointRepresentativeInput'),
      {
        journeyId,
        input: { representativeId: 'ombud-1', kind: 'OMBUD', name: 'Lena Ek', contact: '070-555 12 34' },
      },
    );
    expect(appointed.errors).toBeUndefined();
  });
  afterAll(() => stack.close());

  const asRepresentative = (representativeId: string) => ({
    organisation: 'PERSON',
    role: 'representative',
    journeyId,
    representativeId,
  });
  const QUERY = () => `{ person(id: "${journeyId}") { timeline { type } minPlan { goals } } }`;

  it('sees everything about the person, min plan included, with a token naming them', async () => {
    const response = await stack.as<{ person: { timeline: { type: string }[] } }>(asRepresentative('ombud-1'), QUERY());
    expect(response.errors).toBeUndefined();
    expect(response.data!.person.timeline.map((entry) => entry.type)).toEqual(
      expect.arrayContaining([
        'JourneyOpened',
        'ApplicationReceived',
        'ApplicationRejected',
        'RepresentativeAppointed',
      ]),
    );
  });

  it('is nobody when the token names a representative the person did not appoint', async () => {
    const response = await stack.as(asRepresentative('ombud-2'), QUERY());
    expect(response.data).toEqual({ person: null });
  });

  it('asks who looked at the person’s data only while appointed', async () => {
    const query = '{ whoLookedAtMyData { organisation } }';
    const appointed = await stack.as<{ whoLookedAtMyData: { organisation: string }[] }>(
      asRepresentative('ombud-1'),
      query,
    );
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data!.whoLookedAtMyData.length).toBeGreaterThan(0);
    const stranger = await stack.as(asRepresentative('ombud-2'), query);
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
