import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const CLI = resolve(ROOT, 'apps/samsyn/src/check-schema-changes.ts');

const FIRST = 'type Query { persons: [Person!]! }\ntype Person { id: ID!, name: String }\n';
const BROKEN =
  'type Query { persons: PersonConnection! }\ntype Person { id: ID! }\ntype PersonConnection { nodes: [Person!]! }\n';
const INTRO = '# Schema changes\n\n## Changes\n';

/** `npm run schema:changes -- --root <dir>`, as package.json runs it. */
function checkSchemaChanges(root: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', CLI, '--root', root], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run schema:changes, in a git repository of its own', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const write = (path: string, text: string) => writeFileSync(join(repo, path), text);
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', '--short', 'HEAD');
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'samsyn-schema-changes-'));
    git('init', '-q');
    git('config', 'user.name', 'Schema Test');
    git('config', 'user.email', 'schema-test@example.org');
    git('config', 'commit.gpgsign', 'false');
    mkdirSync(join(repo, 'docs'));
    write('schema.graphql', FIRST);
    write('docs/schema-changes.md', INTRO);
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('passes, saying why, with no earlier schema.graphql to compare with', () => {
    const first = commit('the first schema');
    const { status, output } = checkSchemaChanges(repo);
    expect(status).toBe(0);
    expect(output).toBe(
      `schema changes: not checked, no schema.graphql before ${first}, the last commit that changed it (its first version, or a shallow clone)\n`,
    );
  });

  it('fails on an uncommitted breaking change, compared with HEAD', () => {
    const head = git('rev-parse', '--short', 'HEAD');
    write('schema.graphql', BROKEN);
    const { status, output } = checkSchemaChanges(repo);
    expect(status).toBe(1);
    expect(output).toContain('breaking, not recorded: Person.name — ');
    expect(output).toContain('breaking, not recorded: Query.persons — ');
    expect(output).toContain(`schema changes: 2 of 2 breaking not recorded (compared with ${head}); record each in`);
  });

  it('fails on the breaking change of the last commit, then passes once docs/schema-changes.md records it', () => {
    const before = git('rev-parse', '--short', 'HEAD');
    commit('persons is a connection; no name');
    write('README.md', 'A later commit that leaves the schema alone\n');
    commit('a readme');

    const failed = checkSchemaChanges(repo);
    expect(failed.status).toBe(1);
    expect(failed.output).toMatch(/^breaking, not recorded: Query\.persons — Field 'Query\.persons' changed type/m);
    expect(failed.output).toContain(`(compared with ${before})`);

    write(
      'docs/schema-changes.md',
      `${INTRO}\n### 2026-12-05 — persons is a connection\n\n- \`Query.persons\` — read \`persons { nodes { id } }\`\n- \`Person.name\` — removed\n`,
    );
    const passed = checkSchemaChanges(repo);
    expect(passed).toEqual({
      status: 0,
      output: `schema changes: 2 breaking, all recorded in docs/schema-changes.md (compared with ${before})\n`,
    });
  });

  it('passes, saying why, outside a git repository', () => {
    const bare = mkdtempSync(join(tmpdir(), 'samsyn-no-git-'));
    try {
      const { status, output } = checkSchemaChanges(bare);
      expect(status).toBe(0);
      expect(output).toMatch(/^schema changes: not checked, .* is no git repository/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
