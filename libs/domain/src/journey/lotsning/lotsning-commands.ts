import type { ReferralHelp, SupportChannel, SupportDeclineReason } from '../vocabulary';
import type { OrganisationRef } from '../shared/domain-event';
import type { DomainCommand } from '../shared/domain-command';
import { agencies, EVERY_AGENCY, type WritePolicyTable } from '../../access/write-rules';

export type OfferSupport = DomainCommand<'OfferSupport', { channel: SupportChannel }>;

export type AcceptSupport = DomainCommand<'AcceptSupport', Record<string, never>>;

export type DeclineSupport = DomainCommand<'DeclineSupport', { reason: SupportDeclineReason }>;

export type RecordFailedContactAttempt = DomainCommand<'RecordFailedContactAttempt', { channel: SupportChannel }>;

export type CloseLotsning = DomainCommand<'CloseLotsning', Record<string, never>>;

export type MakeReferral = DomainCommand<
  'MakeReferral',
  { referralId: string; to: OrganisationRef; help: ReferralHelp }
>;

export type EstablishContact = DomainCommand<'EstablishContact', { with: OrganisationRef }>;

export type LotsningCommand =
  | OfferSupport
  | AcceptSupport
  | DeclineSupport
  | RecordFailedContactAttempt
  | CloseLotsning
  | MakeReferral
  | EstablishContact;

export const LOTSNING_WRITE_POLICY = {
  OfferSupport: agencies('FK'),
  AcceptSupport: { agencies: ['FK'], person: 'person_and_representative' },
  DeclineSupport: { agencies: ['FK'], person: 'person_and_representative' },
  RecordFailedContactAttempt: agencies('FK'),
  CloseLotsning: agencies('FK'),
  MakeReferral: agencies('FK'),
  EstablishContact: EVERY_AGENCY,
} satisfies WritePolicyTable<LotsningCommand>;
