import type { BenefitEndReason } from '@samsyn/domain';
import { deregisterJobSeeker } from './job-seeking';
import { INSATS_INTERRUPTED_WHEN_BENEFIT_ENDS, MOVED_ON_TO, SICKNESS_BENEFIT_AFTER_30 } from './proportions';
import type { StoryContext } from './story-context';

const EXTENTS = { '25': 0.2, '50': 0.35, '75': 0.15, '100': 0.3 } as const;

/** The aktivitetsersättning has ended for good: what the seeds say follows. */
export function benefitStopped(context: StoryContext, reason: BenefitEndReason): void {
  const { random, state } = context;
  state.ended = { reason, movedOn: state.movingOn, afterExtensionAvslag: state.extensionRefused };
  interruptInsatser(context);
  if (state.movingOn) {
    state.movingOn = false;
    recordMovedOn(context);
  } else if (reason === 'turned_30' && random.chance(SICKNESS_BENEFIT_AFTER_30)) {
    context.sim.write('RecordOutcome', { kind: 'sickness_benefit', extentPercent: 100 }, 'FK');
  }
}

/** A contract that paid for the insats ends with the benefit, and so does the insats (seed 000, lines 1485–1489). */
function interruptInsatser(context: StoryContext): void {
  for (const [insatsId, insats] of context.state.insatser) {
    if (insats.status === 'ended' || !insats.dependsOnBenefit) continue;
    if (!context.random.chance(INSATS_INTERRUPTED_WHEN_BENEFIT_ENDS)) continue;
    context.later(context.random.int(1, 20), () => {
      if (insats.status === 'ended') return;
      const endDate = context.sim.day.toString();
      context.sim.write('EndInsats', { insatsId, endDate, reason: 'interrupted_benefit_ended' }, insats.provider);
      insats.status = 'ended';
    });
  }
}

function recordMovedOn(context: StoryContext): void {
  const { random, sim } = context;
  const kind = random.weighted(MOVED_ON_TO);
  sim.write('RecordOutcome', { kind, extentPercent: Number(random.weighted(EXTENTS)) }, 'FK');
  deregisterJobSeeker(context, kind);
}
