import type { CalendarDate } from '@samsyn/domain';
import { receiveApplication, rejectApplication } from './applications';
import { benefitStopped } from './benefit-stopped';
import { laterOf } from './age-limits';
import { movesOnAfter, periodEndCap } from './course';
import { choosePeriod, firstDayOfMonth, PERIOD_END_MINUTE } from './period-rules';
import { EXTENSION_APPLIED_DAYS_BEFORE_END, GRADE, PERIOD_YEARS } from './proportions';
import type { StoryContext } from './story-context';
import { startSupport } from './support';

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
