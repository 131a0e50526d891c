/**
 * Who writes in the matrix: every agency kind × every role (valid or not for that kind), and PERSON tokens of every
 * shape: the person, representatives appointed, never appointed and removed, on their own journey or another's, and
 * tokens whose role or claims PERSON does not know.
 */

export const AGENCIES = [
  'FK',
  'AF',
  'KOMMUN:1880',
  'REGION:18',
  'SAMORDNINGSFORBUND:orebro',
  'PROVIDER:activa',
] as const;
export type Agency = (typeof AGENCIES)[number];

/** A role no table names. */
export const UNKNOWN_ROLE = 'janitor';

/** The representatives of every journey a PERSON token writes to (see REPRESENTATION). */
export const APPOINTED = 'rep-1';
export const REMOVED = 'rep-gone';
export const NEVER_APPOINTED = 'rep-never';

export interface AgencyCaller {
  kind: 'agency';
  name: string;
  organisation: Agency;
  role: string;
}

/** A PERSON token; `journey` is the journey its claim names: the one written to, another person's, or none. */
export interface PersonTokenCaller {
  kind: 'person';
  name: string;
  role: string;
  journey: 'target' | 'elsewhere' | 'none';
  representativeId?: string;
}

export type WriteCaller = AgencyCaller | PersonTokenCaller;

const PERSON_TOKENS: PersonTokenCaller[] = [
  { kind: 'person', name: 'the person (own journey)', role: 'person', journey: 'target' },
  { kind: 'person', name: "the person (another person's journey)", role: 'person', journey: 'elsewhere' },
  {
    kind: 'person',
    name: `representative ${APPOINTED} (appointed)`,
    role: 'representative',
    journey: 'target',
    representativeId: APPOINTED,
  },
  {
    kind: 'person',
    name: `representative ${APPOINTED} (another person's journey)`,
    role: 'representative',
    journey: 'elsewhere',
    representativeId: APPOINTED,
  },
  {
    kind: 'person',
    name: `representative ${NEVER_APPOINTED} (never appointed)`,
    role: 'representative',
    journey: 'target',
    representativeId: NEVER_APPOINTED,
  },
  {
    kind: 'person',
    name: `representative ${REMOVED} (removed)`,
    role: 'representative',
    journey: 'target',
    representativeId: REMOVED,
  },
  { kind: 'person', name: `PERSON ${UNKNOWN_ROLE}`, role: UNKNOWN_ROLE, journey: 'target' },
  { kind: 'person', name: 'PERSON statistician', role: 'statistician', journey: 'target' },
  { kind: 'person', name: 'PERSON person without a journey', role: 'person', journey: 'none' },
  { kind: 'person', name: 'PERSON representative without a rep claim', role: 'representative', journey: 'target' },
];

/** Each agency with each of `roles`, then every PERSON token. */
export function writeCallers(roles: readonly string[]): WriteCaller[] {
  const agencyCallers = AGENCIES.flatMap((organisation) =>
    roles.map((role): WriteCaller => ({ kind: 'agency', name: `${organisation} ${role}`, organisation, role })),
  );
  return [...agencyCallers, ...PERSON_TOKENS];
}
