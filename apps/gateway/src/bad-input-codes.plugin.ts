import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { coercionErrorField } from '@samsyn/subgraph';
import { GraphQLError } from 'graphql';

/**
 * The gateway checks variables itself, and graphql-js answers a bad one (an unknown enum value, an input
 * field the schema lacks) without a code. This gives those errors the shape every other bad input has:
 * `extensions.code = BAD_USER_INPUT` and the `field` they are about.
 */
export function badInputCodes(): GatewayPlugin {
  return {
    onExecutionResult(payload) {
      const { result } = payload;
      if (!result || Symbol.asyncIterator in result || !result.errors?.length) return;
      const errors = result.errors.map((error) => {
        if (error.extensions?.code) return error;
        const field = coercionErrorField(error.message);
        if (!field) return error;
        return new GraphQLError(error.message, {
          nodes: error.nodes,
          path: error.path,
          extensions: { ...error.extensions, code: 'BAD_USER_INPUT', field },
        });
      });
      payload.setResult({ ...result, errors });
    },
  };
}
