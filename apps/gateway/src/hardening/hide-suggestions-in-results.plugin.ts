import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Takes "Did you mean …?" out of the errors graphql-js answers while executing: the variable errors
 * naming an input field or enum value near the misspelt one. (GraphQL Armor covers validation errors.)
 */
export function hideSuggestionsInResults(): GatewayPlugin {
  return {
    onExecutionResult(payload) {
      const { result } = payload;
      if (!result || Symbol.asyncIterator in result || !result.errors?.length) return;
      const errors = result.errors.map(withoutSuggestion);
      if (errors.some((error, index) => error !== result.errors?.[index])) payload.setResult({ ...result, errors });
    },
  };
}

function withoutSuggestion(error: GraphQLError): GraphQLError {
  const message = error.message.replace(SUGGESTION, '');
  if (message === error.message) return error;
  const { nodes, path, originalError, extensions } = error;
  return new GraphQLError(message, { nodes, path, originalError, extensions });
}
