import { DEFAULT_MAX_REQUEST_BYTES } from '../src/hardening/gateway-security-options';
import { startHardenedSamsyn, type HardenedGateway, type HardenedSamsyn } from './support/hardened-gateway';

const QUERY = '{ readModels { name } }';
const TOO_LARGE = {
  errors: [
    { message: 'The request body is over the limit of 100000 bytes', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } },
  ],
};

/** A request body of exactly `bytes` bytes, padded with a variable the query does not declare (ignored). */
const bodyOf = (bytes: number): string => {
  const empty = JSON.stringify({ query: QUERY, variables: { padding: '' } });
  return JSON.stringify({ query: QUERY, variables: { padding: 'x'.repeat(bytes - empty.length) } });
};

describe('the request size limit at the gateway (100 kB)', () => {
  let samsyn: HardenedSamsyn;
  let gateway: HardenedGateway;

  beforeAll(async () => {
    samsyn = await startHardenedSamsyn();
    gateway = await samsyn.startGateway({});
  });
  afterAll(() => samsyn.close());

  it('answers a body of exactly the limit', async () => {
    const answer = await gateway.post(bodyOf(DEFAULT_MAX_REQUEST_BYTES));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('refuses a body one byte over it with HTTP 413 and a GraphQL error, asking no subgraph', async () => {
    const before = samsyn.subgraphCalls();
    const answer = await gateway.post(bodyOf(DEFAULT_MAX_REQUEST_BYTES + 1));
    expect(answer).toEqual({ status: 413, body: TOO_LARGE });
    expect(samsyn.subgraphCalls()).toBe(before);
  });

  it('refuses a body sent in chunks without a Content-Length, while reading it', async () => {
    const chunk = new TextEncoder().encode(bodyOf(DEFAULT_MAX_REQUEST_BYTES / 2));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    // Node's fetch sends a stream chunked; it needs `duplex`, which the DOM's RequestInit type lacks.
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      duplex: 'half',
    };
    const response = await fetch(gateway.url, init);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(TOO_LARGE);
  });
});
