import type { GradeName } from '../../value-objects/grade';
import type { ApplicationKind, BenefitEndReason, CurrentSupport, InsatsType } from '../vocabulary';
import type { DomainEvent, Erasable, IsoDate, OrganisationRef } from '../shared/domain-event';
import { NO_ONE, type EventFactsTable } from '../shared/event-facts';

export type ApplicationReceived = DomainEvent<
  'ApplicationReceived',
  { applicationId: string; kind: ApplicationKind; currentSupport: CurrentSupport }
>;

export type MedicalCertificateReceived = DomainEvent<
  'MedicalCertificateReceived',
  { certificateId: string; issuedBy: OrganisationRef; issuedOn: IsoDate }
>;

export type DecisionGranted = DomainEvent<
  'DecisionGranted',
  { decisionId: string; applicationId: string; grade: GradeName; period: { from: IsoDate; to: IsoDate } }
>;

/** Avslag: opens FK's lotsning. */
export type ApplicationRejected = DomainEvent<
  'ApplicationRejected',
  { applicationId: string; kind: ApplicationKind; reason: Erasable<string> }
>;

export interface RunningInsats {
  readonly insatsId: string;
  readonly insatsType: InsatsType;
  readonly provider: OrganisationRef;
  readonly plannedEnd: IsoDate | null;
  readonly status: 'running' | 'paused';
}

/** Names every insats not yet ended, so none is cut off silently when the money stops. */
export type BenefitEnded = DomainEvent<
  'BenefitEnded',
  { decisionId: string; reason: BenefitEndReason; runningInsatser: readonly RunningInsats[] }
>;

/** Särskild ersättning: costs of an activity inside the agreed plan. */
export type SpecialCompensationGranted = DomainEvent<
  'SpecialCompensationGranted',
  { compensationId: string; decisionId: string; purpose: Erasable<string>; amountSek: number }
>;

export type BenefitEvent =
  | ApplicationReceived
  | MedicalCertificateReceived
  | DecisionGranted
  | ApplicationRejected
  | BenefitEnded
  | SpecialCompensationGranted;

export const BENEFIT_EVENT_FACTS = {
  ApplicationReceived: {
    category: 'benefit',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Ansökan om aktivitetsersättning kom in', en: 'Application for activity compensation received' },
  },
  MedicalCertificateReceived: {
    category: 'health',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Läkarutlåtande kom in', en: 'Medical certificate received' },
  },
  DecisionGranted: {
    category: 'benefit',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Aktivitetsersättning beviljades', en: 'Activity compensation granted' },
  },
  ApplicationRejected: {
    category: 'benefit',
    personalFields: ['reason'],
    drawsIn: NO_ONE,
    timeline: { sv: 'Ansökan fick avslag', en: 'Application rejected' },
  },
  BenefitEnded: {
    category: 'benefit',
    personalFields: [],
    drawsIn: NO_ONE,
    timeline: { sv: 'Aktivitetsersättningen upphörde', en: 'Activity compensation ended' },
  },
  SpecialCompensationGranted: {
    category: 'benefit',
    personalFields: ['purpose'],
    drawsIn: NO_ONE,
    timeline: { sv: 'Särskild ersättning beviljades', en: 'Special compensation granted' },
  },
} satisfies EventFactsTable<BenefitEvent>;
