import type { ApplicationKind, CurrentSupport } from '@samsyn/domain';
import { REGION_OREBRO } from '../county/orebro-organisations';
import { benefitStopped } from './benefit-stopped';
import { reappliesAfterAvslag, refusesApplication } from './course';
import { startLotsning } from './lotsning';
import { GRANT_AFTER_PERIOD_END_MINUTE } from './period-rules';
import { grantPeriod } from './periods';
import { PHRASES } from './phrases';
import type { StoryContext } from './story-context';

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
