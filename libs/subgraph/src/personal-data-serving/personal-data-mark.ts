import type { GraphQLField } from 'graphql';

/** The extension under which a schema field says how it treats a person's data. */
export const PERSONAL_DATA_EXTENSION = 'personalData';

/**
 * How a field treats a person's data: served through `@PersonalData()` (the policy filters it, the audit trail records
 * it), or declared to hold none, with the reason (aggregates, the audit trail's own rule, the read models' lag).
 */
export type PersonalDataMark = { served: true } | { notPersonal: string };

/** The mark a field of an executable schema carries, if any. */
export function personalDataMarkOf(field: GraphQLField<unknown, unknown>): PersonalDataMark | undefined {
  return field.extensions[PERSONAL_DATA_EXTENSION] as PersonalDataMark | undefined;
}
