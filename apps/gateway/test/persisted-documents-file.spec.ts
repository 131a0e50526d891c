import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPersistedDocuments, PersistedDocumentsFileError } from '../src/hardening/persisted-documents';

describe('loading the persisted documents file', () => {
  let directory: string;
  const file = async (content: string) => {
    const path = join(directory, `documents-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(path, content);
    return path;
  };

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'samsyn-persisted-file-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('maps each document id to its document', async () => {
    const documents = await loadPersistedDocuments(
      await file('{ "a1": "{ readModels { name } }", "b2": "query Q { __typename }" }'),
    );
    expect([...documents]).toEqual([
      ['a1', '{ readModels { name } }'],
      ['b2', 'query Q { __typename }'],
    ]);
  });

  it.each([
    ['is not JSON', '{ "a1": '],
    ['is not an object', '["{ readModels { name } }"]'],
    ['holds a document that is not a string', '{ "a1": { "query": "{ __typename }" } }'],
    ['holds a document that does not parse', '{ "a1": "{ readModels { name }" }'],
  ])('refuses a file that %s, naming it', async (_case, content) => {
    const path = await file(content);
    const loading = loadPersistedDocuments(path);
    await expect(loading).rejects.toThrow(PersistedDocumentsFileError);
    await expect(loading).rejects.toThrow(path);
  });

  it('refuses a file that does not exist', async () => {
    await expect(loadPersistedDocuments(join(directory, 'missing.json'))).rejects.toThrow(PersistedDocumentsFileError);
  });
});
