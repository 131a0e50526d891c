import { graphqlRequest } from '@samsyn/testing';
import { startSamsynStack } from '../../../test/support/samsyn-stack';
import { startHardenedSamsyn, type HardenedGateway, type HardenedSamsyn } from './support/hardened-gateway';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPE_INTROSPECTION = '{ __type(name: "Person") { fields { name } } }';
const MISSPELT_FIELD = '{ readModels { nme } }';
const MISSPELT_INPUT = {
  query: `mutation Grant($journeyId: ID!, $input: GrantDecisionInput!) {
    grantDecision(journeyId: $journeyId, input: $input) { revision }
  }`,
  variables: {
    journeyId: '00000000-0000-4000-8000-000000000000',
    input: { decisionId: 'decision-1', grade: 'FUL', from: '2023-03-01', to: '2024-02-29', too: '2024-02-29' },
  },
};

const messages = (answer: { body: { errors?: { message: string }[] } }) =>
  (answer.body.errors ?? []).map((error) => error.message);

describe('the gateway in production and in development mode', () => {
  let samsyn: HardenedSamsyn;
  let production: HardenedGateway;
  let development: HardenedGateway;

  beforeAll(async () => {
    samsyn = await startHardenedSamsyn();
    production = await samsyn.startGateway({ production: true });
    development = await samsyn.startGateway({ production: false });
  });
  afterAll(() => samsyn.close());

  it('refuses introspection in production with INTROSPECTION_DISABLED, asking no subgraph', async () => {
    const before = samsyn.subgraphCalls();
    for (const query of [INTROSPECTION, TYPE_INTROSPECTION]) {
      const answer = await production.post({ query });
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.extensions).toEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        reason: 'INTROSPECTION_DISABLED',
      });
    }
    expect(samsyn.subgraphCalls()).toBe(before);
  });

  it('answers introspection in development', async () => {
    expect((await development.post({ query: INTROSPECTION })).body).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    expect((await development.post({ query: TYPE_INTROSPECTION })).body.errors).toBeUndefined();
  });

  it('still answers __typename in production, which clients need', async () => {
    expect((await production.post({ query: '{ __typename }' })).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('names no field in production when one is misspelt, and suggests it in development', async () => {
    const refused = await production.post({ query: MISSPELT_FIELD });
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "nme" on type "ReadModelStatus".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
    expect(messages(await development.post({ query: MISSPELT_FIELD }))).toEqual([
      'Cannot query field "nme" on type "ReadModelStatus". Did you mean "name"?',
    ]);
  });

  it('names no enum value or input field in production when variables misspell them, and suggests them in development', async () => {
    const refused = await production.post(MISSPELT_INPUT);
    expect(refused.body.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'grade' },
      { code: 'BAD_USER_INPUT', field: 'too' },
    ]);
    expect(messages(refused).join('\n')).not.toContain('Did you mean');
    const suggested = messages(await development.post(MISSPELT_INPUT)).join('\n');
    expect(suggested).toContain('Did you mean the enum value "FULL"?');
    expect(suggested).toContain('Did you mean "to"?');
  });

  it('serves GraphiQL in development only', async () => {
    const page = async (url: string) =>
      (await fetch(url, { headers: { accept: 'text/html' } })).headers.get('content-type') ?? '';
    expect(await page(development.url)).toContain('text/html');
    expect(await page(production.url)).not.toContain('text/html');
  });
});

describe('a subgraph outside development mode', () => {
  it('refuses introspection and suggests no field, but gives the gateway its SDL', async () => {
    const stack = await startSamsynStack('PGlite', { development: false });
    try {
      const url = stack.subgraphUrls.journey!;
      const introspection = await graphqlRequest(url, INTROSPECTION);
      expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      const misspelt = await graphqlRequest(url, MISSPELT_FIELD);
      expect(misspelt.errors?.[0]?.message).toBe('Cannot query field "nme" on type "ReadModelStatus".');
      const sdl = await graphqlRequest<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
      expect(sdl.data?._service.sdl).toContain('type Query');
    } finally {
      await stack.close();
    }
  });
});
