import { JOURNEY_EVENTS, OPEN_JOURNEY, send, type Receipt, type Step } from './support/journey-mutations';
import { startSamsynStack, type Actor, type SamsynStack } from './support/samsyn-stack';

/**
 * A pre-meeting brief lives under the person's consent at the time of reading: AF, a participant, sees the meeting
 * while it is booked, but its brief only while a valid consent covers AF and every category the brief shares. Each
 * brief withheld is recorded in the audit trail as refused, with the policy's reason.
 */

interface AuditRow {
  action: string;
  outcome: string;
  organisation: string;
  categories: string[];
  reason: string | null;
}

interface Meeting {
  meetingId: string;
  kind: string;
  at: string;
  participants: string[];
  person: { id: string };
  brief: { categories: string[] } | null;
}

const MEETING_FIELDS = 'meetingId kind at participants person { id } brief { categories }';
const UPCOMING = `{ afUpcomingMeetings { ${MEETING_FIELDS} } }`;
const PERSONS_MEETINGS = `query Meetings($id: ID!) { person(id: $id) { afUpcomingMeetings { ${MEETING_FIELDS} } } }`;

const noon = (day: string) => `${day}T12:00:00+01:00`;
const person = (journeyId: string): Actor => ({ organisation: 'PERSON', role: 'person', journeyId });

function consent(day: string, validTo: string): Step {
  return {
    as: 'PERSON',
    at: noon(day),
    mutation: 'giveConsent',
    inputType: 'GiveConsentInput',
    input: {
      consentId: 'consent-1',
      organisations: ['AF'],
      categories: ['BENEFIT', 'LOTSNING'],
      purpose: 'Att FK får berätta om avslaget inför omställningsmötet',
      validFrom: day,
      validTo,
    },
  };
}

function meeting(day: string, at: string): Step {
  return {
    as: 'FK',
    at: noon(day),
    mutation: 'scheduleMeeting',
    inputType: 'ScheduleMeetingInput',
    input: {
      meetingId: 'meeting-1',
      kind: 'OMSTALLNINGSMOTE',
      at,
      participants: [
        { organisation: 'FK', role: 'försäkringsutredare' },
        { organisation: 'AF', role: 'arbetsförmedlare' },
        { organisation: 'PERSON', role: 'den unga' },
      ],
      preMeetingBriefCategories: ['BENEFIT', 'LOTSNING'],
    },
  };
}

const WITHDRAWAL: Omit<Step, 'at'> = {
  as: 'PERSON',
  mutation: 'withdrawConsent',
  inputType: 'WithdrawConsentInput',
  input: { consentId: 'consent-1' },
};

