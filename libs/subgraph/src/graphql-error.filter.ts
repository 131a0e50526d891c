import { Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DOMAIN_ERROR_KINDS, DomainError, type DomainErrorKind } from '@samsyn/domain';
import {
  asStoreUnavailable,
  EventStoreError,
  TooManyConflictsError,
  type StoreUnavailableError,
} from '@samsyn/event-store';
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
    const unavailable = asStoreUnavailable(error);
    if (unavailable) {
      this.warnUnavailable(unavailable);
      return storeUnavailable(unavailable);
    }
    if (error instanceof TooManyConflictsError || error instanceof EventStoreError) {
      return new GraphQLError(error.message, { extensions: { code: 'CONFLICT', reason: error.code } });
    }
    if (error instanceof ProjectionBehindError) {
      const { eventsBehind, secondsBehind } = error.lag;
      return new GraphQLError(error.message, {
        extensions: {
          code: 'PROJECTION_BEHIND',
          projection: error.lag.projection,
          eventsBehind,
          secondsBehind,
          waitedMs: error.waitedMs,
        },
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

  private unavailableSince = 0;
  private unavailableCount = 0;

  /** One line per outage and then one every 10 s, not one per request: a database restart fails hundreds. */
  private warnUnavailable(error: StoreUnavailableError): void {
    this.unavailableCount++;
    const now = Date.now();
    if (now - this.unavailableSince < UNAVAILABLE_LOG_INTERVAL_MS) return;
    this.logger.warn(
      `Database unavailable (${describeCause(error.cause)}): ${this.unavailableCount} request(s) answered SERVICE_UNAVAILABLE`,
    );
    this.unavailableSince = now;
    this.unavailableCount = 0;
  }
}

const UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

/**
 * The database cannot be reached: `SERVICE_UNAVAILABLE`, reason `STORE_UNAVAILABLE`, and for a command
 * what became of it (`writeOutcome`) and the `commandId` to resend it with. Nothing of the cause is shown:
 * its message may name hosts or quote SQL.
 */
function storeUnavailable(error: StoreUnavailableError): GraphQLError {
  const { commandId, outcome } = error;
  if (commandId === undefined) {
    return new GraphQLError('Samsyn cannot reach its database just now. Try again in a few seconds.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'STORE_UNAVAILABLE', retryable: true },
    });
  }
  const message =
    outcome === 'unknown'
      ? 'Samsyn lost its database connection while storing this command: it may or may not have been stored. ' +
        'Send it again with the same commandId once Samsyn answers: if it was stored, the answer says alreadyHandled ' +
        'and nothing is written twice.'
      : 'Samsyn cannot reach its database just now: nothing was written. Send the command again in a few seconds, ' +
        'with the same commandId.';
  return new GraphQLError(message, {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      reason: 'STORE_UNAVAILABLE',
      retryable: true,
      writeOutcome: outcome === 'unknown' ? 'UNKNOWN' : 'NOT_WRITTEN',
      commandId,
    },
  });
}

/** A connection failure's code (ECONNREFUSED, 57P01, …) or name; never its message. */
function describeCause(cause: unknown): string {
  if (typeof cause !== 'object' || cause === null) return 'unknown cause';
  const { code, name } = cause as { code?: unknown; name?: unknown };
  if (typeof code === 'string') return code;
  return typeof name === 'string' ? name : 'unknown cause';
}

function describeWithoutMessage(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown: ${typeof error}`;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return [`${error.name}${typeof code === 'string' ? ` (${code})` : ''}`, ...frames].join('\n');
}
