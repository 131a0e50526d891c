import type { DomainEvent } from '../shared/domain-event';
import { NO_ONE, type EventFactsTable } from '../shared/event-facts';

/** The person's personal data was erased: their data key goes, every sealed field reads as null, read models forget what they derived. */
export type PersonalDataErased = DomainEvent<'PersonalDataErased', Record<string, never>>;

export type ErasureEvent = PersonalDataErased;

export const ERASURE_EVENT_FACTS = {
  PersonalDataErased: {
    category: 'identity',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Personuppgifterna raderades', en: 'Personal data erased' },
  },
} satisfies EventFactsTable<ErasureEvent>;
