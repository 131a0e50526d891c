import { randomUUID } from 'node:crypto';
import type { PrepStep, WriteAction } from './write-actions';
import type { WriteCaller } from './write-callers';

/** The oracle's answer for one cell. */
export type Verdict = { allowed: true } | { allowed: false; reason: string };
export type Judge = (caller: WriteCaller, mutation: string, input: Record<string, unknown> | undefined) => Verdict;

/** One cell of the matrix: a caller sending one action, with the input its recipe gives that caller. */
export interface Cell {
  caller: WriteCaller;
  action: WriteAction;
  input?: Record<string, unknown>;
  verdict: Verdict;
}

/**
 * A journey to write to: an allowed cell's own, or shared by the refused cells whose command its preparation makes
 * valid. `openedBy: 'probe'` is the journey an allowed openJourney opens.
 */
export interface PlannedJourney {
  label: string;
  prep: PrepStep[];
  /** Holds REPRESENTATION: a PERSON token writes to it. */
  represented: boolean;
  personnummer: string;
  openedBy: 'preparation' | 'probe';
  journeyId?: string;
}

/**
 * When a probe is sent: `ready`, refused cells on a journey where the command would be valid; `allowed`, the allowed
 * cells on their own journeys; `spent`, refused cells again on a journey an allowed writer has just written the same
 * command to, whose state would refuse it anyway (already assigned, already opened, …).
 */
export type Round = 'ready' | 'allowed' | 'spent';

export interface Probe {
  cell: Cell;
  round: Round;
  /** The journey written to; for openJourney, the journey a PERSON token names (nothing is written to it). */
  journey: PlannedJourney;
  /** openJourney only: the personnummer opened, a fresh one or (spent) that of `journey`. */
  personnummer?: string;
  subject: string;
  commandId: string;
}

export interface MatrixPlan {
  cells: Cell[];
  journeys: PlannedJourney[];
  /** The journey a token naming "another person's journey" names. */
  elsewhere: PlannedJourney;
  probes: Probe[];
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const writerOf = (caller: WriteCaller) => (caller.kind === 'agency' ? caller.organisation : 'PERSON');

/** Every cell, the journeys they need, and the probes that send them; `spentRoundFor` picks the refused cells sent again. */
export function planMatrix(options: {
  callers: readonly WriteCaller[];
  actions: readonly WriteAction[];
  judge: Judge;
  nextPersonnummer: () => string;
  spentRoundFor: (cell: Cell) => boolean;
}): MatrixPlan {
  const { callers, actions, judge, nextPersonnummer } = options;
  const cells = callers.flatMap((caller) =>
    actions
      .filter((action) => caller.kind === 'agency' || !action.agenciesOnly)
      .map((action): Cell => {
        const { input } = action.recipe(writerOf(caller));
        return { caller, action, ...(input ? { input } : {}), verdict: judge(caller, action.mutation, input) };
      }),
  );

  const journeys: PlannedJourney[] = [];
  const newJourney = (
    label: string,
    prep: PrepStep[],
    represented: boolean,
    openedBy: PlannedJourney['openedBy'] = 'preparation',
  ) => {
    const journey: PlannedJourney = { label, prep, represented, personnummer: nextPersonnummer(), openedBy };
    journeys.push(journey);
    return journey;
  };
  const elsewhere = newJourney("another person's journey", [], true);

  // Refused cells share the journeys their recipe prepares: one per command and preparation.
  const ready = new Map<string, PlannedJourney>();
  const readyJourney = (cell: Cell) => {
    const { prep } = cell.action.recipe(writerOf(cell.caller));
    const key = `${cell.action.mutation} ${JSON.stringify(prep)}`;
    if (!ready.has(key))
      ready.set(key, newJourney(`ready for ${cell.action.mutation} as ${writerOf(cell.caller)}`, prep, true));
    return ready.get(key)!;
  };

  const probes: Probe[] = [];
  const probe = (cell: Cell, round: Round, journey: PlannedJourney, personnummer?: string) => {
    const subject = `wm${probes.length}-${slug(cell.caller.name)}`;
    const opening = cell.action.mutation === 'openJourney' ? { personnummer: personnummer ?? nextPersonnummer() } : {};
    probes.push({ cell, round, journey, ...opening, subject, commandId: randomUUID() });
  };

  for (const cell of cells.filter((each) => !each.verdict.allowed)) probe(cell, 'ready', readyJourney(cell));

  const written = new Map<string, { writer: string; journey: PlannedJourney }[]>();
  for (const cell of cells.filter((each) => each.verdict.allowed)) {
    const opens = cell.action.mutation === 'openJourney';
    const { prep } = cell.action.recipe(writerOf(cell.caller));
    const journey = newJourney(
      `${cell.caller.name} × ${cell.action.name}`,
      prep,
      cell.caller.kind === 'person',
      opens ? 'probe' : 'preparation',
    );
    probe(cell, 'allowed', journey, opens ? journey.personnummer : undefined);
    written.set(cell.action.mutation, [
      ...(written.get(cell.action.mutation) ?? []),
      { writer: writerOf(cell.caller), journey },
    ]);
  }

  // Sent again where the same command was just written: by the caller's own organisation (or the person) if it may, else by the first who may.
  for (const cell of cells.filter((each) => !each.verdict.allowed && options.spentRoundFor(each))) {
    const writes = written.get(cell.action.mutation) ?? [];
    const spent = writes.find((write) => write.writer === writerOf(cell.caller)) ?? writes[0];
    if (!spent)
      throw new Error(`No allowed cell writes ${cell.action.mutation}: nowhere to send ${cell.caller.name} again`);
    if (cell.caller.kind === 'person' && spent.journey.openedBy === 'preparation') spent.journey.represented = true;
    probe(cell, 'spent', spent.journey, spent.journey.personnummer);
  }
  return { cells, journeys, elsewhere, probes };
}
