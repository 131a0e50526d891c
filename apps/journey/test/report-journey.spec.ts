import { randomUUID } from 'node:crypto';
import { parsePosition, comparePositions } from '@samsyn/event-store';
import { JOURNEY_EVENTS, OPEN_JOURNEY, send, type Receipt } from './journey-mutations';
import { startJourneySubgraph, type Backend, type JourneySubgraph } from './journey-subgraph.harness';
import { CONTACT_NAME, PERSONNUMMER, REPORT_JOURNEY } from './report-journey.fixture';

const backends: Backend[] = ['PGlite', 'PostgreSQL'];

describe.each(backends)('the journey subgraph over HTTP on %s', (backend) => {
  let subgraph: JourneySubgraph;

  beforeAll(async () => {
    subgraph = await startJourneySubgraph(backend);
  });
  afterAll(() => subgraph.close());

  const open = async (personnummer: string, commandId?: string) => {
    subgraph.clock.set('2023-01-10T09:00:00+01:00');
    const response = await subgraph.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
      input: { personnummer, homeKommun: '1880' },
      commandId,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.openJourney;
  };

  it('records the reports’ journey from first application to contact established', async () => {
    const opened = await open(PERSONNUMMER);
    expect(opened).toMatchObject({ revision: 0, alreadyHandled: false, events: ['JourneyOpened'] });

    const receipts: Receipt[] = [opened];
    for (const step of REPORT_JOURNEY) {
      const response = await send(subgraph, opened.journeyId, step);
      expect({ step: step.mutation, errors: response.errors }).toEqual({ step: step.mutation, errors: undefined });
      receipts.push(response.data![step.mutation]!);
    }

    const revisions = receipts.map((receipt) => receipt.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    const positions = receipts.map((receipt) => parsePosition(receipt.position!));
    for (let i = 1; i < positions.length; i++) expect(comparePositions(positions[i - 1]!, positions[i]!)).toBeLessThan(0);

    const held = receipts.at(-2)!;
    expect(held.events).toEqual(['MeetingHeld', 'JobSeekerRegistered']);
    expect(receipts.at(-1)!.events).toContain('ContactEstablished');

    const history = await subgraph.as<{ journeyEvents: { revision: number; type: string; author: string; data: Record<string, unknown> }[] }>(
      'FK',
      JOURNEY_EVENTS,
      { journeyId: opened.journeyId },
    );
    expect(history.errors).toBeUndefined();
    const events = history.data!.journeyEvents;
    expect(events.map((event) => event.type)).toEqual(receipts.flatMap((receipt) => receipt.events));
    expect(events.at(-1)!.revision).toBe(receipts.at(-1)!.revision);
    expect(events.find((event) => event.type === 'SupportAccepted')?.author).toBe('PERSON');
    expect(events[0]!.data).toMatchObject({ personnummer: '200308203454', homeKommun: '1880' });
    expect(events.find((event) => event.type === 'ContactPersonAssigned')?.data).toMatchObject({ name: CONTACT_NAME });
  });

  it('writes nothing twice when a client retries a mutation with the same commandId', async () => {
    const commandId = randomUUID();
    const opened = await open('20010315-2385', commandId);
    const reopened = await open('200103152385', commandId);
    expect(reopened).toEqual({ ...opened, alreadyHandled: true });

    const step = REPORT_JOURNEY[0]!;
    const stepCommandId = randomUUID();
    const first = await send(subgraph, opened.journeyId, step, stepCommandId);
    const again = await send(subgraph, opened.journeyId, step, stepCommandId);
    expect(again.data![step.mutation]).toEqual({ ...first.data![step.mutation], alreadyHandled: true });

    const history = await subgraph.as<{ journeyEvents: unknown[] }>('FK', JOURNEY_EVENTS, { journeyId: opened.journeyId });
    expect(history.data!.journeyEvents).toHaveLength(2);
  });

  it('records one of three racing identical requests and refuses the others by the rules with CONFLICT', async () => {
    const opened = await open('19990101-0000');
    const application = REPORT_JOURNEY[0]!;
    const racing = await Promise.all([1, 2, 3].map(() => send(subgraph, opened.journeyId, application)));
    const succeeded = racing.filter((response) => !response.errors);
    const refused = racing.filter((response) => response.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map((response) => response.errors![0]!.extensions)).toEqual(
      refused.map(() => expect.objectContaining({ code: 'CONFLICT', reason: 'APPLICATION_ALREADY_PENDING' })),
    );
  });
});
