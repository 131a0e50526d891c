import type { OutcomeKind } from '../vocabulary';
import type { DomainEvent } from '../shared/domain-event';
import { NO_ONE, type EventFactsTable } from '../shared/event-facts';

export type OutcomeRecorded = DomainEvent<'OutcomeRecorded', { kind: OutcomeKind; extentPercent: number }>;

export type OutcomeEvent = OutcomeRecorded;

export const OUTCOME_EVENT_FACTS = {
  OutcomeRecorded: {
    category: 'outcome',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Nästa steg: arbete, studier eller annat', en: 'Next step: work, studies or other' },
  },
} satisfies EventFactsTable<OutcomeEvent>;
