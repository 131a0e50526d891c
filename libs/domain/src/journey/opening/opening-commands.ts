import type { DomainCommand } from '../shared/domain-command';
import { agencies, EVERY_AGENCY, type WritePolicyTable } from '../../access/write-rules';

export type OpenJourney = DomainCommand<'OpenJourney', { personnummer: string; homeKommun: string }>;

export type ChangeHomeKommun = DomainCommand<'ChangeHomeKommun', { homeKommun: string }>;

export type OpeningCommand = OpenJourney | ChangeHomeKommun;

export const OPENING_WRITE_POLICY = {
  OpenJourney: EVERY_AGENCY,
  ChangeHomeKommun: agencies('FK', 'KOMMUN'),
} satisfies WritePolicyTable<OpeningCommand>;
