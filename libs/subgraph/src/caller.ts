import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, Organisation, type OrganisationRef } from '@samsyn/domain';
import { GraphQLError } from 'graphql';

/** The header naming the organisation a request acts for, until signed tokens replace it (issue 5). */
export const ORGANISATION_HEADER = 'x-samsyn-organisation';

export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
}

/** The organisation a request acts for, in canonical form; a request naming none is refused. */
export function callerOrganisation(request: RequestLike | undefined): OrganisationRef {
  const header = request?.headers[ORGANISATION_HEADER];
  const text = Array.isArray(header) ? header[0] : header;
  if (!text) {
    throw new GraphQLError(`Say which organisation you act for in the ${ORGANISATION_HEADER} header`, {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  try {
    return Organisation.parse(text).toString();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new GraphQLError(`The ${ORGANISATION_HEADER} header is not an organisation: ${error.message}`, {
      extensions: { code: 'UNAUTHENTICATED', reason: error.code },
    });
  }
}

/** Resolver parameter: the calling organisation (`FK`, `KOMMUN:1880`, `PERSON`, …). */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): OrganisationRef => {
  const { req } = GqlExecutionContext.create(context).getContext<{ req?: RequestLike }>();
  return callerOrganisation(req);
});
