import type { ContactRole } from '../vocabulary';
import type { DomainEvent, Erasable, OrganisationRef } from '../shared/domain-event';
import { healthWhenRegion, type EventFactsTable } from '../shared/event-facts';

export interface ContactDetails {
  readonly name: Erasable<string>;
  readonly phone: Erasable<string>;
}

export type ContactPersonAssigned = DomainEvent<
  'ContactPersonAssigned',
  { organisation: OrganisationRef; role: ContactRole; name: Erasable<string>; phone: Erasable<string> }
>;

export type ContactPersonChanged = DomainEvent<
  'ContactPersonChanged',
  {
    organisation: OrganisationRef;
    role: ContactRole;
    from: ContactDetails;
    to: ContactDetails;
    reason: Erasable<string>;
    personInformed: boolean;
  }
>;

export type ContactPersonEvent = ContactPersonAssigned | ContactPersonChanged;

/** A region's contact person is healthcare staff: naming them tells about health. */
const contactCategory = ({ data }: ContactPersonEvent) => healthWhenRegion(data.organisation, 'contact');

export const CONTACT_PERSON_EVENT_FACTS = {
  ContactPersonAssigned: {
    category: contactCategory,
    personalFields: ['name', 'phone'],
    drawsIn: ({ data }) => [data.organisation],
    timeline: { sv: 'Kontaktperson utsedd', en: 'Contact person assigned' },
  },
  ContactPersonChanged: {
    category: contactCategory,
    personalFields: ['from.name', 'from.phone', 'to.name', 'to.phone', 'reason'],
    drawsIn: ({ data }) => [data.organisation],
    timeline: { sv: 'Ny kontaktperson', en: 'Contact person changed' },
  },
} satisfies EventFactsTable<ContactPersonEvent>;
