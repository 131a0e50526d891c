import { DomainError } from '../../domain-error';
import { assertNever } from '../assert-never';
import type { AgreePlan, RecordOutcome, RevisePlan } from '../commands/plan-commands';
import type { JourneyEvent } from '../events/journey-event';
import type { PlanContent, PlanStep } from '../events/plan-events';
import type { ActiveJourney } from '../state/journey-state';
import { OUTCOME_KINDS } from '../vocabulary';
import type { DecisionContext } from './decision-context';
import { TEXT_LIMITS } from './limits';
import {
  optionalList,
  requireDate,
  requireList,
  requireOneOf,
  requireOrganisation,
  requirePercent,
  requireText,
} from './validation';

export type PlanCommand = AgreePlan | RevisePlan | RecordOutcome;

export function decidePlan(command: PlanCommand, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  switch (command.type) {
    case 'AgreePlan':
      if (state.plan)
        throw new DomainError('PLAN_ALREADY_AGREED', 'plan', 'A plan is already agreed; revise it instead');
      return [{ type: 'PlanAgreed', data: planContent(command.data, context) }];
    case 'RevisePlan':
      if (!state.plan) throw new DomainError('PLAN_NOT_AGREED', 'plan', 'No plan is agreed yet; agree one first');
      return [{ type: 'PlanRevised', data: planContent(command.data, context) }];
    case 'RecordOutcome': {
      const kind = requireOneOf(OUTCOME_KINDS, command.data.kind, 'kind');
      return [
        {
          type: 'OutcomeRecorded',
          data: { kind, extentPercent: requirePercent(command.data.extentPercent, 'extentPercent') },
        },
      ];
    }
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
