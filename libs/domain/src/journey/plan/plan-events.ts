import type { DomainEvent, Erasable, IsoDate, OrganisationRef } from '../shared/domain-event';
import { NO_ONE, type EventFactsTable } from '../shared/event-facts';

export interface PlanStep {
  readonly description: string;
  readonly responsible: OrganisationRef;
}

export interface PlanContent {
  readonly goals: readonly string[];
  readonly steps: readonly PlanStep[];
  readonly strengths: readonly string[];
  readonly limitations: readonly string[];
  readonly adaptations: readonly string[];
  readonly overallResponsibility: OrganisationRef;
  readonly nextFollowUp: IsoDate;
}

/** A plan as recorded: what tells about the person reads as null once their data is erased. */
export interface RecordedPlan {
  readonly goals: Erasable<readonly string[]>;
  readonly steps: Erasable<readonly PlanStep[]>;
  readonly strengths: Erasable<readonly string[]>;
  readonly limitations: Erasable<readonly string[]>;
  readonly adaptations: Erasable<readonly string[]>;
  readonly overallResponsibility: OrganisationRef;
  readonly nextFollowUp: IsoDate;
}

export type PlanAgreed = DomainEvent<'PlanAgreed', RecordedPlan>;

export type PlanRevised = DomainEvent<'PlanRevised', RecordedPlan>;

export type PlanEvent = PlanAgreed | PlanRevised;

export const PLAN_EVENT_FACTS = {
  PlanAgreed: {
    category: 'plan',
    personalFields: ['goals', 'steps', 'strengths', 'limitations', 'adaptations'],
    drawsIn: NO_ONE,
    timeline: { sv: 'Gemensam plan klar', en: 'Joint plan agreed' },
  },
  PlanRevised: {
    category: 'plan',
    personalFields: ['goals', 'steps', 'strengths', 'limitations', 'adaptations'],
    drawsIn: NO_ONE,
    timeline: { sv: 'Planen reviderades', en: 'The plan was revised' },
  },
} satisfies EventFactsTable<PlanEvent>;
