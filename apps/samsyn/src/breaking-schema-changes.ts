import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** A change that can break a partner's query, named by its schema path (`RiskSignal.kind`, `Query.riskSignals.kind`). */
export interface BreakingChange {
  path: string;
  message: string;
}

export interface SchemaChangeCheck {
  breaking: BreakingChange[];
  unrecorded: BreakingChange[];
}

/** A bullet line (`- ` or `* `) whose first text is a span in backticks: the path the line records. */
const RECORDED_PATH = /^[ \t]*[-*][ \t]+`([^`\n]+)`/gm;

/** The paths docs/schema-changes.md records: the backticked span each bullet line begins with. */
export function recordedPaths(record: string): Set<string> {
  return new Set(Array.from(record.matchAll(RECORDED_PATH), (match) => match[1]!.trim()));
}

/**
 * The breaking changes from one public schema to the next, as @graphql-inspector/core's `diff` judges them (a
 * removed field, type or enum value, a changed field or argument type, a new required argument, …; its DANGEROUS and
 * NON_BREAKING changes pass), and those of them docs/schema-changes.md does not record. A change is recorded when a
 * bullet line of `record` begins with its path in backticks (its message when the change has no path): exactly
 * that path, so `Query.riskSignals` does not record a change to its argument `Query.riskSignals.kind`, and a path
 * named in passing in the prose of a section records nothing.
 */
export async function checkSchemaChanges(oldSdl: string, newSdl: string, record: string): Promise<SchemaChangeCheck> {
  const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl));
  const breaking = changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? change.message, message: change.message }));
  const recorded = recordedPaths(record);
  return { breaking, unrecorded: breaking.filter((change) => !recorded.has(change.path)) };
}
