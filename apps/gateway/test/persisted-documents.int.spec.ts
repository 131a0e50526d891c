import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPersistedDocuments } from '../src/hardening/persisted-documents';
import { startHardenedSamsyn, type HardenedGateway, type HardenedSamsyn } from './support/hardened-gateway';

const READ_MODELS = '{ readModels { name } }';
const READ_MODELS_ID = createHash('sha256').update(READ_MODELS).digest('hex');
const PARTNER = { 'x-samsyn-client': 'partner-fk-system' };
const ARBITRARY = '{ readModels { name eventsBehind } }';

describe('persisted documents at the gateway', () => {
  let samsyn: HardenedSamsyn;
  let gateway: HardenedGateway;
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'samsyn-persisted-'));
    const file = join(directory, 'persisted-documents.json');
    await writeFile(file, JSON.stringify({ [READ_MODELS_ID]: READ_MODELS }));
    samsyn = await startHardenedSamsyn();
    gateway = await samsyn.startGateway({
      persistedDocuments: await loadPersistedDocuments(file),
      persistedOnlyClients: new Set([PARTNER['x-samsyn-client']]),
    });
  });
  afterAll(async () => {
    await samsyn.close();
    await rm(directory, { recursive: true, force: true });
  });

  describe('from a persisted-only client', () => {
    it('refuses a document of its own with PERSISTED_DOCUMENT_REQUIRED, asking no subgraph', async () => {
      const before = samsyn.subgraphCalls();
      const answer = await gateway.post({ query: ARBITRARY }, PARTNER);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.map((error) => error.extensions)).toEqual([{ code: 'PERSISTED_DOCUMENT_REQUIRED' }]);
      expect(samsyn.subgraphCalls()).toBe(before);
    });

    it('answers a known document by its documentId, or by Apollo’s persistedQuery hash', async () => {
      const byId = await gateway.post({ documentId: READ_MODELS_ID }, PARTNER);
      expect(byId.body.errors).toBeUndefined();
      expect(byId.body.data?.readModels).toEqual(expect.arrayContaining([{ name: 'person_directory' }]));
      const byHash = await gateway.post(
        { extensions: { persistedQuery: { version: 1, sha256Hash: READ_MODELS_ID } } },
        PARTNER,
      );
      expect(byHash.body).toEqual(byId.body);
    });

    it('refuses an id no document has with PERSISTED_DOCUMENT_NOT_FOUND', async () => {
      const answer = await gateway.post({ documentId: 'f'.repeat(64) }, PARTNER);
      expect(answer.body.errors?.map((error) => error.extensions)).toEqual([{ code: 'PERSISTED_DOCUMENT_NOT_FOUND' }]);
    });
  });

  describe('from any other client', () => {
    it('answers a document of its own, and a persisted one', async () => {
      const arbitrary = await gateway.post({ query: ARBITRARY });
      expect(arbitrary.body.errors).toBeUndefined();
      expect(arbitrary.body.data?.readModels).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'person_directory' })]),
      );
      const persisted = await gateway.post({ documentId: READ_MODELS_ID }, { 'x-samsyn-client': 'some-other-system' });
      expect(persisted.body.errors).toBeUndefined();
    });

    it('refuses a request with neither a query nor a documentId with BAD_REQUEST', async () => {
      const answer = await gateway.post({ variables: {} });
      expect(answer.body.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_REQUEST' }]);
    });
  });
});
