import type { ContactRole } from '../vocabulary';
import type { DomainCommand } from './domain-command';

/** The author's own contact person for the role. */
export type AssignContactPerson = DomainCommand<
  'AssignContactPerson',
  { role: ContactRole; name: string; phone: string }
>;

/** `previousName` must name the contact person being replaced. */
export type ChangeContactPerson = DomainCommand<
  'ChangeContactPerson',
  { role: ContactRole; previousName: string; name: string; phone: string; reason: string; personInformed: boolean }
>;
