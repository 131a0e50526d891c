import type { CalendarDate, PlanContent } from '@samsyn/domain';
import { REGION_OREBRO } from '../county/orebro-organisations';
import { PHRASES } from './phrases';
import {
  CONSENT_WITHDRAWN,
  PLAN_REVISED_AT_FOLLOW_UP,
  PLAN_SHARING_CONSENT,
  SPECIAL_COMPENSATION,
} from './proportions';
import type { StoryContext } from './story-context';

const MAX_REVISIONS = 4;

/** A plan that names strengths as well as limitations (seed 000, lines 1213–1245), followed up and revised. */
export function agreePlan(context: StoryContext): void {
  const { random, sim, state } = context;
  const nextFollowUp = sim.day.addMonths(random.int(3, 6));
  sim.write('AgreePlan', planContent(context, nextFollowUp), random.chance(0.7) ? 'FK' : context.samordningsforbund);
  state.plan = true;
  context.on(nextFollowUp, () => followUp(context, 1));
  if (random.chance(PLAN_SHARING_CONSENT)) giveSharingConsent(context);
  if (random.chance(SPECIAL_COMPENSATION)) context.later(random.int(14, 60), () => grantSpecialCompensation(context));
}

function planContent(context: StoryContext, nextFollowUp: CalendarDate): PlanContent {
  const { random } = context;
  return {
    goals: random.pickSome(PHRASES.goals, random.int(1, 2)),
    steps: random.pickSome(PHRASES.planSteps, random.int(1, 2)).map((description) => ({
      description,
      responsible: random.pick(['FK', 'AF', context.samordningsforbund]),
    })),
    strengths: random.pickSome(PHRASES.strengths, random.int(1, 3)),
    limitations: random.pickSome(PHRASES.limitations, random.int(0, 2)),
    adaptations: random.pickSome(PHRASES.adaptations, random.int(1, 2)),
    overallResponsibility: 'FK',
    nextFollowUp: nextFollowUp.toString(),
  };
}

/** At each follow-up the plan is revised, or left with its follow-up date passed. */
function followUp(context: StoryContext, revision: number): void {
  const { random, sim } = context;
  if (revision > MAX_REVISIONS || !random.chance(PLAN_REVISED_AT_FOLLOW_UP)) return;
  const nextFollowUp = sim.day.addMonths(random.int(3, 6));
  sim.write('RevisePlan', planContent(context, nextFollowUp), 'FK');
  context.on(nextFollowUp, () => followUp(context, revision + 1));
}

function giveSharingConsent(context: StoryContext): void {
  const { random, sim } = context;
  const consentId = context.nextId('consent');
  const validFrom = sim.day;
  const consent = {
    consentId,
    organisations: ['AF', context.kommun, REGION_OREBRO],
    categories: ['plan', 'insats', 'benefit'] as const,
    purpose: PHRASES.consentPurposes.plan,
    validFrom: validFrom.toString(),
    validTo: validFrom.addMonths(random.int(12, 24)).toString(),
  };
  sim.write('GiveConsent', { ...consent, categories: [...consent.categories] }, 'PERSON');
  if (random.chance(CONSENT_WITHDRAWN))
    context.later(random.int(60, 300), () => sim.write('WithdrawConsent', { consentId }, 'PERSON'));
}

/** Särskild ersättning pays for an activity in the plan while a decision runs (seed 000, lines 774–784, 820–850). */
function grantSpecialCompensation(context: StoryContext): void {
  if (!context.state.plan || !context.state.activeDecision) return;
  const { purpose, amountSek } = context.random.pick(PHRASES.specialCompensations);
  context.sim.write(
    'GrantSpecialCompensation',
    { compensationId: context.nextId('compensation'), purpose, amountSek },
    'FK',
  );
}
