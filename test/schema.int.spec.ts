import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMAND_AUTHORS } from '@samsyn/domain';
import { graphqlRequest } from '@samsyn/testing';
import { composeCurrentSupergraph } from '../apps/samsyn/src/current-supergraph';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

const ROOT = resolve(__dirname, '..');

describe('the composed schema', () => {
  let stack: SamsynStack;
  beforeAll(async () => {
    stack = await startSamsynStack('PGlite');
  });
  afterAll(() => stack.close());

  it('has one mutation per domain command across the subgraphs, each answering a CommandReceipt, and the erasure', async () => {
    const response = await stack.as<{
      __schema: { mutationType: { fields: { name: string; type: { ofType: { name: string } } }[] } };
    }>('FK', '{ __schema { mutationType { fields { name type { ofType { name } } } } } }');
    const all = response.data!.__schema.mutationType.fields;
    const fields = all.filter((field) => field.name !== 'erasePersonalData');
    // ErasePersonalData has no generic mutation: erasePersonalData records it, then deletes the key.
    const expected = Object.keys(COMMAND_AUTHORS)
      .filter((type) => type !== 'ErasePersonalData')
      .map((type) => type.charAt(0).toLowerCase() + type.slice(1));
    expect(fields.map((field) => field.name).sort()).toEqual(expected.sort());
    expect(new Set(fields.map((field) => field.type.ofType.name))).toEqual(new Set(['CommandReceipt']));
    expect(all.find((field) => field.name === 'erasePersonalData')?.type.ofType.name).toBe('ErasureReceipt');
    expect(all.length).toBe(expected.length + 1);
  });

  it('declares Federation 2.7 in every subgraph', async () => {
    for (const url of Object.values(stack.subgraphUrls)) {
      const response = await graphqlRequest<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
      expect(response.data!._service.sdl).toContain('https://specs.apollo.dev/federation/v2.7');
    }
  });

  it('is what schema.graphql and supergraph.graphql hold (run `npm run schema` after changing the API)', async () => {
    const current = await composeCurrentSupergraph();
    expect(readFileSync(resolve(ROOT, 'schema.graphql'), 'utf8')).toBe(current.publicSdl);
    expect(readFileSync(resolve(ROOT, 'supergraph.graphql'), 'utf8')).toBe(current.supergraphSdl);
  });
});
