import { Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DOMAIN_ERROR_KINDS, DomainError, type DomainErrorKind } from '@samsyn/domain';
import { EventStoreError, TooManyConflictsError } from '@samsyn/event-store';
import { ProjectionBehindError } from '@samsyn/projections';
import { GraphQLError } from 'graphql';

const CODE_OF_KIND: { readonly [Kind in DomainErrorKind]: string } = {
  invalid_input: 'BAD_USER_INPUT',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
};

/**
 * Turns what a resolver throws into a GraphQL error with a stable `extensions.code`; `reason` names the
 * domain rule. Unexpected errors are answered without their message (it may hold data) and logged by
 * name and stack only.
 */
@Catch()
export class GraphQLErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(error: unknown): GraphQLError {
    if (error instanceof GraphQLError) return error;
    if (error instanceof DomainError) {
      return new GraphQLError(error.message, {
        extensions: { code: CODE_OF_KIND[DOMAIN_ERROR_KINDS[error.code]], reason: error.code, field: error.field },
      });
    }
    if (error instanceof TooManyConflictsError || error instanceof EventStoreError) {
      return new GraphQLError(error.message, { extensions: { code: 'CONFLICT', reason: error.code } });
    }
    if (error instanceof ProjectionBehindError) {
      const { eventsBehind, secondsBehind } = error.lag;
      return new GraphQLError(error.message, {
        extensions: { code: 'PROJECTION_BEHIND', projection: error.lag.projection, eventsBehind, secondsBehind, waitedMs: error.waitedMs },
      });
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      return new GraphQLError(error.message, { extensions: { code: 'BAD_REQUEST' } });
    }
    this.logger.error(describeWithoutMessage(error));
    return new GraphQLError('Samsyn could not handle this request', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
}

function describeWithoutMessage(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown: ${typeof error}`;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return [`${error.name}${typeof code === 'string' ? ` (${code})` : ''}`, ...frames].join('\n');
}
