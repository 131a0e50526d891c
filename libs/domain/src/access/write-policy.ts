import { DomainError } from '../domain-error';
import { BENEFIT_WRITE_POLICY } from '../journey/benefit/benefit-commands';
import { CONSENT_WRITE_POLICY, type GiveConsent } from '../journey/consent/consent-commands';
import { CONTACT_PERSON_WRITE_POLICY } from '../journey/contact-person/contact-person-commands';
import { ERASURE_WRITE_POLICY } from '../journey/erasure/erasure-commands';
import { INSATS_WRITE_POLICY } from '../journey/insats/insats-commands';
import { JOB_SEEKING_WRITE_POLICY } from '../journey/job-seeking/job-seeking-commands';
import type { JourneyCommand, JourneyCommandType } from '../journey/journey-command';
import { LOTSNING_WRITE_POLICY } from '../journey/lotsning/lotsning-commands';
import { MEETING_WRITE_POLICY } from '../journey/meeting/meeting-commands';
import { OPENING_WRITE_POLICY } from '../journey/opening/opening-commands';
import { OUTCOME_WRITE_POLICY } from '../journey/outcome/outcome-commands';
import { PLAN_WRITE_POLICY } from '../journey/plan/plan-commands';
import { REPRESENTATION_WRITE_POLICY } from '../journey/representation/representation-commands';
import { assertNever } from '../journey/shared/assert-never';
import type { OrganisationRef } from '../journey/shared/domain-event';
import { Organisation, type OrganisationKind } from '../value-objects/organisation';
import { AGENCY_KINDS, type AgencyKind } from './roles';
import type { WritePolicyTable, WriteRule } from './write-rules';

export type { WritePolicyTable, WriteRule };
import { viewerKindOf, type Viewer } from './viewer';

/** Everything that changes a journey: its commands, erasing the person's personal data among them. */
export type WriteAction = JourneyCommandType;

/**
 * Who may write what, deny by default: the agencies' caseworkers the commands their agency owns; the person and an
 * appointed representative their own consent and representation; a privacy officer only erasure; statisticians
 * and auditors nothing. Some commands narrow this further from the journey's state (an insats's provider, a
 * meeting's participants): those are the domain's rules, not the policy's. Each topic's rows sit beside its commands.
 */
export const WRITE_POLICY: WritePolicyTable<JourneyCommand> = {
  ...OPENING_WRITE_POLICY,
  ...REPRESENTATION_WRITE_POLICY,
  ...CONSENT_WRITE_POLICY,
  ...ERASURE_WRITE_POLICY,
  ...BENEFIT_WRITE_POLICY,
  ...LOTSNING_WRITE_POLICY,
  ...MEETING_WRITE_POLICY,
  ...JOB_SEEKING_WRITE_POLICY,
  ...INSATS_WRITE_POLICY,
  ...CONTACT_PERSON_WRITE_POLICY,
  ...PLAN_WRITE_POLICY,
  ...OUTCOME_WRITE_POLICY,
};

/** Why a write is refused; each is a DomainError code of kind `forbidden`. */
export const WRITE_DENIAL_REASONS = [
  'UNKNOWN_ROLE',
  'AGGREGATES_ONLY',
  'AUDIT_ONLY',
  'ERASURE_ONLY',
  'PRIVACY_OFFICER_ONLY',
  'OTHER_PERSON',
  'NOT_FOR_PERSON',
  'REPRESENTATIVE_NOT_APPOINTED',
  'COMMAND_OF_OTHER_ORGANISATION',
  'CONSENT_EVIDENCE_REQUIRED',
  'CONSENT_NAMES_RECORDER',
] as const;
export type WriteDenialReason = (typeof WRITE_DENIAL_REASONS)[number];

export type WriteDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: WriteDenialReason };

/** One write as the policy sees it: what, with which data, to which journey (none yet for OpenJourney). */
export interface WriteRequest {
  readonly action: WriteAction;
  readonly data?: unknown;
  readonly journeyId?: string;
}

const ALLOWED: WriteDecision = { allowed: true };
const refuse = (reason: WriteDenialReason): WriteDecision => ({ allowed: false, reason });

/**
 * Judged before anything of the journey is read, so a caller who may not write learns nothing about it. The one
 * part that needs the journey, whether a representative is still appointed, is {@link representativeMayWrite}.
 */
