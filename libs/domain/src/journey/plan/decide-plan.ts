import { DomainError } from '../../domain-error';
import { assertNever } from '../shared/assert-never';
import type { PlanCommand } from './plan-commands';
import type { JourneyEvent } from '../journey-event';
import type { PlanContent, PlanStep } from './plan-events';
import type { ActiveJourney } from '../shared/journey-state';
import type { DecisionContext } from '../shared/decision-context';
import { TEXT_LIMITS } from '../shared/limits';
import { optionalList, requireDate, requireList, requireOrganisation, requireText } from '../shared/validation';

export function decidePlan(command: PlanCommand, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  switch (command.type) {
    case 'AgreePlan':
      if (state.plan)
        throw new DomainError('PLAN_ALREADY_AGREED', 'plan', 'A plan is already agreed; revise it instead');
      return [{ type: 'PlanAgreed', data: planContent(command.data, context) }];
    case 'RevisePlan':
      if (!state.plan) throw new DomainError('PLAN_NOT_AGREED', 'plan', 'No plan is agreed yet; agree one first');
      return [{ type: 'PlanRevised', data: planContent(command.data, context) }];
    default:
      return assertNever(command);
  }
}

/** A plan names the person's strengths, not only their limitations. */
function planContent(data: PlanContent, { today }: DecisionContext): PlanContent {
  const item = (value: string, field: string) => requireText(value, field, TEXT_LIMITS.listItem);
  if (data.strengths.length === 0) {
    throw new DomainError(
      'PLAN_STRENGTHS_REQUIRED',
      'strengths',
      "A plan must record at least one of the person's strengths",
    );
  }
  const nextFollowUp = requireDate(data.nextFollowUp, 'nextFollowUp');
  if (nextFollowUp < today) {
    throw new DomainError(
      'PLAN_FOLLOW_UP_IN_PAST',
      'nextFollowUp',
      `The next follow-up ${nextFollowUp} is before today, ${today}`,
    );
  }
  return {
    goals: requireList(data.goals, 'goals', item),
    steps: optionalList(data.steps, 'steps', step),
    strengths: requireList(data.strengths, 'strengths', item),
    limitations: optionalList(data.limitations, 'limitations', item),
    adaptations: optionalList(data.adaptations, 'adaptations', item),
    overallResponsibility: requireOrganisation(data.overallResponsibility, 'overallResponsibility').toString(),
    nextFollowUp,
  };
}

function step(value: PlanStep, field: string): PlanStep {
  return {
    description: requireText(value.description, `${field}.description`, TEXT_LIMITS.listItem),
    responsible: requireOrganisation(value.responsible, `${field}.responsible`).toString(),
  };
}
