import type { ContactRole } from '../vocabulary';
import type { DomainCommand } from '../shared/domain-command';
import { EVERY_AGENCY, type WritePolicyTable } from '../../access/write-rules';

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

export type ContactPersonCommand = AssignContactPerson | ChangeContactPerson;

export const CONTACT_PERSON_WRITE_POLICY = {
  AssignContactPerson: EVERY_AGENCY,
  ChangeContactPerson: EVERY_AGENCY,
} satisfies WritePolicyTable<ContactPersonCommand>;
