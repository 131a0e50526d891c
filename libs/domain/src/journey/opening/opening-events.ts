import type { DomainEvent, Erasable, IsoDate } from '../shared/domain-event';
import { NO_ONE, type EventFactsTable } from '../shared/event-facts';

/** `personnummer` in its canonical 12-digit form; `birthDate` read from it. */
export type JourneyOpened = DomainEvent<
  'JourneyOpened',
  { personnummer: Erasable<string>; birthDate: Erasable<IsoDate>; homeKommun: string }
>;

export type HomeKommunChanged = DomainEvent<'HomeKommunChanged', { from: string; to: string }>;

export type OpeningEvent = JourneyOpened | HomeKommunChanged;

export const OPENING_EVENT_FACTS = {
  JourneyOpened: {
    category: 'identity',
    personalFields: ['personnummer', 'birthDate'],
    drawsIn: NO_ONE,
    timeline: { sv: 'Resan i Samsyn startade', en: 'The journey in Samsyn started' },
  },
  HomeKommunChanged: {
    category: 'identity',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Ny hemkommun', en: 'New home municipality' },
  },
} satisfies EventFactsTable<OpeningEvent>;
