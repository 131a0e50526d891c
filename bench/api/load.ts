import autocannon from 'autocannon';

/** One kind of request a load sends again and again, with another body each time. */
export interface LoadRequest {
  /** The next request's body (a GraphQL request for another journey). */
  nextBody(): string;
  /** Why an answer counts as failed, or null when it is a success. */
  verify(status: number, body: string): string | null;
}

export interface LoadOptions {
  url: string;
  token: string;
  connections: number;
  seconds: number;
  /** Requests per second over all connections; none: as fast as answers come (closed loop). */
  overallRate?: number;
  request: LoadRequest;
}

export interface LoadResult {
  /** Latency of each successful answer, in ms, with its time in seconds since the load began. */
  samples: { atSeconds: number; ms: number }[];
  ok: number;
  failed: number;
  /** Of the failed: connection errors and time-outs (no answer at all). */
  unanswered: number;
  firstFailure: string | null;
  seconds: number;
}

/**
 * Runs autocannon against `url` for `seconds` at a fixed concurrency, each request with the next body, and
 * records every answer itself (so that runs can be merged and bucketed in time): an answer is a success
 * only when its HTTP status is 200 and `verify` finds nothing wrong.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const samples: { atSeconds: number; ms: number }[] = [];
  let failed = 0;
  let unanswered = 0;
  let firstFailure: string | null = null;
  // The verdicts of the bodies, in the order autocannon hands them to onResponse and then emits 'response'.
  const verdicts: (string | null)[] = [];
  const started = performance.now();
  return new Promise((resolveLoad, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        // autocannon gives each connection floor(rate / connections) a second (the rest to the first ones), and a
        // connection given 0 runs unlimited: never more connections than requests a second.
        connections: options.overallRate
          ? Math.max(1, Math.min(options.connections, Math.floor(options.overallRate)))
          : options.connections,
        duration: options.seconds,
        ...(options.overallRate ? { overallRate: options.overallRate } : {}),
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
            setupRequest: (request) => ({ ...request, body: options.request.nextBody() }),
            onResponse: (status, body) => {
              verdicts.push(options.request.verify(status, body));
            },
          },
        ],
      },
      (error, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolveLoad({ samples, ok: samples.length, failed, unanswered, firstFailure, seconds: result.duration });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      const verdict = verdicts.shift() ?? (statusCode === 200 ? null : `HTTP ${statusCode}`);
      if (verdict === null) samples.push({ atSeconds: (performance.now() - started) / 1000, ms: responseTime });
      else {
        failed++;
        firstFailure ??= verdict;
      }
    });
    instance.on('reqError', (error: unknown) => {
      failed++;
      unanswered++;
      firstFailure ??= `no answer: ${error instanceof Error ? error.message : String(error)}`;
    });
  });
}

/**
 * A GraphQL answer is good when it is HTTP 200 without an `errors` key and `mustHold` finds nothing wrong in its
 * text. Only failures are parsed (a quoted key cannot occur unescaped inside a JSON string), so that checking
 * every answer costs the load generator, which shares the machine, little.
 */
export function graphqlVerifier(mustHold: (body: string) => string | null = () => null): LoadRequest['verify'] {
  return (status, body) => {
    if (status === 200 && !body.includes('"errors":')) return mustHold(body);
    try {
      const parsed = JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] };
      const [error] = parsed.errors ?? [];
      return `HTTP ${status}${error ? ` ${error.extensions?.code ?? 'ERROR'}: ${error.message ?? ''}` : ''}`;
    } catch {
      return `HTTP ${status}: not JSON`;
    }
  };
}
