import {
  consentIsValidOn,
  swedishDate,
  swedishLocalTime,
  type ActiveJourney,
  type ConsentEvidence,
  type ContactRole,
  type DataCategory,
  type GradeName,
  type InsatsType,
  type IsoDate,
  type IsoTimestamp,
  type MeetingKind,
  type OrganisationRef,
} from '@samsyn/domain';
import { daysBetween } from '../dates';
import { nextMeeting } from './next-meeting';
import { whatHappensNext, type PlainText } from './what-happens-next';

export interface MinPlan {
  decision: { grade: GradeName; from: IsoDate; to: IsoDate; daysLeft: number } | null;
  contacts: { organisation: OrganisationRef; role: ContactRole; name: string | null; phone: string | null }[];
  activeInsatser: {
    insatsId: string;
    insatsType: InsatsType;
    provider: OrganisationRef;
    startDate: IsoDate;
    plannedEnd: IsoDate | null;
    paused: boolean;
  }[];
  /** `at` in Swedish local time with its offset. */
  nextMeeting: { meetingId: string; kind: MeetingKind; at: IsoTimestamp; participants: OrganisationRef[] } | null;
  goals: string[];
  strengths: string[];
  nextFollowUp: IsoDate | null;
  whatHappensNext: PlainText[];
  consents: MinPlanConsent[];
}

/** Every consent recorded for the person, by whom and on what evidence, so none can be recorded behind their back. */
export interface MinPlanConsent {
  consentId: string;
  organisations: OrganisationRef[];
  categories: DataCategory[];
  purpose: string | null;
  validFrom: IsoDate;
  validTo: IsoDate;
  withdrawn: boolean;
  validToday: boolean;
  recordedBy: OrganisationRef | null;
  evidence: ConsentEvidence | null;
}

/**
 * "Min plan": the person's own view of their journey, from the state the domain folds from their stream.
 * Built on read, so it is never behind, and erased personal fields are simply absent.
 */
export function minPlanOf(state: ActiveJourney, now: IsoTimestamp): MinPlan {
  const today = swedishDate(now);
  const decision = state.activeDecision;
  const next = nextMeeting(state, now);
  return {
    decision: decision && {
      grade: decision.grade,
      from: decision.from,
      to: decision.to,
      daysLeft: Math.max(0, daysBetween(today, decision.to)),
    },
    contacts: Object.values(state.contactPersons).map(({ organisation, role, name, phone }) => ({
      organisation,
      role,
      name,
      phone,
    })),
    activeInsatser: Object.entries(state.insatser)
      .filter(([, insats]) => insats.status !== 'ended')
      .map(([insatsId, insats]) => ({
        insatsId,
        insatsType: insats.insatsType,
        provider: insats.provider,
        startDate: insats.startDate,
        plannedEnd: insats.plannedEnd,
        paused: insats.status === 'paused',
      })),
    nextMeeting: next
      ? {
          meetingId: next.meetingId,
          kind: next.meeting.kind,
          at: swedishLocalTime(next.meeting.at),
          participants: [...next.meeting.participants],
        }
      : null,
    goals: [...(state.plan?.goals ?? [])],
    strengths: [...(state.plan?.strengths ?? [])],
    nextFollowUp: state.plan?.nextFollowUp ?? null,
    whatHappensNext: whatHappensNext(state, now),
    consents: Object.entries(state.consents).map(([consentId, consent]) => ({
      consentId,
      organisations: [...consent.organisations],
      categories: [...consent.categories],
      purpose: consent.purpose,
      validFrom: consent.validFrom,
      validTo: consent.validTo,
      withdrawn: consent.withdrawn,
      validToday: consentIsValidOn(consent, today),
      recordedBy: consent.recordedBy,
      evidence: consent.evidence,
    })),
  };
}
