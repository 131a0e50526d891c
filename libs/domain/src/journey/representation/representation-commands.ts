import type { RepresentativeKind } from '../vocabulary';
import type { DomainCommand } from '../shared/domain-command';
import { PERSON_AND_REPRESENTATIVE, type WritePolicyTable } from '../../access/write-rules';

export type AppointRepresentative = DomainCommand<
  'AppointRepresentative',
  { representativeId: string; kind: RepresentativeKind; name: string; contact: string }
>;

export type RemoveRepresentative = DomainCommand<'RemoveRepresentative', { representativeId: string }>;

export type RepresentationCommand = AppointRepresentative | RemoveRepresentative;

export const REPRESENTATION_WRITE_POLICY = {
  AppointRepresentative: PERSON_AND_REPRESENTATIVE,
  RemoveRepresentative: PERSON_AND_REPRESENTATIVE,
} satisfies WritePolicyTable<RepresentationCommand>;
