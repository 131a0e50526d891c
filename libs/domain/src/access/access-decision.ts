/** Why a viewer may see personal data. */
export const ACCESS_BASES = ['author', 'consent', 'participant', 'person', 'representative'] as const;
export type AccessBasis = (typeof ACCESS_BASES)[number];

/** Why a viewer may not; stable codes that audit logs and APIs may carry. */
export const ACCESS_DENIAL_REASONS = [
  'no_basis',
  'unknown_role',
  'erasure_only',
  'aggregates_only',
  'audit_only',
  'other_person',
  'consent_withdrawn',
  'consent_expired',
  'consent_not_yet_valid',
  'consent_other_organisation',
  'consent_other_category',
  'consent_recorded_by_reader',
  'consent_without_recorder',
] as const;
export type AccessDenialReason = (typeof ACCESS_DENIAL_REASONS)[number];

export type AccessDecision =
  | { readonly allowed: true; readonly basis: AccessBasis }
  | { readonly allowed: false; readonly reason: AccessDenialReason };

export function allow(basis: AccessBasis): AccessDecision {
  return { allowed: true, basis };
}

export function deny(reason: AccessDenialReason): AccessDecision {
  return { allowed: false, reason };
}
