import type { ReferralHelp, SupportChannel, SupportDeclineReason } from '../vocabulary';
import type { DomainEvent, OrganisationRef } from './domain-event';

export type SupportOffered = DomainEvent<'SupportOffered', { channel: SupportChannel }>;

export type SupportAccepted = DomainEvent<'SupportAccepted', Record<string, never>>;

/** Ends FK's lotsning. */
export type SupportDeclined = DomainEvent<'SupportDeclined', { reason: SupportDeclineReason }>;

export type ContactAttemptFailed = DomainEvent<'ContactAttemptFailed', { channel: SupportChannel; attempt: number }>;

/** The person could not be reached despite repeated attempts; ends FK's lotsning. */
export type LotsningClosed = DomainEvent<'LotsningClosed', { reason: 'unreachable'; failedAttempts: number }>;

export type ReferralMade = DomainEvent<'ReferralMade', { referralId: string; to: OrganisationRef; help: ReferralHelp }>;

/** The person has accepted support and reached the actor: ends FK's lotsning. */
export type ContactEstablished = DomainEvent<'ContactEstablished', { with: OrganisationRef }>;
