import type { RepresentativeKind } from '../vocabulary';
import type { DomainEvent, Erasable } from '../shared/domain-event';
import { NO_ONE, type EventFactsTable } from '../shared/event-facts';

export type RepresentativeAppointed = DomainEvent<
  'RepresentativeAppointed',
  { representativeId: string; kind: RepresentativeKind; name: Erasable<string>; contact: Erasable<string> }
>;

export type RepresentativeRemoved = DomainEvent<
  'RepresentativeRemoved',
  { representativeId: string; kind: RepresentativeKind }
>;

export type RepresentationEvent = RepresentativeAppointed | RepresentativeRemoved;

export const REPRESENTATION_EVENT_FACTS = {
  RepresentativeAppointed: {
    category: 'representation',
    personalFields: ['name', 'contact'],
    drawsIn: NO_ONE,
    timeline: { sv: 'Ett ombud eller en god man utsågs', en: 'A representative was appointed' },
  },
  RepresentativeRemoved: {
    category: 'representation',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Ett ombud eller en god man slutade', en: 'A representative stepped down' },
  },
} satisfies EventFactsTable<RepresentationEvent>;
