import { DomainError, Organisation, type OrganisationRef } from '@samsyn/domain';

/** Who is calling, as proven by a verified token. */
export interface Viewer {
  readonly subject: string;
  readonly organisation: OrganisationRef;
  readonly role: string;
  readonly purpose: string;
  /** Only on PERSON tokens: the journey the person (or their representative) acts for. */
  readonly journeyId?: string;
  /** Only on PERSON tokens with role `representative`: which appointed representative acts. */
  readonly representativeId?: string;
}

/** The JWT claim that carries each Viewer field. */
export const VIEWER_CLAIMS = {
  subject: 'sub',
  organisation: 'org',
  role: 'role',
  purpose: 'purpose',
  journeyId: 'journey',
  representativeId: 'rep',
} as const satisfies Record<keyof Viewer, string>;

export type ViewerClaim = (typeof VIEWER_CLAIMS)[keyof Viewer];

/** A viewer field is wrong; the message names the claim and never repeats its value. */
export class InvalidViewerError extends Error {
  constructor(
    readonly claim: ViewerClaim,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidViewerError';
  }
}

const ROLE = /^[a-z0-9_-]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SUBJECT_LENGTH = 256;
const MAX_PURPOSE_LENGTH = 200;

export interface ViewerFields {
  subject: unknown;
  organisation: unknown;
  role: unknown;
  purpose: unknown;
  journeyId?: unknown;
  representativeId?: unknown;
}

/** Validates every field; the organisation comes back in canonical form. */
export function parseViewer(fields: ViewerFields): Viewer {
  const organisation = parseOrganisation(fields.organisation);
  const viewer: Viewer = {
    subject: boundedText(fields.subject, 'sub', MAX_SUBJECT_LENGTH),
    organisation,
    role: parseRole(fields.role),
    purpose: boundedText(fields.purpose, 'purpose', MAX_PURPOSE_LENGTH),
  };
  const withJourney =
    fields.journeyId === undefined ? viewer : { ...viewer, journeyId: parseJourneyId(fields.journeyId, organisation) };
  if (fields.representativeId === undefined) return withJourney;
  return { ...withJourney, representativeId: parseRepresentativeId(fields.representativeId, withJourney) };
}

const REPRESENTATIVE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

function parseRepresentativeId(value: unknown, viewer: Viewer): string {
  if (viewer.organisation !== 'PERSON' || viewer.role !== 'representative' || !viewer.journeyId) {
    throw new InvalidViewerError('rep', "Claim 'rep' is only for PERSON tokens with role representative and a journey");
  }
  if (typeof value === 'string' && REPRESENTATIVE_ID.test(value)) return value;
  throw new InvalidViewerError('rep', "Claim 'rep' must be a representative id");
}

function parseOrganisation(value: unknown): OrganisationRef {
  if (typeof value !== 'string') throw new InvalidViewerError('org', "Claim 'org' must be a string");
  try {
    return Organisation.parse(value).toString();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new InvalidViewerError('org', `Claim 'org' is not an organisation (${error.code})`);
  }
}

function parseRole(value: unknown): string {
  if (typeof value === 'string' && ROLE.test(value)) return value;
  throw new InvalidViewerError('role', "Claim 'role' must be 1 to 64 of a-z, 0-9, '_' and '-'");
}

function boundedText(value: unknown, claim: 'sub' | 'purpose', maxLength: number): string {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= maxLength) return value;
  throw new InvalidViewerError(claim, `Claim '${claim}' must be a non-empty string of at most ${maxLength} characters`);
}

function parseJourneyId(value: unknown, organisation: OrganisationRef): string {
  if (organisation !== 'PERSON') {
    throw new InvalidViewerError('journey', "Claim 'journey' is only for PERSON tokens");
  }
  if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
  throw new InvalidViewerError('journey', "Claim 'journey' must be a UUID");
}
