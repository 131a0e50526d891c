import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthenticationError, type TokenVerifier, type Viewer } from '@samsyn/auth';
import { GraphQLError } from 'graphql';

export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
}

/** What the GraphQL context knows of who asks: a verified viewer, or why there is none. */
export type Authentication = { viewer: Viewer } | { error: AuthenticationError };

/** Verifies the request's bearer token; every subgraph does this itself, the gateway only forwards it. */
export async function authenticate(verifier: TokenVerifier, request: RequestLike | undefined): Promise<Authentication> {
  const header = request?.headers.authorization;
  try {
    return { viewer: await verifier.verify(Array.isArray(header) ? header[0] : header) };
  } catch (error) {
    if (error instanceof AuthenticationError) return { error };
    throw error;
  }
}

/** The viewer of a request, or UNAUTHENTICATED naming why the token was refused. */
export function viewerOf(authentication: Authentication | undefined): Viewer {
  if (authentication && 'viewer' in authentication) return authentication.viewer;
  const error = authentication?.error;
  throw new GraphQLError(error ? error.message : 'Send a bearer token in the authorization header', {
    extensions: { code: 'UNAUTHENTICATED', reason: error?.code ?? 'TOKEN_MISSING' },
  });
}

/** Resolver parameter: the verified viewer (subject, organisation, role, purpose, journey for PERSON tokens). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const { auth } = GqlExecutionContext.create(context).getContext<{ auth?: Authentication }>();
  return viewerOf(auth);
});
