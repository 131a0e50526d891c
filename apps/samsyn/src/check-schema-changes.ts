import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSchemaChanges } from './breaking-schema-changes';

const SCHEMA = 'schema.graphql';
const RECORD = 'docs/schema-changes.md';

interface Comparison {
  /** The short hash of the commit whose schema.graphql is the base. */
  base: string;
  baseSdl: string;
  newSdl: string;
}

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function gitOrUndefined(root: string, ...args: string[]): string | undefined {
  try {
    return git(root, ...args);
  } catch {
    return undefined;
  }
}

/**
 * Which two versions of schema.graphql to compare, or why there are not two. With schema.graphql changed in the work
 * tree (`npm run schema` after changing the API, not yet committed): HEAD's version with the work tree's. Otherwise
 * the last commit that changed it: its parent's version with HEAD's, so a clean checkout (CI) checks the last change.
 */
function comparison(root: string): Comparison | string {
  if (gitOrUndefined(root, 'rev-parse', '--is-inside-work-tree') === undefined) {
    return `${root} is no git repository (or git is missing)`;
  }
  const head = gitOrUndefined(root, 'show', `HEAD:./${SCHEMA}`);
  if (head === undefined) return `no committed ${SCHEMA}`;
  const workTree = readFileSync(resolve(root, SCHEMA), 'utf8');
  if (workTree !== head) {
    return { base: git(root, 'rev-parse', '--short', 'HEAD').trim(), baseSdl: head, newSdl: workTree };
  }
  const last = git(root, 'log', '-n', '1', '--format=%H', '--', SCHEMA).trim();
  const before = gitOrUndefined(root, 'show', `${last}^:./${SCHEMA}`);
  if (before === undefined) {
    return `no ${SCHEMA} before ${last.slice(0, 7)}, the last commit that changed it (its first version, or a shallow clone)`;
  }
  return { base: git(root, 'rev-parse', '--short', `${last}^`).trim(), baseSdl: before, newSdl: head };
}

/**
 * `npm run schema:changes [-- --root <dir>]`: fails (exit code 1) on a breaking change to schema.graphql that
 * docs/schema-changes.md does not record, one line per change; passes when there is nothing to compare (no git, no
 * earlier version). `--root` names the repository (default: this one); tests point it at a temporary one.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const root = resolve(values.root ?? resolve(__dirname, '../../..'));
  const compared = comparison(root);
  if (typeof compared === 'string') {
    process.stdout.write(`schema changes: not checked, ${compared}\n`);
    return;
  }
  const recordFile = resolve(root, RECORD);
  const record = existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : '';
  const { breaking, unrecorded } = await checkSchemaChanges(compared.baseSdl, compared.newSdl, record);
  if (unrecorded.length === 0) {
    const verdict = breaking.length === 0 ? 'none breaking' : `${breaking.length} breaking, all recorded in ${RECORD}`;
    process.stdout.write(`schema changes: ${verdict} (compared with ${compared.base})\n`);
    return;
  }
  for (const change of unrecorded) process.stderr.write(`breaking, not recorded: ${change.path} — ${change.message}\n`);
  process.stderr.write(
    `schema changes: ${unrecorded.length} of ${breaking.length} breaking not recorded (compared with ${compared.base}); ` +
      `record each in ${RECORD} as a bullet line beginning with its path in backticks ("- \`${unrecorded[0]!.path}\` — ` +
      `what a client does now") under a dated section "### YYYY-MM-DD — what changed and why"\n`,
  );
  process.exitCode = 1;
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
