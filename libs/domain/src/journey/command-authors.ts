import { authorKindsOf, WRITE_POLICY } from '../access/write-policy';
import type { OrganisationKind } from '../value-objects/organisation';
import type { JourneyCommandType } from './journey-command';

/**
 * Which kinds of organisation may write each command at all, from the write policy. Some commands narrow this
 * further to one organisation (the provider of an insats, a meeting's participants, the contact person's own organisation).
 */
export const COMMAND_AUTHORS = Object.fromEntries(
  (Object.keys(WRITE_POLICY) as JourneyCommandType[]).map((type) => [type, authorKindsOf(type)]),
) as { readonly [Type in JourneyCommandType]: readonly OrganisationKind[] };
