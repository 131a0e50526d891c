import type { ReferralHelp, SupportChannel, SupportDeclineReason } from '../vocabulary';
import type { OrganisationRef } from '../events/domain-event';
import type { DomainCommand } from './domain-command';

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
