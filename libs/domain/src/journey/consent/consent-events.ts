import type { ConsentEvidenceKind, DataCategory } from '../vocabulary';
import type { DomainEvent, Erasable, IsoDate, OrganisationRef } from '../shared/domain-event';
import { NO_ONE, type EventFactsTable } from '../shared/event-facts';

/** What an organisation shows for a consent the person gave it in person: a signed form, a recorded meeting. */
export interface ConsentEvidence {
  readonly kind: ConsentEvidenceKind;
  readonly reference: string;
}

/**
 * `recordedBy` is `PERSON` when the person or their representative gave it with their own token, otherwise the
 * organisation that recorded it with `evidence`; a consent never counts toward its recorder's own access.
 * Events from before `recordedBy` existed lack it, and count toward no one's.
 */
export type ConsentGiven = DomainEvent<
  'ConsentGiven',
  {
    consentId: string;
    organisations: readonly OrganisationRef[];
    categories: readonly DataCategory[];
    purpose: Erasable<string>;
    validFrom: IsoDate;
    validTo: IsoDate;
    recordedBy?: OrganisationRef;
    evidence?: ConsentEvidence | null;
  }
>;

export type ConsentWithdrawn = DomainEvent<'ConsentWithdrawn', { consentId: string }>;

export type ConsentEvent = ConsentGiven | ConsentWithdrawn;

export const CONSENT_EVENT_FACTS = {
  ConsentGiven: {
    category: 'consent',
    personalFields: ['purpose', 'evidence'],
    drawsIn: NO_ONE,
    timeline: { sv: 'Samtycke lämnades', en: 'Consent was given' },
  },
  ConsentWithdrawn: {
    category: 'consent',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Samtycke togs tillbaka', en: 'Consent was withdrawn' },
  },
} satisfies EventFactsTable<ConsentEvent>;
