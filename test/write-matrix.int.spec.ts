import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { inParallel } from './support/write-matrix/in-parallel';
import { personnummerSeries } from './support/write-matrix/personnummer-series';
import { prepareJourney, REPRESENTATION } from './support/write-matrix/prepare-journey';
import {
  planMatrix,
  type Cell,
  type MatrixPlan,
  type Probe,
  type Round,
  type Verdict,
} from './support/write-matrix/probe-plan';
import { sendProbe, type ProbeAnswer } from './support/write-matrix/send-probe';
import { NOW, WRITE_ACTIONS } from './support/write-matrix/write-actions';
import { APPOINTED, UNKNOWN_ROLE, writeCallers, type WriteCaller } from './support/write-matrix/write-callers';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

/**
 * Every caller × every write, through the gateway: each agency kind × each role, PERSON tokens of every shape, × the 33
 * journey commands and erasePersonalData. A write the oracle below refuses must answer FORBIDDEN with its reason,
 * append nothing and be recorded as refused in the audit trail; one it allows must be written.
 */

// ---- The oracle: the write policy's contract (issue #12), readable, first match wins. Deny by default. ----

type AgencyKind = 'FK' | 'AF' | 'KOMMUN' | 'REGION' | 'SAMORDNINGSFORBUND' | 'PROVIDER';

/** The caseworker roles valid at each kind of organisation. */
const CASEWORKER_ROLES: Record<AgencyKind, readonly string[]> = {
  FK: ['caseworker', 'handlaggare', 'forsakringsutredare'],
  AF: ['caseworker', 'handlaggare', 'arbetsformedlare'],
  KOMMUN: ['caseworker', 'handlaggare', 'bistandshandlaggare', 'boendestodjare', 'personligt_ombud', 'kurator'],
  REGION: ['caseworker', 'handlaggare', 'rehabiliteringskoordinator', 'kurator'],
  SAMORDNINGSFORBUND: ['caseworker', 'handlaggare', 'coach'],
  PROVIDER: ['caseworker', 'handlaggare', 'coach'],
};
/** Valid at any of the six kinds. */
const SPECIAL_ROLES = ['privacy_officer', 'statistician', 'auditor'];

const ALL_SIX: AgencyKind[] = ['FK', 'AF', 'KOMMUN', 'REGION', 'SAMORDNINGSFORBUND', 'PROVIDER'];
const agencies = (...kinds: AgencyKind[]) => ({ agencies: kinds, person: false });
const alsoThePerson = (...kinds: AgencyKind[]) => ({ agencies: kinds, person: true });

/** Who may send what: the agency kinds (their caseworker roles), and whether the person or an appointed representative may, on their own journey. */
const WHO_MAY_SEND: Record<string, { agencies: readonly AgencyKind[]; person: boolean }> = {
  openJourney: agencies(...ALL_SIX),
  changeHomeKommun: agencies('FK', 'KOMMUN'),
  appointRepresentative: alsoThePerson(),
  removeRepresentative: alsoThePerson(),
  giveConsent: alsoThePerson(...ALL_SIX), // agencies: only with evidence, never naming themselves
  withdrawConsent: alsoThePerson(...ALL_SIX),
  receiveApplication: agencies('FK'),
  grantDecision: agencies('FK'),
  rejectApplication: agencies('FK'),
  endBenefit: agencies('FK'),
  grantSpecialCompensation: agencies('FK'),
  offerSupport: agencies('FK'),
  recordFailedContactAttempt: agencies('FK'),
  closeLotsning: agencies('FK'),
  makeReferral: agencies('FK'),
  receiveMedicalCertificate: agencies('FK', 'REGION'),
  acceptSupport: alsoThePerson('FK'),
  declineSupport: alsoThePerson('FK'),
  establishContact: agencies(...ALL_SIX),
  scheduleMeeting: agencies(...ALL_SIX),
  holdMeeting: agencies(...ALL_SIX),
  cancelMeeting: alsoThePerson(...ALL_SIX),
  registerJobSeeker: agencies('AF'),
  deregisterJobSeeker: agencies('AF'),
  startInsats: agencies(...ALL_SIX),
  pauseInsats: agencies(...ALL_SIX),
  resumeInsats: agencies(...ALL_SIX),
  endInsats: agencies(...ALL_SIX),
  assignContactPerson: agencies(...ALL_SIX),
  changeContactPerson: agencies(...ALL_SIX),
  agreePlan: agencies(...ALL_SIX),
  revisePlan: agencies(...ALL_SIX),
  recordOutcome: agencies(...ALL_SIX),
  erasePersonalData: alsoThePerson(), // and privacy_officer at any of the six; never a representative
};

