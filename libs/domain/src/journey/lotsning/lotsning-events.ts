import type { ReferralHelp, SupportChannel, SupportDeclineReason } from '../vocabulary';
import type { DomainEvent, OrganisationRef } from '../shared/domain-event';
import { LOTSNING_OWNER, type EventFactsTable } from '../shared/event-facts';

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

export type LotsningEvent =
  | SupportOffered
  | SupportAccepted
  | SupportDeclined
  | ContactAttemptFailed
  | LotsningClosed
  | ReferralMade
  | ContactEstablished;

const LOTSNING_OWNER_ONLY = (): readonly OrganisationRef[] => [LOTSNING_OWNER];

export const LOTSNING_EVENT_FACTS = {
  SupportOffered: {
    category: 'lotsning',
    personalFields: [],
    drawsIn: LOTSNING_OWNER_ONLY,
    timeline: {
      sv: 'Försäkringskassan erbjöd stöd att hitta rätt kontakt',
      en: 'Försäkringskassan offered help finding the right contact',
    },
  },
  SupportAccepted: {
    category: 'lotsning',
    personalFields: [],
    drawsIn: LOTSNING_OWNER_ONLY,
    timeline: { sv: 'Stödet togs emot', en: 'The help was accepted' },
  },
  SupportDeclined: {
    category: 'lotsning',
    personalFields: [],
    drawsIn: LOTSNING_OWNER_ONLY,
    timeline: { sv: 'Stödet avböjdes', en: 'The help was declined' },
  },
  ContactAttemptFailed: {
    category: 'lotsning',
    personalFields: [],
    drawsIn: LOTSNING_OWNER_ONLY,
    timeline: { sv: 'Försäkringskassan försökte nå personen', en: 'Försäkringskassan tried to reach the person' },
  },
  LotsningClosed: {
    category: 'lotsning',
    personalFields: [],
    drawsIn: LOTSNING_OWNER_ONLY,
    timeline: { sv: 'Lotsningen avslutades utan kontakt', en: 'The guidance was closed without contact' },
  },
  ReferralMade: {
    category: 'lotsning',
    personalFields: [],
    drawsIn: ({ data }) => [LOTSNING_OWNER, data.to],
    timeline: { sv: 'Hänvisning till en annan aktör', en: 'Referred to another organisation' },
  },
  ContactEstablished: {
    category: 'lotsning',
    personalFields: [],
    drawsIn: ({ data }) => [LOTSNING_OWNER, data.with],
    timeline: {
      sv: 'Kontakt etablerad med en aktör som stöttar',
      en: 'Contact established with a supporting organisation',
    },
  },
} satisfies EventFactsTable<LotsningEvent>;
