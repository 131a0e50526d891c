import { commandMutation, OPEN_JOURNEY, type Receipt } from './support/journey-mutations';
import { startSamsynStack, type Actor, type SamsynStack } from './support/samsyn-stack';
import {
  CATEGORIES,
  CONSENT_STATES,
  CONSENTED,
  matrixJourney,
  OPENED,
  ORGANISATIONS,
  OTHER_CONSENTED,
  personnummerFor,
  READ_AT,
  READ_DAY,
  ROLES,
  type Category,
  type ConsentStateName,
  type RecordedConsent,
  type RecordedEvent,
} from './support/access-matrix/matrix-journeys';

/**
 * Every organisation × role × data category × consent state, through the gateway: each viewer asks for each journey's
 * timeline, and what comes back is compared, category by category, with what the oracle below expects.
 */

interface RecordedJourney {
  state: ConsentStateName;
  journeyId: string;
  events: RecordedEvent[];
  consent: RecordedConsent;
}

type MatrixViewer =
  | { name: string; kind: 'agency'; organisation: string; role: (typeof ROLES)[number] }
  | { name: string; kind: 'person'; whose: 'own' | 'other' };

const VIEWERS: MatrixViewer[] = [
  ...ORGANISATIONS.flatMap((organisation) =>
    ROLES.map((role): MatrixViewer => ({ name: `${organisation} ${role}`, kind: 'agency', organisation, role })),
  ),
  { name: 'PERSON (own journey)', kind: 'person', whose: 'own' },
  { name: "PERSON (someone else's journey)", kind: 'person', whose: 'other' },
];

// ---- The oracle: the brief's rules, readable, first match wins. Deny by default. ----

function consentOpens(consent: RecordedConsent, organisation: string, category: Category, today: string): boolean {
  return (
    !consent.withdrawn &&
    consent.validFrom <= today &&
    today <= consent.validTo &&
    consent.organisations.includes(organisation) &&
    consent.categories.includes(category)
  );
}

function oracleSees(viewer: MatrixViewer, journey: RecordedJourney, event: RecordedEvent, today: string): boolean {
  if (viewer.kind === 'person') return viewer.whose === 'own'; // the person sees all of their own journey, nothing of another's
  if (viewer.role === 'statistician' || viewer.role === 'auditor') return false; // aggregates / audit trail only
  if (event.author === viewer.organisation) return true; // an organisation sees what it wrote
  if (event.participants.includes(viewer.organisation) && event.category !== 'health') return true; // participants, never health
  return consentOpens(journey.consent, viewer.organisation, event.category, today); // a valid consent naming it and the category
}

// ---- Running it ----

const PERSON_QUERY = `query Person($id: ID!) { person(id: $id) { timeline { type category author } } }`;

interface TimelineLine {
  type: string;
  category: string;
  author: string;
}

interface Answer {
  viewer: MatrixViewer;
  journey: RecordedJourney;
  subject: string;
  expected: RecordedEvent[];
  actual: TimelineLine[];
  errors: unknown;
  personNull: boolean;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9-]/g, '-');
const line = (event: { type: string; author: string }) => `${event.type} by ${event.author}`;