const ALLOWED: Verdict = { allowed: true };
const refused = (reason: string): Verdict => ({ allowed: false, reason });

function judge(caller: WriteCaller, mutation: string, input: Record<string, unknown> | undefined): Verdict {
  const may = WHO_MAY_SEND[mutation];
  if (!may) throw new Error(`The oracle has no rule for ${mutation}`);
  if (caller.kind === 'agency') {
    const kind = caller.organisation.split(':')[0] as AgencyKind;
    if (!CASEWORKER_ROLES[kind].includes(caller.role) && !SPECIAL_ROLES.includes(caller.role))
      return refused('UNKNOWN_ROLE');
    if (caller.role === 'statistician') return refused('AGGREGATES_ONLY');
    if (caller.role === 'auditor') return refused('AUDIT_ONLY');
    if (caller.role === 'privacy_officer') return mutation === 'erasePersonalData' ? ALLOWED : refused('ERASURE_ONLY');
    if (mutation === 'erasePersonalData') return refused('PRIVACY_OFFICER_ONLY');
    if (!may.agencies.includes(kind)) return refused('COMMAND_OF_OTHER_ORGANISATION');
    if (mutation === 'giveConsent' && !input?.['evidence']) return refused('CONSENT_EVIDENCE_REQUIRED');
    if (mutation === 'giveConsent' && (input?.['organisations'] as string[]).includes(caller.organisation))
      return refused('CONSENT_NAMES_RECORDER');
    return ALLOWED;
  }
  const isPerson = caller.role === 'person' && caller.journey !== 'none';
  const isRepresentative =
    caller.role === 'representative' && caller.journey !== 'none' && caller.representativeId !== undefined;
  if (!isPerson && !isRepresentative) return refused('UNKNOWN_ROLE');
  if (mutation === 'openJourney') return refused('NOT_FOR_PERSON');
  if (caller.journey !== 'target') return refused('OTHER_PERSON');
  if (!may.person || (isRepresentative && mutation === 'erasePersonalData')) return refused('NOT_FOR_PERSON');
  // Every journey a PERSON token writes to has APPOINTED appointed, and no other representative (see REPRESENTATION).
  if (isRepresentative && caller.representativeId !== APPOINTED) return refused('REPRESENTATIVE_NOT_APPOINTED');
  return ALLOWED;
}

// ---- The callers ----

const ROLES = [...new Set([...Object.values(CASEWORKER_ROLES).flat(), ...SPECIAL_ROLES, UNKNOWN_ROLE])];
const CALLERS = writeCallers(ROLES);

/**
 * The refused cells sent a second time, to a journey whose state would refuse the command anyway (just written by a
 * caller who may): for each write, the first cell of each reason, for agency callers and for PERSON tokens.
 */
