import type { CalendarDate, InsatsEndReason } from '@samsyn/domain';
import { assignContactPerson } from './contact-persons';
import { INSATS_PROFILES, type InsatsKind } from './insats-kinds';
import { holdJointMapping, holdTrepartssamtal } from './meetings';
import { registerJobSeeker } from './job-seeking';
import { PHRASES } from './phrases';
import { INSATS_DROPPED_OUT, INSATS_PAUSED, INSATS_RESUMED, TREPARTSSAMTAL } from './proportions';
import type { InsatsInStory, StoryContext } from './story-context';

const EXTENT_PERCENT = { '25': 0.3, '50': 0.4, '75': 0.15, '100': 0.15 } as const;

/** An insats begins, through a joint mapping when it is one of FK and AF's joint programmes. */
export function startInsats(context: StoryContext, kind: InsatsKind): void {
  const profile = INSATS_PROFILES[kind];
  if (profile.dependsOnBenefit && !context.state.activeDecision) return;
  if (profile.throughJointMapping) holdJointMapping(context, () => beginInsats(context, kind));
  else beginInsats(context, kind);
}

function beginInsats(context: StoryContext, kind: InsatsKind): void {
  const { random, sim, state } = context;
  const profile = INSATS_PROFILES[kind];
  const provider = profile.provider(context);
  const orderedBy = profile.orderedBy(context);
  if (profile.needsJobSeeker) registerJobSeeker(context);
  if (provider === context.kommun) assignContactPerson(context, context.kommun, 'bistandshandlaggare');
  const insatsId = context.nextId('insats');
  const startDate = sim.day;
  const plannedEnd = profile.months ? startDate.addMonths(random.int(...profile.months)) : null;
  sim.write(
    'StartInsats',
    {
      insatsId,
      insatsType: profile.insatsType,
      provider,
      kommun: context.person.kommunkod,
      extentPercent: Number(random.weighted(EXTENT_PERCENT)),
      startDate: startDate.toString(),
      plannedEnd: plannedEnd?.toString() ?? null,
    },
    orderedBy,
  );
  const insats: InsatsInStory = { provider, dependsOnBenefit: profile.dependsOnBenefit, status: 'running' };
  state.insatser.set(insatsId, insats);
  assignContactPerson(context, provider, profile.contactRole);
  planLifecycle(context, insatsId, insats, startDate, plannedEnd);
  const agencyLed = provider === 'AF' || provider === context.kommun;
  if (!agencyLed && random.chance(TREPARTSSAMTAL)) {
    context.later(random.int(20, 60), () => holdTrepartssamtal(context, provider, orderedBy));
  }
}

/** Paused and resumed now and then, ended as planned, dropped, or left running. */
function planLifecycle(
  context: StoryContext,
  insatsId: string,
  insats: InsatsInStory,
  start: CalendarDate,
  plannedEnd: CalendarDate | null,
): void {
  const { random } = context;
  const span = Math.max(60, start.daysUntil(plannedEnd ?? start.addMonths(random.int(6, 36))));
  const end = (day: CalendarDate, reason: InsatsEndReason) =>
    context.on(day, () => endInsats(context, insatsId, insats, reason));
  if (random.chance(INSATS_PAUSED)) {
    context.on(start.addDays(random.int(30, Math.floor(span / 2))), () => pauseInsats(context, insatsId, insats));
  }
  if (random.chance(INSATS_DROPPED_OUT)) end(start.addDays(random.int(30, span)), 'dropped_out');
  else if (plannedEnd) end(plannedEnd, random.pick(['completed', 'moved_on'] as const));
  else if (random.chance(0.3)) end(start.addDays(span), 'moved_on');
}

function pauseInsats(context: StoryContext, insatsId: string, insats: InsatsInStory): void {
  const { random, sim } = context;
  if (insats.status !== 'running') return;
  sim.write('PauseInsats', { insatsId, reason: random.pick(PHRASES.pauseReasons) }, insats.provider);
  insats.status = 'paused';
  if (!random.chance(INSATS_RESUMED)) return;
  context.later(random.int(14, 60), () => {
    if (insats.status !== 'paused') return;
    sim.write('ResumeInsats', { insatsId }, insats.provider);
    insats.status = 'running';
  });
}

function endInsats(context: StoryContext, insatsId: string, insats: InsatsInStory, reason: InsatsEndReason): void {
  if (insats.status === 'ended') return;
  context.sim.write('EndInsats', { insatsId, endDate: context.sim.day.toString(), reason }, insats.provider);
  insats.status = 'ended';
}
