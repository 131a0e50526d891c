export const REPRESENTATIVE_KINDS = ['ombud', 'god_man', 'stallforetradare'] as const;
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number];

/** What an organisation recording a consent on the person's behalf can show for it. */
export const CONSENT_EVIDENCE_KINDS = ['signed_form', 'recorded_meeting'] as const;
export type ConsentEvidenceKind = (typeof CONSENT_EVIDENCE_KINDS)[number];

export const APPLICATION_KINDS = ['first_time', 'extension'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

/** How the person supports themselves when applying. */
export const CURRENT_SUPPORTS = [
  'aktivitetsersattning',
  'sjukpenning',
  'forsorjningsstod',
  'studiemedel',
  'employment',
  'family',
  'none',
  'other',
] as const;
export type CurrentSupport = (typeof CURRENT_SUPPORTS)[number];

export const BENEFIT_END_REASONS = ['period_expired', 'turned_30', 'other'] as const;
export type BenefitEndReason = (typeof BENEFIT_END_REASONS)[number];

export const SUPPORT_CHANNELS = ['phone', 'letter', 'digital', 'meeting'] as const;
export type SupportChannel = (typeof SUPPORT_CHANNELS)[number];

export const SUPPORT_DECLINE_REASONS = [
  'already_has_support',
  'has_representative',
  'not_interested',
  'other',
] as const;
export type SupportDeclineReason = (typeof SUPPORT_DECLINE_REASONS)[number];

export const REFERRAL_HELP = ['information', 'contact_details', 'booked_meeting'] as const;
export type ReferralHelp = (typeof REFERRAL_HELP)[number];

export const MEETING_KINDS = [
  'omstallningsmote',
  'gemensam_kartlaggning',
  'trepartssamtal',
  'sip',
  'follow_up',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_CANCEL_REASONS = ['person_cancelled', 'organisation_cancelled', 'person_did_not_come'] as const;
export type MeetingCancelReason = (typeof MEETING_CANCEL_REASONS)[number];

export const JOB_SEEKER_DEREGISTRATION_REASONS = ['work', 'studies', 'own_request', 'other'] as const;
export type JobSeekerDeregistrationReason = (typeof JOB_SEEKER_DEREGISTRATION_REASONS)[number];

export const INSATS_TYPES = [
  'forstegsverksamhet',
  'arbetslivsinriktad',
  'arbetstraning',
  'arbetsprovning',
  'daglig_verksamhet',
  'boendestod',
  'daglig_sysselsattning',
  'ips',
  'coaching',
  'other',
] as const;
export type InsatsType = (typeof INSATS_TYPES)[number];

export const INSATS_END_REASONS = [
  'completed',
  'moved_on',
  'dropped_out',
  'interrupted_benefit_ended',
  'interrupted_contract_ended',
] as const;
export type InsatsEndReason = (typeof INSATS_END_REASONS)[number];

export const CONTACT_ROLES = [
  'handlaggare',
  'forsakringsutredare',
  'arbetsformedlare',
  'bistandshandlaggare',
  'boendestodjare',
  'personligt_ombud',
  'kontaktperson',
  'rehabiliteringskoordinator',
  'kurator',
  'coach',
  'handledare',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const OUTCOME_KINDS = ['work', 'studies', 'job_seeking', 'sickness_benefit'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** What an event tells about the person; access and consent are granted per category. */
export const DATA_CATEGORIES = [
  'identity',
  'representation',
  'consent',
  'benefit',
  'health',
  'lotsning',
  'meeting',
  'job_seeking',
  'insats',
  'contact',
  'plan',
  'outcome',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
