import type { JourneyEventType } from '@samsyn/domain';

/**
 * The shape version each event type is written with today; a type not named is at version 1. Raise a type's
 * version when its data changes shape, and add the upcaster from the version before (`upcasters.ts`).
 */
export const CURRENT_SCHEMA_VERSIONS: { readonly [Type in JourneyEventType]?: number } = {
  /** 2: `recordedBy` and `evidence` always written (the write policy). */
  ConsentGiven: 2,
};

export function currentSchemaVersion(type: string): number {
  return (CURRENT_SCHEMA_VERSIONS as Readonly<Record<string, number | undefined>>)[type] ?? 1;
}
