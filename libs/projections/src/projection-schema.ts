import { InvalidProjectionError } from './projection-errors';
import type { Projection, ProjectionTables } from './projection';

const IDENTIFIER = /^[a-z][a-z0-9_]*$/;
const LONGEST_SCHEMA_SUFFIX = '_v2147483647_rebuild';
const MAX_IDENTIFIER_LENGTH = 63;

/** The schema holding one version's tables: `rm_<name>_v<version>`. */
export function versionSchema(name: string, version: number): string {
  return `rm_${name}_v${version}`;
}

/** Where a rebuild of the version being served is built, renamed to its version's schema on the swap. */
export function rebuildSchema(name: string, version: number): string {
  return `${versionSchema(name, version)}_rebuild`;
}

export function quoteIdentifier(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

export function tablesIn<TableName extends string>(
  projection: Projection<TableName>,
  schema: string,
): ProjectionTables<TableName> {
  const entries = projection.tableNames.map((table) => [table, `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`]);
  return Object.freeze(Object.fromEntries(entries)) as ProjectionTables<TableName>;
}

/** Names and versions end up in schema names and in SQL text, so they are held to plain identifiers. */
export function assertValidProjections(projections: readonly Projection[]): void {
  const names = new Set<string>();
  for (const projection of projections) {
    assertValidProjection(projection);
    if (names.has(projection.name)) throw new InvalidProjectionError(`Projection ${projection.name} is listed twice`);
    names.add(projection.name);
  }
}

function assertValidProjection({ name, version, tableNames }: Projection): void {
  if (!IDENTIFIER.test(name) || `rm_${name}${LONGEST_SCHEMA_SUFFIX}`.length > MAX_IDENTIFIER_LENGTH) {
    throw new InvalidProjectionError(`Projection name ${JSON.stringify(name)} must be a short lower-case identifier`);
  }
  if (!Number.isSafeInteger(version) || version < 1 || version > 2_147_483_647) {
    throw new InvalidProjectionError(`Projection ${name} needs a positive integer version, got ${version}`);
  }
  if (tableNames.length === 0) throw new InvalidProjectionError(`Projection ${name} names no tables`);
  for (const table of tableNames) {
    if (!IDENTIFIER.test(table) || table.length > MAX_IDENTIFIER_LENGTH) {
      throw new InvalidProjectionError(
        `Projection ${name}: table name ${JSON.stringify(table)} is not a lower-case identifier`,
      );
    }
  }
}