describe('the pre-meeting brief under consent at read time, through the gateway (PGlite)', () => {
  let stack: SamsynStack;

  beforeAll(async () => {
    stack = await startSamsynStack('PGlite');
  });
  afterAll(() => stack.close());

  /** FK opens a journey on `day`, then the steps run; answers the journey and the last write's position. */
  async function journey(
    personnummer: string,
    day: string,
    steps: Step[],
  ): Promise<{ journeyId: string; position: string }> {
    stack.clock.set(noon(day));
    const opened = await stack.as<{ openJourney: Receipt }>('FK', OPEN_JOURNEY, {
      input: { personnummer, homeKommun: '1880' },
    });
    expect(opened.errors).toBeUndefined();
    const journeyId = opened.data!.openJourney.journeyId;
    let position = opened.data!.openJourney.position!;
    for (const step of steps) position = await write(journeyId, step);
    return { journeyId, position };
  }

  async function write(journeyId: string, step: Step): Promise<string> {
    const response = await send(stack, journeyId, step);
    expect({ step: step.mutation, errors: response.errors }).toEqual({ step: step.mutation, errors: undefined });
    return response.data![step.mutation]!.position!;
  }

  async function upcomingFor(journeyId: string, position: string): Promise<Meeting | undefined> {
    const response = await stack.as<{ afUpcomingMeetings: Meeting[] }>(
      'AF',
      UPCOMING,
      {},
      { 'x-samsyn-consistent-with': position },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.afUpcomingMeetings.find((row) => row.person.id === journeyId);
  }

  async function personsMeetings(actor: Actor, journeyId: string, position: string): Promise<Meeting[]> {
    const response = await stack.as<{ person: { afUpcomingMeetings: Meeting[] } | null }>(
      actor,
      PERSONS_MEETINGS,
      { id: journeyId },
      {
        'x-samsyn-consistent-with': position,
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.person!.afUpcomingMeetings;
  }

  async function briefInEvents(actor: Actor, journeyId: string): Promise<unknown> {
    const response = await stack.as<{ journeyEvents: { type: string; data: Record<string, unknown> }[] }>(
      actor,
      JOURNEY_EVENTS,
      { journeyId },
    );
    expect(response.errors).toBeUndefined();
    const scheduled = response.data!.journeyEvents.filter((event) => event.type === 'MeetingScheduled');
    expect(scheduled).toHaveLength(1);
    return scheduled[0]!.data.preMeetingBrief;
  }

  /** The audit rows `read` adds for `journeyId`, in order. */
  async function auditedBy(journeyId: string, read: () => Promise<unknown>): Promise<AuditRow[]> {
    const [before] = await stack.resources.sql.query<{ last: string }>(
      'select coalesce(max(id), 0)::text as last from samsyn_audit',
    );
    await read();
    return stack.resources.sql.query<AuditRow>(
      'select action, outcome, organisation, categories, reason from samsyn_audit where id > $1 and journey_id = $2 order by id',
      [before!.last, journeyId],
    );
  }

  const MEETING = {
    meetingId: 'meeting-1',
    kind: 'OMSTALLNINGSMOTE',
    participants: ['FK', 'AF', 'PERSON'],
  };
  /** The brief as the API spells its categories; the audit rows and the event data keep the domain's spelling. */
  const BRIEF = { categories: ['BENEFIT', 'LOTSNING'] };

  it('shows AF the brief under a valid consent; after the person withdraws it, the meeting without its brief, recorded as refused', async () => {
    const { journeyId, position } = await journey('20030820-3454', '2023-02-01', [
      consent('2023-02-01', '2023-08-31'),
      meeting('2023-02-01', '2023-03-20T10:00:00+01:00'),
    ]);
    stack.clock.set(noon('2023-02-10'));

    const briefed = await auditedBy(journeyId, async () => {
      expect(await upcomingFor(journeyId, position)).toMatchObject({
        ...MEETING,
        brief: BRIEF,
      });
    });
    expect(briefed).toEqual([
      expect.objectContaining({
        action: 'Query.afUpcomingMeetings',
        outcome: 'read',
        organisation: 'AF',
        categories: ['meeting'],
      }),
      expect.objectContaining({
        action: 'AfMeeting.brief',
        outcome: 'read',
        organisation: 'AF',
        categories: ['benefit', 'lotsning'],
        reason: null,
      }),
    ]);
    expect((await personsMeetings('AF', journeyId, position)).map((row) => row.brief)).toEqual([BRIEF]);
    expect(await briefInEvents('AF', journeyId)).toEqual({ categories: ['benefit', 'lotsning'], sharedWith: ['AF'] });

    stack.clock.set(noon('2023-02-15'));
    const withdrawn = await write(journeyId, { ...WITHDRAWAL, at: noon('2023-02-15') });

    const refused = await auditedBy(journeyId, async () => {
      const after = await upcomingFor(journeyId, withdrawn);
      expect(after).toMatchObject({ ...MEETING, person: { id: journeyId }, brief: null });
      expect(Date.parse(after!.at)).toBe(Date.parse('2023-03-20T10:00:00+01:00'));
    });
    expect(refused).toEqual([
      expect.objectContaining({
        action: 'Query.afUpcomingMeetings',
        outcome: 'read',
        organisation: 'AF',
        categories: ['meeting'],
      }),
      expect.objectContaining({
        action: 'AfMeeting.brief',
        outcome: 'refused',
        organisation: 'AF',
        categories: [],
        reason: 'consent_withdrawn',
      }),
    ]);

    const throughPerson = await auditedBy(journeyId, async () => {
      expect(await personsMeetings('AF', journeyId, withdrawn)).toEqual([
        expect.objectContaining({ ...MEETING, brief: null }),
      ]);
    });
    expect(throughPerson).toContainEqual(
      expect.objectContaining({ action: 'Person.afUpcomingMeetings', outcome: 'read', categories: ['meeting'] }),
    );
    expect(throughPerson).toContainEqual(
      expect.objectContaining({ action: 'AfMeeting.brief', outcome: 'refused', reason: 'consent_withdrawn' }),
    );

    const inEvents = await auditedBy(journeyId, async () => expect(await briefInEvents('AF', journeyId)).toBeNull());
    expect(inEvents).toContainEqual(
      expect.objectContaining({ action: 'Query.journeyEvents', outcome: 'read', organisation: 'AF' }),
    );
    expect(inEvents).toContainEqual(
      expect.objectContaining({
        action: 'JourneyEventRecord.data.preMeetingBrief',
        outcome: 'refused',
        organisation: 'AF',
        reason: 'consent_withdrawn',
      }),
    );
  });

  it('keeps showing the brief to the organiser who wrote it and to the person after the withdrawal', async () => {
    const { journeyId } = await journey('20040101-0004', '2023-02-01', [
      consent('2023-02-01', '2023-08-31'),
      meeting('2023-02-01', '2023-03-20T10:00:00+01:00'),
    ]);
    const withdrawn = await write(journeyId, { ...WITHDRAWAL, at: noon('2023-02-15') });

    expect((await personsMeetings('FK', journeyId, withdrawn)).map((row) => row.brief)).toEqual([BRIEF]);
    expect((await personsMeetings(person(journeyId), journeyId, withdrawn)).map((row) => row.brief)).toEqual([BRIEF]);
    expect(await briefInEvents('FK', journeyId)).toEqual({ categories: ['benefit', 'lotsning'], sharedWith: ['AF'] });
    expect((await personsMeetings('AF', journeyId, withdrawn)).map((row) => row.brief)).toEqual([null]);
  });

  it('hides the brief from AF once the consent has expired, with the reason consent_expired', async () => {
    const { journeyId, position } = await journey('20010315-2385', '2023-02-01', [
      consent('2023-02-01', '2023-03-31'),
      meeting('2023-02-01', '2023-05-10T10:00:00+01:00'),
    ]);

    stack.clock.set(noon('2023-03-31'));
    expect((await upcomingFor(journeyId, position))?.brief).toEqual(BRIEF);

    stack.clock.set(noon('2023-04-01'));
    const expired = await auditedBy(journeyId, async () => {
      expect(await upcomingFor(journeyId, position)).toMatchObject({ ...MEETING, brief: null });
    });
    expect(expired).toEqual([
      expect.objectContaining({ action: 'Query.afUpcomingMeetings', outcome: 'read', categories: ['meeting'] }),
      expect.objectContaining({ action: 'AfMeeting.brief', outcome: 'refused', reason: 'consent_expired' }),
    ]);
    expect(await briefInEvents('AF', journeyId)).toBeNull();
  });
});
