import { registerEnumType } from '@nestjs/graphql';

/**
 * A GraphQL enum for one of the domain's vocabularies: the API shows `FIRST_TIME`, the resolver
 * receives the domain's own `first_time`.
 */
export function graphqlEnum<const Value extends string>(
  name: string,
  values: readonly Value[],
  description: string,
): Record<string, Value> {
  const enumObject = Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<string, Value>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
