import { DEFAULT_LIMITS } from '../src/hardening/gateway-security-options';
import { startHardenedSamsyn, type HardenedGateway, type HardenedSamsyn } from './support/hardened-gateway';
import { readmeQuery } from './support/readme-query';

const PERSON =
  'id homeKommun openedOn lastEventAt fkDecision { validTo } fkAvslagCase { status } afJobSeeker { registered }';

/** `person { … fkDecision { person { … } } }`, `levels` deep: each level adds 2 to the depth. */
const nestedPerson = (levels: number): string =>
  levels === 0 ? PERSON : `${PERSON} fkDecision { validTo person { ${nestedPerson(levels - 1)} } }`;

/** `fkDecisionsEnding { person { fkDecision { … validTo } } }`: depth 2 × `hops` + 2, and cheap. */
const chain = (hops: number): string =>
  `{ fkDecisionsEnding { ${'person { fkDecision { '.repeat(hops)}validTo${' } }'.repeat(hops)} } }`;

const TOO_DEEP = chain(5);
const TOO_MANY_ALIASES = `{ ${Array.from({ length: DEFAULT_LIMITS.aliases + 1 }, (_, i) => `r${i}: readModels { name }`).join(' ')} }`;
const TOO_MANY_TOKENS = `{ readModels { ${'name '.repeat(DEFAULT_LIMITS.tokens)} } }`;
/** Depth 10, no aliases, 185 tokens: within every limit but the cost (1,540). */
const TOO_COSTLY = `{ fkDecisionsEnding { validTo person { ${nestedPerson(3)} } } afJobSeekers { person { ${nestedPerson(3)} } } }`;

describe('query limits at the gateway (defaults)', () => {
  let samsyn: HardenedSamsyn;
  let gateway: HardenedGateway;

  beforeAll(async () => {
    samsyn = await startHardenedSamsyn();
    gateway = await samsyn.startGateway({});
  });
  afterAll(() => samsyn.close());

  it.each([
    ['too deep', TOO_DEEP, 'MAX_DEPTH_EXCEEDED', 'Query depth limit of 10 exceeded, found 12.'],
    ['with too many aliases', TOO_MANY_ALIASES, 'MAX_ALIASES_EXCEEDED', 'Aliases limit of 15 exceeded, found 16.'],
    ['with too many tokens', TOO_MANY_TOKENS, 'MAX_TOKENS_EXCEEDED', 'Token limit of 1000 exceeded.'],
    ['too costly', TOO_COSTLY, 'COST_LIMIT_EXCEEDED', 'Query Cost limit of 1000 exceeded, found 1540.26953125.'],
  ])(
    'refuses a query %s with QUERY_TOO_COMPLEX, before any subgraph is asked',
    async (_case, query, reason, message) => {
      const before = samsyn.subgraphCalls();
      const answer = await gateway.post({ query });
      expect(answer.body).toEqual({ errors: [{ message, extensions: { code: 'QUERY_TOO_COMPLEX', reason } }] });
      expect(samsyn.subgraphCalls()).toBe(before);
    },
  );

  it('answers the README’s query, which the subgraphs are asked for', async () => {
    const before = samsyn.subgraphCalls();
    const answer = await gateway.post({ query: readmeQuery() });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toHaveProperty('fkDecisionsEnding');
    expect(samsyn.subgraphCalls()).toBeGreaterThan(before);
  });

  it('answers a query at the depth limit, and one with as many aliases as allowed', async () => {
    const atDepth = await gateway.post({ query: chain(4) });
    expect(atDepth.body.errors).toBeUndefined();
    const aliases = Array.from({ length: DEFAULT_LIMITS.aliases }, (_, i) => `r${i}: readModels { name }`).join(' ');
    const aliased = await gateway.post({ query: `{ ${aliases} }` });
    expect(aliased.body.errors).toBeUndefined();
  });
});
