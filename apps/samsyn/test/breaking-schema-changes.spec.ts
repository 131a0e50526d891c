import { checkSchemaChanges, recordedPaths } from '../src/breaking-schema-changes';

const BEFORE = `
  type Query { person(id: ID!): Person, persons: [Person!]! }
  type Person { id: ID!, name: String }
`;

/** `Person.name` removed and `Query.persons` a connection: both break a query that worked before. */
const BROKEN = `
  type Query { person(id: ID!): Person, persons: PersonConnection! }
  type Person { id: ID! }
  type PersonConnection { nodes: [Person!]!, endCursor: String }
`;

const RECORD = `# Schema changes

### 2026-12-05 — persons is a connection; a person's name is served by the person subgraph only

- \`Query.persons\` — now a connection: read \`persons { nodes { … } endCursor }\`
- \`Person.name\` — removed
`;

describe('the breaking changes docs/schema-changes.md does not record', () => {
  it('reports a removed field and a list become a connection when nothing is recorded', async () => {
    const { breaking, unrecorded } = await checkSchemaChanges(BEFORE, BROKEN, '# Schema changes\n\n## Changes\n');
    expect(unrecorded.map((change) => change.path).sort()).toEqual(['Person.name', 'Query.persons']);
    expect(unrecorded.find((change) => change.path === 'Query.persons')?.message).toBe(
      "Field 'Query.persons' changed type from '[Person!]!' to 'PersonConnection!'",
    );
    expect(breaking).toEqual(unrecorded);
  });

  it('reports none once a bullet line begins with each path in backticks', async () => {
    const { breaking, unrecorded } = await checkSchemaChanges(BEFORE, BROKEN, RECORD);
    expect(breaking).toHaveLength(2);
    expect(unrecorded).toEqual([]);
  });

  it('still reports a change whose path is only named in prose, or is not the exact path of a bullet line', async () => {
    const prose = '### 2026-12-05 — `Person.name` goes\n\n- `Query` — `Query.persons` is a connection now\n';
    const { unrecorded } = await checkSchemaChanges(BEFORE, BROKEN, prose);
    expect(unrecorded.map((change) => change.path).sort()).toEqual(['Person.name', 'Query.persons']);
  });

  it('passes a field added, with nothing breaking to record', async () => {
    const added = BEFORE.replace('name: String', 'name: String, born: String');
    expect(await checkSchemaChanges(BEFORE, added, '')).toEqual({ breaking: [], unrecorded: [] });
  });

  it('reads the recorded paths from the first backticks of "-" and "*" bullet lines only', () => {
    const record = '- `A.b` — x, and `A.c`\n  * `D.e` — nested\n`F.g` at the start of prose\n-`H.i` no space\n';
    expect([...recordedPaths(record)]).toEqual(['A.b', 'D.e']);
  });
});