export function canWrite(writer: Viewer, request: WriteRequest): WriteDecision {
  const rule = WRITE_POLICY[request.action];
  const kind = viewerKindOf(writer);
  switch (kind.kind) {
    case 'unknown':
      return refuse('UNKNOWN_ROLE');
    case 'statistician':
      return refuse('AGGREGATES_ONLY');
    case 'auditor':
      return refuse('AUDIT_ONLY');
    case 'privacy_officer':
      return rule.privacyOfficer ? ALLOWED : refuse('ERASURE_ONLY');
    case 'person':
    case 'representative':
      if (request.journeyId === undefined) return refuse('NOT_FOR_PERSON');
      if (request.journeyId !== kind.journeyId) return refuse('OTHER_PERSON');
      if (rule.person === 'no' || (rule.person === 'person_only' && kind.kind === 'representative'))
        return refuse('NOT_FOR_PERSON');
      return ALLOWED;
    case 'agency':
      return agencyMayWrite(kind.organisation, kind.agencyKind, request);
    default:
      return assertNever(kind);
  }
}

/**
 * What an organisation may write, from its kind and the command's data alone: the domain's decide() judges this
 * for every command, so no path around the GraphQL layer (imports, demo data) escapes it.
 */
export function organisationMayWrite(author: Organisation, request: WriteRequest): WriteDecision {
  if (author.kind === 'PERSON')
    return WRITE_POLICY[request.action].person === 'no' ? refuse('NOT_FOR_PERSON') : ALLOWED;
  // A privacy officer writes as their agency: which role wrote is the role-aware canWrite's to judge.
  if (WRITE_POLICY[request.action].privacyOfficer) return ALLOWED;
  return agencyMayWrite(author.toString(), author.kind, request);
}

function agencyMayWrite(organisation: OrganisationRef, kind: AgencyKind, request: WriteRequest): WriteDecision {
  const rule = WRITE_POLICY[request.action];
  if (!rule.agencies.includes(kind))
    return refuse(rule.privacyOfficer ? 'PRIVACY_OFFICER_ONLY' : 'COMMAND_OF_OTHER_ORGANISATION');
  if (request.action === 'GiveConsent')
    return consentRecordedByOrganisation(organisation, request.data as GiveConsent['data'] | undefined);
  return ALLOWED;
}

/** An organisation records a consent the person gave it in person only with evidence, and never for itself. */
function consentRecordedByOrganisation(
  organisation: OrganisationRef,
  data: Partial<GiveConsent['data']> | undefined,
): WriteDecision {
  if (!data?.evidence) return refuse('CONSENT_EVIDENCE_REQUIRED');
  const receivers = Array.isArray(data.organisations) ? data.organisations : [];
  return receivers.some((receiver) => sameOrganisation(receiver, organisation))
    ? refuse('CONSENT_NAMES_RECORDER')
    : ALLOWED;
}

/** Compared in canonical form; a receiver that is no organisation is refused by decide() as bad input. */
function sameOrganisation(text: unknown, organisation: OrganisationRef): boolean {
  if (typeof text !== 'string') return false;
  try {
    return Organisation.parse(text).toString() === organisation;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/** A representative writes only while appointed on the journey; no journey means not appointed. */
export function representativeMayWrite(
  writer: Viewer,
  representatives: Readonly<Record<string, unknown>> | null,
): WriteDecision {
  const kind = viewerKindOf(writer);
  if (kind.kind !== 'representative') return ALLOWED;
  return representatives && Object.hasOwn(representatives, kind.representativeId)
    ? ALLOWED
    : refuse('REPRESENTATIVE_NOT_APPOINTED');
}

/** Throws the refusal as a DomainError (kind `forbidden`, code = the reason). */
export function requireWrite(decision: WriteDecision, action: WriteAction, who: string): void {
  if (!decision.allowed)
    throw new DomainError(decision.reason, 'metadata.author', `${who} may not write ${action}: ${decision.reason}`);
}

/** The organisation kinds that may author each command at all: what decide() can check without a role. */
export function authorKindsOf(action: WriteAction): readonly OrganisationKind[] {
  const rule = WRITE_POLICY[action];
  const agencies = rule.privacyOfficer ? AGENCY_KINDS : rule.agencies;
  return rule.person === 'no' ? agencies : [...agencies, 'PERSON'];
}