/** What `counted` holds that `from` does not, as a multiset. */
function minus(counted: string[], from: string[]): string[] {
  const left = [...from];
  return counted.filter((entry) => {
    const at = left.indexOf(entry);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

describe('the access matrix through the gateway (PGlite)', () => {
  let stack: SamsynStack;
  const journeys: RecordedJourney[] = [];
  let fresh: Record<string, string>;
  let answers: Answer[] = [];
  let auditBefore = 0;
  let auditIdBefore = 0;

  beforeAll(async () => {
    stack = await startSamsynStack('PGlite');
    let last: Receipt | undefined;
    for (const [index, state] of CONSENT_STATES.entries()) {
      const recipe = matrixJourney(state);
      stack.clock.set(recipe.openedAt);
      const opened = await stack.as<{ openJourney: Receipt }>(recipe.opener, OPEN_JOURNEY, {
        input: { personnummer: personnummerFor(index), homeKommun: '1880' },
      });
      expect(opened.errors).toBeUndefined();
      const journeyId = opened.data!.openJourney.journeyId;
      const events: RecordedEvent[] = [{ ...OPENED, author: recipe.opener }];
      for (const step of recipe.steps) {
        stack.clock.set(step.at);
        const actor: Actor = step.as === 'PERSON' ? { organisation: 'PERSON', role: 'person', journeyId } : step.as;
        const response = await stack.as<Record<string, Receipt>>(
          actor,
          commandMutation(step.mutation, step.inputType),
          { journeyId, input: step.input },
        );
        expect({ state, step: step.mutation, errors: response.errors }).toEqual({
          state,
          step: step.mutation,
          errors: undefined,
        });
        last = response.data![step.mutation]!;
        expect({ step: step.mutation, events: last.events }).toEqual({
          step: step.mutation,
          events: step.writes.map((write) => write.type),
        });
        events.push(...step.writes.map((write) => ({ ...write, author: step.as })));
      }
      expect(new Set(events.map((event) => event.category))).toEqual(new Set(CATEGORIES));
      journeys.push({ state, journeyId, events, consent: recipe.consent });
    }
    fresh = { 'x-samsyn-consistent-with': last!.position! };
    stack.clock.set(READ_AT);
  }, 60_000);
  afterAll(() => stack?.close());

  const auditCount = async () =>
    (await stack.resources.sql.query<{ n: number }>('select count(*)::int as n from samsyn_audit'))[0]!.n;

  it('shows every viewer exactly what the rules allow: zero leaks, zero misses', async () => {
    auditBefore = await auditCount();
    auditIdBefore =
      (await stack.resources.sql.query<{ id: number | null }>('select max(id)::int as id from samsyn_audit'))[0]!.id ??
      0;
    const requests = VIEWERS.flatMap((viewer) =>
      journeys.map((journey, index) => ({ viewer, journey, other: journeys[(index + 1) % journeys.length]! })),
    );

    answers = await inBatches(requests, 8, async ({ viewer, journey, other }) => {
      const subject =
        viewer.kind === 'person'
          ? `matrix-person-${viewer.whose}-${journey.state}`
          : `matrix-${slug(viewer.organisation)}-${viewer.role}`;
      const actor: Actor =
        viewer.kind === 'person'
          ? {
              organisation: 'PERSON',
              role: 'person',
              journeyId: viewer.whose === 'own' ? journey.journeyId : other.journeyId,
              subject,
            }
          : { organisation: viewer.organisation, role: viewer.role, subject };
      const response = await stack.as<{ person: { timeline: TimelineLine[] } | null }>(
        actor,
        PERSON_QUERY,
        { id: journey.journeyId },
        fresh,
      );
      const person = response.data?.person ?? null;
      return {
        viewer,
        journey,
        subject,
        expected: journey.events.filter((event) => oracleSees(viewer, journey, event, READ_DAY)),
        // The API spells a category as its enum name (BENEFIT), the oracle as the domain does (benefit).
        actual: (person?.timeline ?? []).map((line) => ({ ...line, category: line.category.toLowerCase() })),
        errors: response.errors,
        personNull: person === null,
      };
    });

    const leaks: string[] = [];
    const misses: string[] = [];
    let cells = 0;
    let visibleCells = 0;
    for (const answer of answers) {
      for (const category of CATEGORIES) {
        cells++;
        const expected = answer.expected.filter((event) => event.category === category).map(line);
        const actual = answer.actual.filter((entry) => entry.category === category).map(line);
        if (expected.length > 0) visibleCells++;
        const where = `${answer.viewer.name} × ${category} × consent ${answer.journey.state}`;
        for (const leaked of minus(actual, expected)) leaks.push(`${where}: ${leaked} visible, expected hidden`);
        for (const missed of minus(expected, actual)) misses.push(`${where}: ${missed} hidden, expected visible`);
      }
    }
    console.log(
      `access matrix through the gateway: ${cells} cells (${VIEWERS.length} viewers × ${CATEGORIES.length} categories × ${CONSENT_STATES.length} consent states; ` +
        `${visibleCells} visible, ${cells - visibleCells} hidden), ${answers.length} person requests, ${leaks.length} leaks, ${misses.length} misses`,
    );

    expect(
      answers
        .filter((answer) => answer.errors)
        .map((answer) => ({ viewer: answer.viewer.name, state: answer.journey.state, errors: answer.errors })),
    ).toEqual([]);
    expect(leaks).toEqual([]);
    expect(misses).toEqual([]);
    // person(id) is null exactly when nothing may be seen.
    expect(
      answers
        .filter((answer) => answer.personNull !== (answer.expected.length === 0))
        .map((answer) => `${answer.viewer.name} × ${answer.journey.state}`),
    ).toEqual([]);
    expect(cells).toBe(VIEWERS.length * CATEGORIES.length * CONSENT_STATES.length);
  });

  it('is not vacuous: each consent state opens (or keeps shut) what it should, health stays closed to participants', () => {
    const sees = (name: string, state: ConsentStateName) =>
      new Set(
        answers
          .find((answer) => answer.viewer.name === name && answer.journey.state === state)!
          .expected.map((event) => event.category),
      );
    expect(sees(`${CONSENTED} handlaggare`, 'valid')).toEqual(new Set(CATEGORIES));
    expect(sees(`${OTHER_CONSENTED} handlaggare`, 'other_organisation')).toEqual(new Set(CATEGORIES));
    for (const state of ['none', 'expired', 'withdrawn', 'valid'] as const)
      expect(sees(`${OTHER_CONSENTED} handlaggare`, state).size).toBe(0);
    for (const state of ['none', 'expired', 'withdrawn', 'other_organisation'] as const) {
      expect(sees(`${CONSENTED} handlaggare`, state)).toEqual(new Set(['meeting', 'insats', 'health']));
    }
    // PROVIDER:activa takes part in the insats it provides and wrote its pause; REGION:18 only sees the health it wrote.
    const region = answers.find(
      (answer) => answer.viewer.name === 'REGION:18 handlaggare' && answer.journey.state === 'none',
    )!;
    expect(region.actual.map(line)).toEqual([
      'MedicalCertificateReceived by REGION:18',
      'ContactPersonAssigned by REGION:18',
      'InsatsPaused by REGION:18',
    ]);
  });

  it('records each person request in the audit trail: read with the categories seen, or refused', async () => {
    interface AuditRow {
      journeyId: string;
      subject: string;
      action: string;
      outcome: string;
      categories: string[];
    }
    const rows = await stack.resources.sql.query<AuditRow>(
      'select journey_id as "journeyId", subject, action, outcome, categories from samsyn_audit where id > $1 order by id',
      [auditIdBefore],
    );
    const key = (subject: string, journeyId: string) => `${subject} @ ${journeyId}`;
    const actualByRequest = new Map<string, Omit<AuditRow, 'journeyId' | 'subject'>[]>();
    for (const row of rows) {
      const entries = actualByRequest.get(key(row.subject, row.journeyId)) ?? [];
      entries.push({ action: row.action, outcome: row.outcome, categories: [...row.categories].sort() });
      actualByRequest.set(key(row.subject, row.journeyId), entries);
    }
    const expectedByRequest = new Map(
      answers.map((answer) => {
        const categories = [...new Set(answer.expected.map((event) => event.category))].sort();
        const entries =
          categories.length > 0
            ? [
                { action: 'Query.person', outcome: 'read', categories },
                { action: 'Person.timeline', outcome: 'read', categories },
              ]
            : [{ action: 'Query.person', outcome: 'refused', categories: [] }];
        return [key(answer.subject, answer.journey.journeyId), entries];
      }),
    );
    expect(Object.fromEntries(actualByRequest)).toEqual(Object.fromEntries(expectedByRequest));
    const refused = answers.filter((answer) => answer.expected.length === 0).length;
    const read = answers.length - refused;
    // Every request touched a journey: one row each, and a second (Person.timeline) for those that returned data.
    expect((await auditCount()) - auditBefore).toBe(answers.length + read);
    expect(rows.length).toBe(answers.length + read);
  });
});
