import type { ContactRole } from '../vocabulary';
import type { DomainEvent, OrganisationRef } from './domain-event';

export interface ContactDetails {
  readonly name: string;
  readonly phone: string;
}

export type ContactPersonAssigned = DomainEvent<
  'ContactPersonAssigned',
  { organisation: OrganisationRef; role: ContactRole; name: string; phone: string }
>;

export type ContactPersonChanged = DomainEvent<
  'ContactPersonChanged',
  {
    organisation: OrganisationRef;
    role: ContactRole;
    from: ContactDetails;
    to: ContactDetails;
    reason: string;
    personInformed: boolean;
  }
>;
