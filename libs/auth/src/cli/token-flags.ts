import { parseArgs } from 'node:util';
import { DomainError, Organisation } from '@samsyn/domain';
import { DEFAULT_TOKEN_TTL_SECONDS, type IssueTokenInput } from '../token-issuer';
import { parseDurationSeconds } from './duration';

export const DEFAULT_PURPOSE = 'samordning';

export const TOKEN_USAGE =
  'Usage: npm run -s token -- --org <FK|AF|PERSON|KOMMUN:<kommunkod>|REGION:<code>|…> --role <role> ' +
  '[--purpose <text>] [--subject <id>] [--journey <uuid>] [--representative <id>] [--ttl <90s|15m|8h|2d>]';

/** The flags were wrong: the message says which, and the command exits with 2. */
export class TokenFlagsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenFlagsError';
  }
}

export function parseTokenFlags(args: readonly string[]): IssueTokenInput {
  const { values } = parseFlags(args);
  if (!values.org) throw new TokenFlagsError('--org is required');
  if (!values.role) throw new TokenFlagsError('--role is required');
  const organisation = canonicalOrganisation(values.org);
  const ttlSeconds = values.ttl === undefined ? DEFAULT_TOKEN_TTL_SECONDS : parseDurationSeconds(values.ttl);
  if (ttlSeconds === undefined)
    throw new TokenFlagsError('--ttl must be a positive duration such as 90s, 15m, 8h or 2d');
  return {
    subject: values.subject ?? developmentSubject(organisation, values.role),
    organisation,
    role: values.role,
    purpose: values.purpose ?? DEFAULT_PURPOSE,
    ...(values.journey === undefined ? {} : { journeyId: values.journey }),
    ...(values.representative === undefined ? {} : { representativeId: values.representative }),
    ttlSeconds,
  };
}

function parseFlags(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        org: { type: 'string' },
        role: { type: 'string' },
        purpose: { type: 'string' },
        subject: { type: 'string' },
        journey: { type: 'string' },
        representative: { type: 'string' },
        ttl: { type: 'string' },
      },
    });
  } catch (error) {
    throw new TokenFlagsError(error instanceof Error ? error.message : String(error));
  }
}

function canonicalOrganisation(text: string): string {
  try {
    return Organisation.parse(text).toString();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new TokenFlagsError(`--org: ${error.message}`);
  }
}

function developmentSubject(organisation: string, role: string): string {
  return `dev-${organisation.toLowerCase().replace(/:/g, '-')}-${role}`;
}
