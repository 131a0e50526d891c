import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin, type MaxDepthOptions } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import type { AnyGatewayPlugin } from './gateway-plugins';
import { GATEWAY_ERROR_CODES, QUERY_LIMIT_REASONS, type QueryLimit } from './gateway-error-codes';

type RejectCallback = NonNullable<MaxDepthOptions['onReject']>[number];

/**
 * GraphQL Armor's depth, alias, token and cost limits; a document over one is refused while it is parsed
 * or validated, before any subgraph is asked, with `QUERY_TOO_COMPLEX` and the limit as `reason`.
 * (Armor's cost is its own estimate: objects 2, scalars 1, × 1.5 for every level of depth.)
 */
export function queryLimits(limits: Record<QueryLimit, number>): AnyGatewayPlugin[] {
  const refuse = (limit: QueryLimit) => ({ onReject: [refusedAs(limit)], propagateOnRejection: false });
  return [
    maxTokensPlugin({ n: limits.tokens, ...refuse('tokens') }),
    maxDepthPlugin({ n: limits.depth, ...refuse('depth') }),
    maxAliasesPlugin({ n: limits.aliases, ...refuse('aliases') }),
    costLimitPlugin({ maxCost: limits.cost, ...refuse('cost') }),
  ];
}

/** Armor reports "Syntax Error: <what>" without a code; this reports `<what>` with ours. */
function refusedAs(limit: QueryLimit): RejectCallback {
  return (context, armorError) => {
    const error = new GraphQLError(armorError.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: GATEWAY_ERROR_CODES.queryTooComplex, reason: QUERY_LIMIT_REASONS[limit] },
    });
    // Validation rules report into their context; the token limit counts while parsing, where only a throw stops it.
    if (context) context.reportError(error);
    else throw error;
  };
}
