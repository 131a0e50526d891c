import fc from 'fast-check';
import {
  decide,
  DecisionPeriod,
  DomainError,
  evolve,
  initialState,
  type ActiveJourney,
  type JourneyCommand,
  type JourneyEvent,
  type JourneyState,
} from '@samsyn/domain';
import { BIRTH_DATE, commandDraft, deepFreeze, toCommands } from './journey-arbitraries';

const NUM_RUNS = 300;
const LATEST_DECISION_END = '2033-07-31';
const EARLIEST_DECISION_START = '2022-07-01';

type Step = { command: JourneyCommand; before: JourneyState; events: JourneyEvent[]; after: JourneyState };

/** decide then evolve each command; a DomainError skips it, anything else propagates and fails the property. */
function run(commands: readonly JourneyCommand[], check: (step: Step) => void): JourneyState {
  let state = deepFreeze(initialState());
  for (const command of commands) {
    const before = state;
    const copy = structuredClone(before);
    let events: JourneyEvent[];
    try {
      events = decide(command, before);
    } catch (error) {
      if (error instanceof DomainError) {
        expect(before).toEqual(copy);
        continue;
      }
      throw error;
    }
    expect(before).toEqual(copy);
    expect(decide(command, before)).toEqual(events);
    const after = deepFreeze(events.reduce(evolve, before));
    expect(before).toEqual(copy);
    check({ command, before, events, after });
    state = after;
  }
  return state;
}

function active(state: JourneyState): ActiveJourney {
  if (state.status !== 'active') throw new Error(`expected an active journey, got ${state.status}`);
  return state;
}

function checkState(state: ActiveJourney): void {
  const decision = state.activeDecision;
  if (decision) {
    expect(() => DecisionPeriod.create({ from: decision.from, to: decision.to, birthDate: BIRTH_DATE })).not.toThrow();
    expect(decision.from >= EARLIEST_DECISION_START).toBe(true);
    expect(decision.to <= LATEST_DECISION_END).toBe(true);
    expect(decision.to > decision.from).toBe(true);
  }
  for (const insats of Object.values(state.insatser)) {
    if (insats.plannedEnd !== null) expect(insats.plannedEnd >= insats.startDate).toBe(true);
  }
  const lotsning = state.lotsning;
  if (lotsning.status === 'open') {
    expect(typeof lotsning.applicationId).toBe('string');
    expect(Number.isInteger(lotsning.failedAttempts) && lotsning.failedAttempts >= 0).toBe(true);
    expect(lotsning).not.toHaveProperty('closedBy');
  } else if (lotsning.status === 'closed') {
    expect(['contact_established', 'support_declined', 'unreachable']).toContain(lotsning.closedBy);
    expect(lotsning).not.toHaveProperty('applicationId');
  }
}

const LOTSNING_EVENTS = new Set([
  'SupportOffered',
  'SupportAccepted',
  'SupportDeclined',
  'ContactAttemptFailed',
  'LotsningClosed',
  'ReferralMade',
  'ContactEstablished',
]);

