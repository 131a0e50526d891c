import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { GATEWAY_ERROR_CODES, INTROSPECTION_DISABLED } from './gateway-error-codes';

/** graphql-js's words when NoSchemaIntrospectionCustomRule (Hive's `disableIntrospection`) refuses a field. */
const INTROSPECTION_REFUSED = /^GraphQL introspection has been disabled/;

/**
 * Yoga codes every validation error GRAPHQL_VALIDATION_FAILED; this adds `reason: INTROSPECTION_DISABLED`
 * to those refusing a question about the schema, so a client can tell them from a mistake in its query.
 */
export function introspectionRefusedReason(): GatewayPlugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (!result.some(isIntrospectionRefusal)) return;
        setResult(result.map((error: Error) => (isIntrospectionRefusal(error) ? withReason(error) : error)));
      },
  };
}

function isIntrospectionRefusal(error: Error): error is GraphQLError {
  return error instanceof GraphQLError && INTROSPECTION_REFUSED.test(error.message);
}

function withReason(error: GraphQLError): GraphQLError {
  const { nodes, source, positions, path, originalError, extensions } = error;
  return new GraphQLError(error.message, {
    nodes,
    source,
    positions,
    path,
    originalError,
    extensions: { ...extensions, code: GATEWAY_ERROR_CODES.validationFailed, reason: INTROSPECTION_DISABLED },
  });
}
