import autocannon from 'autocannon';
import type { BenchContext } from '../../harness';
import { askGraphQL } from '../../samsyn';
import {
  PERSON_OVERVIEW,
  PERSON_OVERVIEW_JOURNEY_PART,
  SCHEDULE_MEETING_MUTATION,
  scheduleMeetingVariables,
  type ReadTarget,
} from './queries';
import type { BenchStack } from './stack';

/** One kind of request a load sends again and again, another body each time; `verify` says why an answer fails, or null. */
type LoadRequest = { nextBody(): string; verify(status: number, body: string): string | null };
export type LoadResult = Awaited<ReturnType<typeof runLoad>>;

// autocannon against `url` for `seconds` at `connections` (and, given `rate`, at a fixed overall rate), each request
// with the next body; every answer recorded here, a success only when HTTP 200 and `verify` finds nothing.
// `samples`: each success's latency (ms) at its time since the start; `unanswered`: of the failed, no answer at all.
export function runLoad(
  url: string,
  token: string,
  seconds: number,
  connections: number,
  request: LoadRequest,
  rate?: number,
) {
  const samples: { atSeconds: number; value: number }[] = [];
  const result = { samples, ok: 0, failed: 0, unanswered: 0, firstFailure: null as string | null, seconds: 0 };
  // The verdicts of the bodies, in the order autocannon hands them to onResponse and then emits 'response'.
  const verdicts: (string | null)[] = [];
  const started = performance.now();
  const fail = (why: string) => {
    result.failed++;
    result.firstFailure ??= why;
  };
  return new Promise<typeof result>((resolveLoad, reject) => {
    const instance = autocannon(
      {
        url,
        // autocannon gives each connection floor(rate / connections) a second, and a connection given 0 runs
        // unlimited: never more connections than requests a second.
        connections: rate ? Math.max(1, Math.min(connections, Math.floor(rate))) : connections,
        duration: seconds,
        ...(rate ? { overallRate: rate } : {}),
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            setupRequest: (sent) => ({ ...sent, body: request.nextBody() }),
            onResponse: (status, body) => void verdicts.push(request.verify(status, body)),
          },
        ],
      },
      (error, done) =>
        error ? reject(error as Error) : resolveLoad({ ...result, ok: samples.length, seconds: done.duration }),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      const verdict = verdicts.shift() ?? (statusCode === 200 ? null : `HTTP ${statusCode}`);
      if (verdict === null) samples.push({ atSeconds: (performance.now() - started) / 1000, value: responseTime });
      else fail(verdict);
    });
    instance.on('reqError', (error: unknown) => {
      result.unanswered++;
      fail(`no answer: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
}

// Bodies in turn; an answer is good when HTTP 200 without an `errors` key and `mustHold` finds nothing wrong in its
// text. Only failures are parsed, so that checking every answer costs the load generator, which shares the machine, little.
function requests(body: (index: number) => string, mustHold: (body: string) => string | null): LoadRequest {
  let next = 0;
  return {
    nextBody: () => body(next++),
    verify: (status, text) => {
      if (status === 200 && !text.includes('"errors":')) return mustHold(text);
      try {
        const [error] =
          (JSON.parse(text) as { errors?: { message?: string; extensions?: { code?: string } }[] }).errors ?? [];
        return `HTTP ${status}${error ? ` ${error.extensions?.code ?? 'ERROR'}: ${error.message ?? ''}` : ''}`;
      } catch {
        return `HTTP ${status}: not JSON`;
      }
    },
  };
}

/** Every request asks for the next journey, so that no two requests in flight are the same query. */
export function overviewRequests(query: string, targets: readonly ReadTarget[]): LoadRequest {
  const bodies = targets.map(({ journeyId: id, kommunkod }) =>
    JSON.stringify({ query, variables: query === PERSON_OVERVIEW ? { id, kommunkod } : { id } }),
  );
  const personFound = (body: string) => (body.includes('"person":null') ? 'person: null' : null);
  return requests((index) => bodies[index % bodies.length] ?? '', personFound);
}

/** Overview reads and ScheduleMeeting writes (each on the next journey) through the gateway at once; rates optional. */
export async function runMixedLoad(
  stack: BenchStack,
  token: string,
  targets: readonly ReadTarget[],
  seconds: number,
  [readConnections, readRate]: [number, number?],
  [writeConnections, writeRate]: [number, number?],
) {
  const ids = stack.journeyIds;
  const variables = (index: number) => scheduleMeetingVariables(ids[index % ids.length] ?? '', index);
  const write = (index: number) => JSON.stringify({ query: SCHEDULE_MEETING_MUTATION, variables: variables(index) });
  const scheduled = (body: string) =>
    body.includes('"MeetingScheduled"') ? null : 'no MeetingScheduled in the receipt';
  const writes = requests(write, scheduled);
  const [readRun, writeRun] = await Promise.all([
    runLoad(stack.gatewayUrl, token, seconds, readConnections, overviewRequests(PERSON_OVERVIEW, targets), readRate),
    runLoad(stack.gatewayUrl, token, seconds, writeConnections, writes, writeRate),
  ]);
  return { reads: readRun, writes: writeRun };
}

let checked: ReturnType<typeof checkTargets> | undefined;

// The journeys the reads rotate over, checked once per run and shared by the sections: those whose overview
// both paths (through the gateway, its journey part straight to the subgraph) answer without errors and with a
// person — a read bench of error or empty answers would measure nothing. This also warms both paths.
export function readTargets(context: BenchContext, stack: BenchStack, token: string) {
  const pool = Math.min(context.quick ? 60 : 400, stack.journeyIds.length);
  if (!checked) context.progress(`api: checking the overview of ${pool} journeys on both paths — also the warm-up`);
  return (checked ??= checkTargets(stack, token, stack.journeyIds.slice(0, pool)));
}

/** invisible: journeys the viewer sees nothing of (left out, as a caseworker would not open them); failed: with errors. */
async function checkTargets(stack: BenchStack, token: string, journeyIds: readonly string[]) {
  const targets: ReadTarget[] = [];
  const result = { targets, checked: journeyIds.length, invisible: 0, failed: 0, firstFailure: null as string | null };
  const fail = (why: string) => {
    result.failed++;
    result.firstFailure ??= why;
  };
  let next = 0;
  const worker = async () => {
    for (let id = journeyIds[next++]; id; id = journeyIds[next++]) {
      type Person = { person: { homeKommun?: string } | null };
      const direct = await askGraphQL<Person>(stack.journeySubgraphUrl, token, PERSON_OVERVIEW_JOURNEY_PART, { id });
      const person = direct.data?.person;
      const kommunkod = person?.homeKommun;
      if (direct.failure || (person !== null && !kommunkod))
        fail(`journey subgraph: ${direct.failure ?? 'no homeKommun'}`);
      else if (!kommunkod) result.invisible++;
      else {
        const overview = await askGraphQL<Person>(stack.gatewayUrl, token, PERSON_OVERVIEW, { id, kommunkod });
        if (overview.failure || !overview.data?.person)
          fail(`gateway: ${overview.failure ?? 'person: null through the gateway'}`);
        else result.targets.push({ journeyId: id, kommunkod });
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return result;
}
