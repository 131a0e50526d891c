import type { DataCategory } from '../vocabulary';
import type { IsoDate, OrganisationRef } from '../shared/domain-event';
import type { DomainCommand } from '../shared/domain-command';
import type { ConsentEvidence } from './consent-events';
import { EVERY_AGENCY_AND_PERSON, type WritePolicyTable } from '../../access/write-rules';

export type GiveConsent = DomainCommand<
  'GiveConsent',
  {
    consentId: string;
    organisations: readonly OrganisationRef[];
    categories: readonly DataCategory[];
    purpose: string;
    validFrom: IsoDate;
    validTo: IsoDate;
    /** Required when an organisation records a consent the person gave it in person. */
    evidence?: ConsentEvidence | null;
  }
>;

export type WithdrawConsent = DomainCommand<'WithdrawConsent', { consentId: string }>;

export type ConsentCommand = GiveConsent | WithdrawConsent;

export const CONSENT_WRITE_POLICY = {
  GiveConsent: EVERY_AGENCY_AND_PERSON,
  WithdrawConsent: EVERY_AGENCY_AND_PERSON,
} satisfies WritePolicyTable<ConsentCommand>;
