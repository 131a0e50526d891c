import type { JourneyEvent } from '../journey-event';
import { requireOneOf, requirePercent } from '../shared/validation';
import { OUTCOME_KINDS } from '../vocabulary';
import type { OutcomeCommand } from './outcome-commands';

export function decideOutcome({ data }: OutcomeCommand): JourneyEvent[] {
  const kind = requireOneOf(OUTCOME_KINDS, data.kind, 'kind');
  return [
    { type: 'OutcomeRecorded', data: { kind, extentPercent: requirePercent(data.extentPercent, 'extentPercent') } },
  ];
}