function firstOfEachReason(): (cell: Cell) => boolean {
  const seen = new Set<string>();
  return (cell) => {
    const key = `${cell.action.name} ${cell.caller.kind} ${(cell.verdict as { reason: string }).reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

// ---- Running it ----

interface StoreState {
  events: number;
  last: string;
  keys: number;
  indexed: number;
}

interface AuditRow {
  journeyId: string | null;
  subject: string;
  organisation: string;
  role: string;
  action: string;
  outcome: string;
  reason: string | null;
  categories: string[];
}

const where = (probe: Probe) => `${probe.cell.caller.name} × ${probe.cell.action.name} (${probe.round})`;
const expectedReason = (probe: Probe) => (probe.cell.verdict as { reason: string }).reason;

describe('the write matrix through the gateway (PGlite)', () => {
  let stack: SamsynStack;
  let plan: MatrixPlan;
  const answers: ProbeAnswer[] = [];
  const storeAround = new Map<Round, { before: StoreState; after: StoreState }>();
  /** The command ids of the events appended in each round. */
  const appended = new Set<string>();
  let auditRows: AuditRow[] = [];
  const timings: string[] = [];

  const storeState = async (): Promise<StoreState> =>
    (
      await stack.resources.sql.query<StoreState>(
        `select (select count(*)::int from samsyn_events) as events, (select coalesce(max(seq), 0)::text from samsyn_events) as last,
                (select count(*)::int from samsyn_journey_keys) as keys, (select count(*)::int from samsyn_person_index) as indexed`,
      )
    )[0]!;

  beforeAll(async () => {
    let since = Date.now();
    const lap = (what: string) => {
      timings.push(`${what} ${((Date.now() - since) / 1000).toFixed(1)} s`);
      since = Date.now();
    };
    stack = await startSamsynStack('PGlite', { now: NOW });
    lap('stack');
    plan = planMatrix({
      callers: CALLERS,
      actions: WRITE_ACTIONS,
      judge,
      nextPersonnummer: personnummerSeries(),
      spentRoundFor: firstOfEachReason(),
    });
    const toPrepare = plan.journeys.filter((journey) => journey.openedBy === 'preparation');
    await inParallel(toPrepare, 4, async (journey) => {
      const steps = [...(journey.represented ? REPRESENTATION : []), ...journey.prep];
      journey.journeyId = await prepareJourney(stack, journey.label, journey.personnummer, steps);
    });
    lap(`${toPrepare.length} journeys prepared`);
    const auditFrom = (
      await stack.resources.sql.query<{ id: number }>('select coalesce(max(id), 0)::int as id from samsyn_audit')
    )[0]!.id;

    for (const round of ['ready', 'allowed', 'spent'] as const) {
      const before = await storeState();
      const probes = plan.probes.filter((probe) => probe.round === round);
      answers.push(...(await inParallel(probes, 16, (probe) => sendProbe(stack, probe, plan.elsewhere))));
      const after = await storeState();
      storeAround.set(round, { before, after });
      const rows = await stack.resources.sql.query<{ commandId: string }>(
        `select metadata->>'commandId' as "commandId" from samsyn_events where seq > $1::bigint`,
        [before.last],
      );
      for (const row of rows) appended.add(row.commandId);
      // The journeys the allowed openJourney cells opened are where the spent round opens them again.
      for (const answer of answers)
        if (answer.probe.round === 'allowed' && answer.receipt)
          answer.probe.journey.journeyId ??= answer.receipt.journeyId;
      lap(`${probes.length} ${round} probes`);
    }
    auditRows = await stack.resources.sql.query<AuditRow>(
      `select journey_id as "journeyId", subject, organisation, role, action, outcome, reason, categories from samsyn_audit where id > $1 order by id`,
      [auditFrom],
    );
  }, 300_000);
  afterAll(() => stack?.close());

  const refusedAnswers = () => answers.filter((answer) => answer.probe.round !== 'allowed');
  const allowedAnswers = () => answers.filter((answer) => answer.probe.round === 'allowed');
  const erases = (answer: ProbeAnswer) => answer.probe.cell.action.mutation === 'erasePersonalData';
  /** Something of a refused probe was written: an event with its command id, or (erasure) it erased, or was audited as erasing. */
  const wrote = (answer: ProbeAnswer) =>
    erases(answer)
      ? answer.erased === true ||
        auditRows.some((row) => row.subject === answer.probe.subject && row.outcome === 'erased')
      : appended.has(answer.probe.commandId);
  /** An allowed probe succeeded: no error, a receipt naming events the store holds under its command id (erasure: erased). */
  const succeeded = (answer: ProbeAnswer) =>
    answer.code === undefined &&
    (erases(answer)
      ? answer.erased === true
      : (answer.receipt?.events.length ?? 0) > 0 && appended.has(answer.probe.commandId));

  it('writes what the oracle allows and nothing it refuses, refusing with its reason: 0 wrong writes, 0 wrong refusals', () => {
    const wrongWrites = refusedAnswers()
      .filter(wrote)
      .map((answer) => `${where(answer.probe)}: written, expected ${expectedReason(answer.probe)}`);
    const wrongRefusals = allowedAnswers()
      .filter((answer) => !succeeded(answer))
      .map(
        (answer) =>
          `${where(answer.probe)}: ${answer.notSent ?? `${answer.code ?? 'no events'} ${answer.reason ?? ''} ${answer.message ?? ''}`}`,
      );
    const wrongAnswers = refusedAnswers()
      .filter((answer) => answer.code !== 'FORBIDDEN' || answer.reason !== expectedReason(answer.probe))
      .map(
        (answer) =>
          `${where(answer.probe)}: ${answer.notSent ?? `${answer.code ?? 'no error'} ${answer.reason ?? ''}`}, expected FORBIDDEN ${expectedReason(answer.probe)}`,
      );
    const cells = plan.cells.length;
    const allowed = plan.cells.filter((cell) => cell.verdict.allowed).length;
    const agencyCallers = CALLERS.filter((caller) => caller.kind === 'agency').length;
    const spent = answers.filter((answer) => answer.probe.round === 'spent').length;
    console.log(
      `write matrix through the gateway: ${cells} cells (${CALLERS.length} callers × ${WRITE_ACTIONS.length - 2} writes, and GiveConsent's 2 faulty inputs × ${agencyCallers} agency callers), ` +
        `${allowed} allowed, ${cells - allowed} refused (${spent} sent again where the journey's state would refuse them too), ` +
        `${wrongWrites.length} wrong writes, ${wrongRefusals.length} wrong refusals, ${wrongAnswers.length} refusals answered otherwise; ${timings.join(', ')}`,
    );
    expect({ wrongWrites, wrongRefusals }).toEqual({ wrongWrites: [], wrongRefusals: [] });
    expect(wrongAnswers).toEqual([]);
  });

  it('appends nothing while refusing: the store, the data keys and the person index are as before each refused round', () => {
    for (const round of ['ready', 'spent'] as const) {
      const { before, after } = storeAround.get(round)!;
      expect({ round, ...after }).toEqual({ round, ...before });
    }
    expect(storeAround.get('allowed')!.after.events).toBeGreaterThan(storeAround.get('allowed')!.before.events);
  });

  it('records each refusal in the audit trail with its reason, and no allowed write', () => {
    const bySubject = new Map<string, AuditRow[]>();
    for (const row of auditRows) bySubject.set(row.subject, [...(bySubject.get(row.subject) ?? []), row]);
    const expected = (answer: ProbeAnswer): AuditRow[] => {
      const { probe } = answer;
      const { caller, action } = probe.cell;
      if (probe.round === 'allowed') {
        return action.mutation === 'erasePersonalData'
          ? [expect.objectContaining({ action: 'Mutation.erasePersonalData', outcome: 'erased' }) as AuditRow]
          : [];
      }
      return [
        {
          journeyId: action.mutation === 'openJourney' ? null : probe.journey.journeyId!,
          subject: probe.subject,
          organisation: caller.kind === 'agency' ? caller.organisation : 'PERSON',
          role: caller.role,
          action: `Mutation.${action.mutation}`,
          outcome: 'refused',
          reason: expectedReason(probe).toLowerCase(),
          categories: [],
        },
      ];
    };
    const mismatches = answers.flatMap((answer) => {
      const actual = bySubject.get(answer.probe.subject) ?? [];
      try {
        expect(actual).toEqual(expected(answer));
        return [];
      } catch {
        return [`${where(answer.probe)}: ${JSON.stringify(actual)}`];
      }
    });
    console.log(
      `write matrix audit: ${auditRows.length} rows for ${answers.length} probes, ${mismatches.length} probes recorded otherwise than expected`,
    );
    expect(mismatches).toEqual([]);
  });

  it('is not vacuous: every mutation of the composed schema, allowed and refused cells as counted by hand, the cells the issue names', () => {
    const schema = buildSchema(readFileSync(resolve(__dirname, '..', 'schema.graphql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect([...new Set(WRITE_ACTIONS.map((action) => action.mutation))].sort()).toEqual(mutations);
    expect(Object.keys(WHO_MAY_SEND).sort()).toEqual(mutations);
    expect(mutations).toHaveLength(34);

    // Caseworker roles × the writes their kind may send (FK 29, AF 18, KOMMUN 17, REGION 17, SAMORDNINGSFORBUND 16, PROVIDER 16),
    // a privacy officer's erasure at each kind, the person's 8 writes and an appointed representative's 7.
    const allowed = 3 * 29 + 3 * 18 + 6 * 17 + 4 * 17 + 3 * 16 + 3 * 16 + 6 + 8 + 7;
    expect(plan.cells.filter((cell) => cell.verdict.allowed)).toHaveLength(allowed);
    expect(plan.cells).toHaveLength(84 * 36 + 10 * 34);
    expect(answers.filter((answer) => answer.probe.round === 'allowed')).toHaveLength(allowed);
    expect(answers.filter((answer) => answer.probe.round === 'ready')).toHaveLength(plan.cells.length - allowed);

    const answer = (callerName: string, actionName: string, round: Round) => {
      const found = answers.find(
        (each) =>
          each.probe.cell.caller.name === callerName &&
          each.probe.cell.action.name === actionName &&
          each.probe.round === round,
      );
      if (!found) throw new Error(`no ${round} probe of ${callerName} × ${actionName}`);
      return {
        verdict: found.probe.cell.verdict,
        code: found.code,
        reason: found.reason,
        events: found.receipt?.events,
      };
    };
    const refusal = (reason: string) => ({ verdict: refused(reason), code: 'FORBIDDEN', reason, events: undefined });
    expect(answer('FK statistician', 'rejectApplication', 'ready')).toEqual(refusal('AGGREGATES_ONLY'));
    expect(answer('FK auditor', 'assignContactPerson', 'ready')).toEqual(refusal('AUDIT_ONLY'));
    // Where FK has just assigned its handläggare: still the policy's answer, never CONFLICT.
    expect(answer('FK statistician', 'assignContactPerson', 'spent')).toEqual(refusal('AGGREGATES_ONLY'));
    expect(answer('FK auditor', 'assignContactPerson', 'spent')).toEqual(refusal('AUDIT_ONLY'));
    for (const action of WRITE_ACTIONS)
      expect(answer(`FK ${UNKNOWN_ROLE}`, action.name, 'ready')).toEqual(refusal('UNKNOWN_ROLE'));
    expect(answer('AF handlaggare', 'giveConsent (naming itself)', 'ready')).toEqual(refusal('CONSENT_NAMES_RECORDER'));
    expect(answer('AF handlaggare', 'giveConsent (without evidence)', 'ready')).toEqual(
      refusal('CONSENT_EVIDENCE_REQUIRED'),
    );
    expect(answer('AF handlaggare', 'giveConsent', 'allowed')).toEqual({
      verdict: ALLOWED,
      code: undefined,
      reason: undefined,
      events: ['ConsentGiven'],
    });
    expect(answer('the person (own journey)', 'giveConsent', 'allowed')).toEqual({
      verdict: ALLOWED,
      code: undefined,
      reason: undefined,
      events: ['ConsentGiven'],
    });
    expect(answer(`representative ${APPOINTED} (appointed)`, 'withdrawConsent', 'allowed')).toEqual({
      verdict: ALLOWED,
      code: undefined,
      reason: undefined,
      events: ['ConsentWithdrawn'],
    });
  });
});
