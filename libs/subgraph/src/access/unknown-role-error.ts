import type { Viewer } from '@samsyn/auth';
import { GraphQLError } from 'graphql';

/** A token whose role Samsyn does not know for its organisation: refused everywhere, reads and writes alike. */
export function unknownRoleError(viewer: Viewer): GraphQLError {
  return new GraphQLError(`Role ${viewer.role} is not a role Samsyn knows at ${viewer.organisation}`, {
    extensions: { code: 'FORBIDDEN', reason: 'UNKNOWN_ROLE' },
  });
}
