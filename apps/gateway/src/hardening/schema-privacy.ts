import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { AnyGatewayPlugin } from './gateway-plugins';
import { hideSuggestionsInResults } from './hide-suggestions-in-results.plugin';
import { introspectionRefusedReason } from './introspection-refused-reason.plugin';

/**
 * Production's answers name no field, type or enum value the caller did not: no "Did you mean …?" in
 * validation errors (GraphQL Armor) nor in variable errors; introspection itself is refused by Hive
 * Gateway's `disableIntrospection`, and those refusals carry `reason: INTROSPECTION_DISABLED`.
 */
export function schemaPrivacy(): AnyGatewayPlugin[] {
  return [blockFieldSuggestionsPlugin({ mask: '' }), hideSuggestionsInResults(), introspectionRefusedReason()];
}
