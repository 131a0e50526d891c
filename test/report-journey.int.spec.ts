import { randomUUID } from 'node:crypto';
import { parsePosition, comparePositions } from '@samsyn/event-store';
import { JOURNEY_EVENTS, OPEN_JOURNEY, send, type Receipt, type Step } from './support/journey-mutations';
import { startSamsynStack, type Backend, type SamsynStack } from './support/samsyn-stack';
import { CONTACT_NAME, PERSONNUMMER, REPORT_JOURNEY } from './support/report-journey.fixture';

const backends: Backend[] = ['PGlite', 'PostgreSQL'];

const FEDERATED_PERSON = `query Person($id: ID!) {
  person(id: $id) {
    id homeKommun
    minPlan { contacts { organisation organisationName role name phone } whatHappensNext { sv en } }
    timeline { type author }
    fkAvslagCase { status referredTo }
    afJobSeeker { registered }
    afReferrals { help }
    kommunContacts(kommunkod: "1880") { role }
    riskSignals { kind }
  }
}`;

interface FederatedPerson {
  person: {
    minPlan: { contacts: unknown[]; whatHappensNext: { sv: string; en: string }[] };
    timeline: { type: string; author: string }[];
  } & Record<string, unknown>;
}

describe.each(backends)('Samsyn through the gateway on %s', (backend) => {
  let stack: SamsynStack;

  beforeAll(async () => {
    stack = await startSamsynStack(backend);
  });
  afterAll(() => stack.close());

  const open = async (personnummer: string, commandId?: string) => {
    stack.clock.set('2023-01-10T09:00:00+01:00');
    const response = await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
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
      const response = await send(stack, opened.journeyId, step);
      expect({ step: step.mutation, errors: response.errors }).toEqual({ step: step.mutation, errors: undefined });
      receipts.push(response.data![step.mutation]!);
    }

    const revisions = receipts.map((receipt) => receipt.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    const positions = receipts.map((receipt) => parsePosition(receipt.position!));
    for (let i = 1; i < positions.length; i++)
      expect(comparePositions(positions[i - 1]!, positions[i]!)).toBeLessThan(0);

    const held = receipts.at(-2)!;
    expect(held.events).toEqual(['MeetingHeld', 'JobSeekerRegistered']);
    expect(receipts.at(-1)!.events).toContain('ContactEstablished');

    const person = { organisation: 'PERSON', role: 'person', journeyId: opened.journeyId };
    const history = await stack.as<{
      journeyEvents: { revision: number; type: string; author: string; data: Record<string, unknown> }[];
    }>(person, JOURNEY_EVENTS, { journeyId: opened.journeyId });
    expect(history.errors).toBeUndefined();
    const events = history.data!.journeyEvents;
    expect(events.map((event) => event.type)).toEqual(receipts.flatMap((receipt) => receipt.events));
    expect(events.at(-1)!.revision).toBe(receipts.at(-1)!.revision);
    expect(events.find((event) => event.type === 'SupportAccepted')?.author).toBe('PERSON');
    expect(events[0]!.data).toMatchObject({ personnummer: '200308203454', homeKommun: '1880' });
    expect(events.find((event) => event.type === 'ContactPersonAssigned')?.data).toMatchObject({ name: CONTACT_NAME });
  });

  it('shows the journey in every read model it belongs in, in one federated query, as fresh as the last mutation', async () => {
    const opened = await open('20040101-0004');
    let last: Receipt = opened;
    for (const step of REPORT_JOURNEY) {
      const response = await send(stack, opened.journeyId, step);
      last = response.data![step.mutation]!;
      if (step.mutation === 'scheduleMeeting') {
        stack.clock.set('2023-02-10T09:00:00+01:00');
        const upcoming = await stack.as<{
          afUpcomingMeetings: { person: { id: string }; brief: { categories: string[] } | null }[];
        }>(
          'AF',
          '{ afUpcomingMeetings { person { id } brief { categories } } }',
          {},
          { 'x-samsyn-consistent-with': last.position! },
        );
        expect(upcoming.data!.afUpcomingMeetings).toContainEqual({
          person: { id: opened.journeyId },
          brief: { categories: ['BENEFIT', 'LOTSNING'] },
        });
      }
    }
    stack.clock.set('2023-03-01T09:00:00+01:00');
    const fresh = { 'x-samsyn-consistent-with': last.position! };
    const self = { organisation: 'PERSON', role: 'person', journeyId: opened.journeyId };
    const response = await stack.as<FederatedPerson>(self, FEDERATED_PERSON, { id: opened.journeyId }, fresh);
    expect(response.errors).toBeUndefined();
    const { person } = response.data!;
    expect(person).toMatchObject({
      id: opened.journeyId,
      homeKommun: '1880',
      fkAvslagCase: { status: 'CONTACT_ESTABLISHED', referredTo: ['AF'] },
      afJobSeeker: { registered: true },
      afReferrals: [{ help: 'BOOKED_MEETING' }],
      kommunContacts: [],
      riskSignals: [],
    });
    expect(person.minPlan.contacts).toEqual([
      expect.objectContaining({ organisation: 'FK', name: CONTACT_NAME, organisationName: 'Försäkringskassan' }),
    ]);
    expect(person.minPlan.whatHappensNext[0]!.sv).toContain('Inget är inplanerat');
    expect(person.timeline.map((entry) => entry.type)).toEqual(
      expect.arrayContaining(['ApplicationRejected', 'MeetingHeld', 'ContactEstablished']),
    );

    const lists = async (actor: string, query: string) =>
      (await stack.as<Record<string, { person?: { id: string }; id?: string }[]>>(actor, query, {}, fresh)).data!;
    const ids = (rows: { person?: { id: string }; id?: string }[] | undefined) =>
      (rows ?? []).map((row) => row.person?.id ?? row.id);
    expect(
      ids((await lists('FK', '{ fkAvslagCases(status: CONTACT_ESTABLISHED) { person { id } } }')).fkAvslagCases),
    ).toContain(opened.journeyId);
    expect(ids((await lists('AF', '{ afReferrals { person { id } } }')).afReferrals)).toContain(opened.journeyId);
    expect(
      ids((await lists('KOMMUN:1880', '{ kommunParticipants(kommunkod: "1880") { id } }')).kommunParticipants),
    ).toContain(opened.journeyId);

    const byFk = await stack.as<FederatedPerson>(
      'FK',
      FEDERATED_PERSON.replace(/minPlan \{[^\n]*\n/, ''),
      { id: opened.journeyId },
      fresh,
    );
    expect(byFk.data!.person).toMatchObject({
      fkAvslagCase: { status: 'CONTACT_ESTABLISHED' },
      afJobSeeker: null,
      afReferrals: [{ help: 'BOOKED_MEETING' }],
    });
    const notTheirs = await stack.as('FK', '{ person(id: "' + opened.journeyId + '") { minPlan { goals } } }');
    expect(notTheirs.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists a risk signal by its RiskKind to its author and to an agency the person consented to, to no one else', async () => {
    const opened = await open('20040202-0002');
    let last: Receipt = opened;
    const untilConsent = REPORT_JOURNEY.slice(0, REPORT_JOURNEY.findIndex((s) => s.mutation === 'giveConsent') + 1);
    for (const step of untilConsent) {
      const response = await send(stack, opened.journeyId, step);
      expect(response.errors).toBeUndefined();
      last = response.data![step.mutation]!;
    }
    stack.clock.set('2023-05-15T09:00:00+02:00');
    const fresh = { 'x-samsyn-consistent-with': last.position! };
    const signals = async (actor: string, kind: string) => {
      const response = await stack.as<{ riskSignals: { kind: string; since: string; person: { id: string } }[] }>(
        actor,
        `{ riskSignals(kind: ${kind}) { kind since person { id } } }`,
        {},
        fresh,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.riskSignals.filter((signal) => signal.person.id === opened.journeyId);
    };
    const avslagRisk = [{ kind: 'NO_CONTACT_AFTER_AVSLAG', since: '2023-02-01', person: { id: opened.journeyId } }];
    expect(await signals('FK', 'NO_CONTACT_AFTER_AVSLAG')).toEqual(avslagRisk);
    expect(await signals('AF', 'NO_CONTACT_AFTER_AVSLAG')).toEqual(avslagRisk);
    expect(await signals('KOMMUN:0180', 'NO_CONTACT_AFTER_AVSLAG')).toEqual([]);
    expect(await signals('FK', 'INSATS_OUTLASTS_BENEFIT')).toEqual([]);
    const unknown = await stack.as('FK', '{ riskSignals(kind: no_contact_after_avslag) { kind } }', {}, fresh);
    expect(unknown.errors?.[0]?.message).toContain('RiskKind');
  });

  it('shows an insats outlasting the benefit only to a viewer allowed both the insats and FK’s decision', async () => {
    const opened = await open('20030303-0001');
    const consent = (consentId: string, organisations: string[], categories: string[]): Step => ({
      as: 'PERSON',
      at: '2023-02-01T09:00:00+01:00',
      mutation: 'giveConsent',
      inputType: 'GiveConsentInput',
      input: {
        consentId,
        organisations,
        categories,
        purpose: 'Samordning',
        validFrom: '2023-02-01',
        validTo: '2023-12-31',
      },
    });
    const steps: Step[] = [
      REPORT_JOURNEY[0]!,
      {
        as: 'FK',
        at: '2023-01-20T10:00:00+01:00',
        mutation: 'grantDecision',
        inputType: 'GrantDecisionInput',
        input: { decisionId: 'decision-1', grade: 'HALF', from: '2022-07-01', to: '2023-06-30' },
      },
      {
        as: 'KOMMUN:1880',
        at: '2023-01-25T10:00:00+01:00',
        mutation: 'startInsats',
        inputType: 'StartInsatsInput',
        input: {
          insatsId: 'insats-1',
          insatsType: 'ARBETSTRANING',
          provider: 'PROVIDER:activa',
          kommun: '1880',
          extentPercent: 50,
          startDate: '2023-02-01',
          plannedEnd: '2023-12-31',
        },
      },
      consent('consent-insats', ['AF'], ['INSATS']),
      consent('consent-both', ['KOMMUN:2480'], ['INSATS', 'BENEFIT']),
    ];
    let last: Receipt = opened;
    for (const step of steps) {
      const response = await send(stack, opened.journeyId, step);
      expect({ step: step.mutation, errors: response.errors }).toEqual({ step: step.mutation, errors: undefined });
      last = response.data![step.mutation]!;
    }
    stack.clock.set('2023-03-01T09:00:00+01:00');
    const seen = async (actor: string) => {
      const response = await stack.as<{ riskSignals: { kind: string; since: string; person: { id: string } }[] }>(
        actor,
        '{ riskSignals(kind: INSATS_OUTLASTS_BENEFIT) { kind since person { id } } }',
        {},
        { 'x-samsyn-consistent-with': last.position! },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.riskSignals.filter((signal) => signal.person.id === opened.journeyId).length;
    };
    expect(await seen('KOMMUN:2480')).toBe(1);
    expect({
      FK: await seen('FK'),
      AF: await seen('AF'),
      'PROVIDER:activa': await seen('PROVIDER:activa'),
    }).toEqual({ FK: 0, AF: 0, 'PROVIDER:activa': 0 });
  });

  it('writes nothing twice when a client retries a mutation with the same commandId', async () => {
    const commandId = randomUUID();
    const opened = await open('20010315-2385', commandId);
    const reopened = await open('200103152385', commandId);
    expect(reopened).toEqual({ ...opened, alreadyHandled: true });

    const step = REPORT_JOURNEY[0]!;
    const stepCommandId = randomUUID();
    const first = await send(stack, opened.journeyId, step, stepCommandId);
    const again = await send(stack, opened.journeyId, step, stepCommandId);
    expect(again.data![step.mutation]).toEqual({ ...first.data![step.mutation], alreadyHandled: true });

    const history = await stack.as<{ journeyEvents: unknown[] }>('FK', JOURNEY_EVENTS, { journeyId: opened.journeyId });
    expect(history.data!.journeyEvents).toHaveLength(2);
  });

  it('records one of three racing identical requests and refuses the others by the rules with CONFLICT', async () => {
    const opened = await open('19990101-0000');
    const application = REPORT_JOURNEY[0]!;
    const racing = await Promise.all([1, 2, 3].map(() => send(stack, opened.journeyId, application)));
    const succeeded = racing.filter((response) => !response.errors);
    const refused = racing.filter((response) => response.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map((response) => response.errors![0]!.extensions)).toEqual(
      refused.map(() => expect.objectContaining({ code: 'CONFLICT', reason: 'APPLICATION_ALREADY_PENDING' })),
    );
  });

  it('answers PROJECTION_BEHIND when the read models do not reach the asked position in time, and the data once they do', async () => {
    const opened = await open('19970615-1231');
    await stack.runner.stop();
    const applied = await send(stack, opened.journeyId, REPORT_JOURNEY[0]!);
    const position = applied.data!.receiveApplication!.position!;
    const query = '{ person(id: "' + opened.journeyId + '") { id homeKommun } }';
    const behind = await stack.as('FK', query, {}, { 'x-samsyn-consistent-with': position });
    expect(behind.errors?.[0]?.extensions).toMatchObject({
      code: 'PROJECTION_BEHIND',
      projection: 'person_directory',
      eventsBehind: expect.any(Number),
    });
    expect(behind.errors?.[0]?.message).toContain(`did not reach position ${position}`);
    const lagging = await stack.as<{ readModels: { name: string; eventsBehind: number }[] }>(
      'FK',
      '{ readModels { name eventsBehind secondsBehind } }',
    );
    expect(lagging.data!.readModels.find((model) => model.name === 'person_directory')?.eventsBehind).toBeGreaterThan(
      0,
    );
    await stack.runner.start();
    const fresh = await stack.as<{ person: { id: string } }>('FK', query, {}, { 'x-samsyn-consistent-with': position });
    expect(fresh.data?.person).toEqual({ id: opened.journeyId, homeKommun: '1880' });
    const caughtUp = await stack.as<{ readModels: { name: string; eventsBehind: number }[] }>(
      'FK',
      '{ readModels { name eventsBehind } }',
    );
    expect(caughtUp.data!.readModels.find((model) => model.name === 'person_directory')?.eventsBehind).toBe(0);
  });
});