function checkTransition({ command, before, events, after }: Step): void {
  if (command.type === 'OpenJourney') {
    expect(before.status).toBe('none');
    expect(active(after).birthDate).toBe(BIRTH_DATE);
    return;
  }
  const prior = active(before);
  const next = active(after);
  checkState(next);
  for (const event of events) {
    switch (event.type) {
      case 'DecisionGranted':
        // At most one active decision: a grant never replaces one still active.
        expect(prior.activeDecision).toBeNull();
        expect(prior.pendingApplication?.applicationId).toBe(event.data.applicationId);
        break;
      case 'BenefitEnded': {
        expect(prior.activeDecision?.decisionId).toBe(event.data.decisionId);
        const notEnded = Object.entries(prior.insatser)
          .filter(([, insats]) => insats.status !== 'ended')
          .map(([insatsId]) => insatsId)
          .sort();
        expect(event.data.runningInsatser.map((insats) => insats.insatsId).sort()).toEqual(notEnded);
        for (const running of event.data.runningInsatser) {
          expect(running.status).toBe(prior.insatser[running.insatsId]!.status);
        }
        break;
      }
      case 'InsatsEnded': {
        const insats = prior.insatser[event.data.insatsId];
        expect(insats?.status).not.toBe('ended');
        expect(event.data.endDate >= insats!.startDate).toBe(true);
        expect(next.insatser[event.data.insatsId]!.status).toBe('ended');
        break;
      }
      case 'InsatsPaused':
        expect(prior.insatser[event.data.insatsId]?.status).toBe('running');
        break;
      case 'MeetingHeld': {
        const meeting = prior.meetings[event.data.meetingId];
        expect(meeting?.status).toBe('scheduled');
        expect(Date.parse(command.metadata.now) >= Date.parse(meeting!.at)).toBe(true);
        expect(next.meetings[event.data.meetingId]!.status).toBe('held');
        break;
      }
      case 'MeetingCancelled':
        expect(prior.meetings[event.data.meetingId]?.status).toBe('scheduled');
        break;
      case 'LotsningClosed':
        expect(prior.lotsning.status === 'open' && prior.lotsning.failedAttempts >= 3).toBe(true);
        break;
      case 'PersonalDataErased':
        expect(prior.erased).toBe(false);
        break;
      default:
        if (LOTSNING_EVENTS.has(event.type)) expect(prior.lotsning.status).toBe('open');
    }
  }
  // A meeting is held only if it was scheduled: every held meeting was in the state before, held or scheduled.
  for (const [meetingId, meeting] of Object.entries(next.meetings)) {
    if (meeting.status === 'held' && prior.meetings[meetingId]?.status !== 'held') {
      expect(prior.meetings[meetingId]?.status).toBe('scheduled');
    }
  }
  // Erasure happens once and is never undone.
  expect(next.erased).toBe(prior.erased || events.some((event) => event.type === 'PersonalDataErased'));
  // Ended insatser stay ended; started ones never disappear.
  for (const [insatsId, insats] of Object.entries(prior.insatser)) {
    expect(next.insatser[insatsId]).toBeDefined();
    if (insats.status === 'ended') expect(next.insatser[insatsId]!.status).toBe('ended');
  }
}

describe('journey invariants under any sequence of commands (property-based)', () => {
  const sequences = fc.array(commandDraft, { minLength: 1, maxLength: 40, size: 'max' }).map(toCommands);

  it('keeps the invariants after every decided command; decide is pure and deterministic; evolve accepts every decided event', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        run(commands, checkTransition);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a second OpenJourney is always refused with a DomainError, whatever happened before', () => {
    fc.assert(
      fc.property(sequences, (commands) => {
        const state = run(commands, () => undefined);
        const reopen = {
          ...commands[0]!,
          metadata: { ...commands[0]!.metadata, now: '2027-01-01T00:00:00Z' },
        } as JourneyCommand;
        expect(() => decide(reopen, state)).toThrow(DomainError);
      }),
      { numRuns: 100 },
    );
  });

  it('reaches interesting states often enough to mean something', () => {
    // Guards the generators: without decisions, insatser and meetings the invariants above would hold vacuously.
    const seen = new Set<string>();
    fc.assert(
      fc.property(sequences, (commands) => {
        run(commands, ({ events }) => events.forEach((event) => seen.add(event.type)));
      }),
      { numRuns: NUM_RUNS, seed: 20030820 },
    );
    for (const type of [
      'DecisionGranted',
      'BenefitEnded',
      'InsatsStarted',
      'InsatsEnded',
      'MeetingScheduled',
      'MeetingHeld',
      'ApplicationRejected',
      'SupportOffered',
    ]) {
      expect(seen).toContain(type);
    }
  });
});
