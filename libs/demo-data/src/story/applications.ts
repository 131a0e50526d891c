import type { ApplicationKind, CalendarDate, CurrentSupport } from '@samsyn/domain';
import { REGION_OREBRO } from '../county/orebro-organisations';
import { laterOf } from './age-limits';
import { benefitStopped } from './benefit-stopped';
import { movesOnAfter, periodEndCap, reappliesAfterAvslag, refusesApplication } from './course';
import { startLotsning } from './lotsning';
import { choosePeriod, firstDayOfMonth, GRANT_AFTER_PERIOD_END_MINUTE, PERIOD_END_MINUTE } from './period-rules';
import { PHRASES } from './phrases';
import { EXTENSION_APPLIED_DAYS_BEFORE_END, GRADE, PERIOD_YEARS } from './proportions';
import type { StoryContext } from './story-context';
import { startSupport } from './support';

/*
 * FK's side of the benefit: an application is decided, a granted period ends and another is applied for, a
 * refused one may be applied for again. Applications and periods call each other, so they live in one file.
 */

/** Assumed: how first-time applicants support themselves (seed 004, lines 437–440, asks FK to find out). */
const FIRST_TIME_SUPPORT = {
  family: 0.35,
  forsorjningsstod: 0.25,
  studiemedel: 0.15,
  none: 0.1,
  sjukpenning: 0.1,
  employment: 0.05,
} as const satisfies Partial<Record<CurrentSupport, number>>;

/** FK receives an application; a läkarutlåtande from the region follows, then the decision. */
export function receiveApplication(context: StoryContext, kind: ApplicationKind): void {
  const { sim, random, state } = context;
  const currentSupport = kind === 'extension' ? 'aktivitetsersattning' : random.weighted(FIRST_TIME_SUPPORT);
  sim.write('ReceiveApplication', { applicationId: context.nextId('application'), kind, currentSupport }, 'FK');
  const appliedOn = sim.day;
  state.pendingApplication = { kind, appliedOn };
  context.later(random.int(3, 20), () => receiveCertificate(context, appliedOn.addDays(-random.int(5, 40)).toString()));
  context.later(random.int(35, 100), () => decideApplication(context, kind));
}

function receiveCertificate(context: StoryContext, issuedOn: string): void {
  const author = context.random.chance(0.3) ? REGION_OREBRO : 'FK';
  const certificateId = context.nextId('certificate');
  context.sim.write('ReceiveMedicalCertificate', { certificateId, issuedBy: REGION_OREBRO, issuedOn }, author);
}

function decideApplication(context: StoryContext, kind: ApplicationKind): void {
  const { state } = context;
  if (refusesApplication(context, kind)) {
    rejectApplication(context, kind);
    return;
  }
  const running = state.activeDecision;
  // The domain grants a new period only once the running one has ended: the day after its last day.
  if (running) context.on(running.to.addDays(1), () => grantPeriod(context), GRANT_AFTER_PERIOD_END_MINUTE);
  else grantPeriod(context);
}

export function rejectApplication(context: StoryContext, kind: ApplicationKind): void {
  const { sim, random, state } = context;
  sim.write('RejectApplication', { reason: random.pick(PHRASES.avslagReasons) }, 'FK');
  state.pendingApplication = null;
  state.avslag++;
  state.extensionRefused = kind === 'extension';
  startLotsning(context, kind);
  if (state.activeDecision) {
    state.lastPeriod = true;
    return;
  }
  if (state.previousEnd) benefitStopped(context, 'period_expired');
  if (reappliesAfterAvslag(context, kind)) context.later(random.int(180, 420), () => receiveApplication(context, kind));
}

const YEARS = { one: 1, two: 2, three: 3 } as const;

/** FK grants the pending application: a grade and a period the domain's rules allow. */
export function grantPeriod(context: StoryContext): void {
  const { sim, random, state } = context;
  const pending = state.pendingApplication;
  if (!pending) return;
  const start = periodStart(context, pending.kind, pending.appliedOn);
  const period = choosePeriod(context, start, YEARS[random.weighted(PERIOD_YEARS)], periodEndCap(context));
  if (!period) {
    rejectApplication(context, pending.kind); // not even a year fits before the 30th birthday
    return;
  }
  const decisionId = context.nextId('decision');
  const grade = random.weighted(GRADE);
  sim.write('GrantDecision', { decisionId, grade, from: period.from.toString(), to: period.to.toString() }, 'FK');
  state.pendingApplication = null;
  state.activeDecision = { decisionId, from: period.from, to: period.to };
  state.previousEnd = period.to;
  state.granted++;
  state.extensionRefused = false;
  state.ended = null;
  context.on(period.to.addDays(1), () => endPeriod(context, decisionId), PERIOD_END_MINUTE);
  planWhatFollows(context, period.to);
  if (!state.supportStarted) {
    state.supportStarted = true;
    startSupport(context);
  }
}

/** An extension follows the previous period; a first period starts the month after applying, from July of the 19th year. */
function periodStart(context: StoryContext, kind: 'first_time' | 'extension', appliedOn: CalendarDate): CalendarDate {
  const { previousEnd } = context.state;
  const start =
    kind === 'extension' && previousEnd
      ? laterOf(previousEnd.addDays(1), firstDayOfMonth(appliedOn))
      : firstDayOfMonth(appliedOn).addMonths(1);
  return laterOf(start, context.limits.earliestStart);
}

function planWhatFollows(context: StoryContext, to: CalendarDate): void {
  const { random, state } = context;
  if (!choosePeriod(context, to.addDays(1), 1)) {
    state.lastPeriod = true; // the 30th birthday comes before another year could
    return;
  }
  if (movesOnAfter(context, to)) {
    state.lastPeriod = true;
    state.movingOn = true;
    return;
  }
  const daysBefore = random.int(EXTENSION_APPLIED_DAYS_BEFORE_END.min, EXTENSION_APPLIED_DAYS_BEFORE_END.max);
  context.on(to.addDays(-daysBefore), () => receiveApplication(context, 'extension'));
}

function endPeriod(context: StoryContext, decisionId: string): void {
  const { sim, state } = context;
  const decision = state.activeDecision;
  if (decision?.decisionId !== decisionId) return;
  const reason = decision.to.equals(context.limits.latestEnd) ? 'turned_30' : 'period_expired';
  sim.write('EndBenefit', { reason }, 'FK');
  state.activeDecision = null;
  if (!state.pendingApplication) benefitStopped(context, reason);
}
