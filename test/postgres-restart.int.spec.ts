import { randomUUID } from 'node:crypto';
import { comparePositions, eventIdFor, parsePosition } from '@samsyn/event-store';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { startEmbeddedPostgres, type GraphQLResponse, type PostgresServer } from '@samsyn/testing';
import { OPEN_JOURNEY, type Receipt } from './support/journey-mutations';
import { startSamsynStack, type SamsynStack } from './support/samsyn-stack';

/**
 * PostgreSQL stops (fast shutdown) under a stream of mutations and queries through the gateway, stays
 * down a few seconds and starts again on the same data directory and port. Runs on a server of its own:
 * stopping the one other suites share would break them.
 */
const WORKERS = { mutations: 3, queries: 2 } as const;
const PAUSE_MS = 40;
const DOWN_MS = 3_000;
/** How long after PostgreSQL is back new mutations must succeed again (measured and printed). */
const RECOVERY_LIMIT_MS = 5_000;

const PERSON = `query Person($id: ID!) { person(id: $id) { id homeKommun } }`;
const FEDERATED_PERSON = `query Person($id: ID!) {
  person(id: $id) { id homeKommun fkAvslagCase { status } afJobSeeker { registered } riskSignals { kind } }
}`;
const EVENTS = `query Events($journeyId: ID!) { journeyEvents(journeyId: $journeyId) { revision type } }`;

interface Outcome {
  kind: 'mutation' | 'query';
  /** When the request was sent and answered, ms since the load began. */
  sentAt: number;
  answeredAt: number;
  httpStatus: number;
  response: GraphQLResponse;
  /** Mutations: the command id sent and the personnummer opened. */
  commandId?: string;
  personnummer?: string;
}

describe('a PostgreSQL restart under load', () => {
  let server: PostgresServer;
  let stack: SamsynStack;

  beforeAll(async () => {
    server = await startEmbeddedPostgres();
    stack = await startSamsynStack('PostgreSQL', { adminUrl: server.adminUrl, development: false });
  });
  afterAll(async () => {
    await stack?.close();
    await server?.stop();
  });

  it('answers SERVICE_UNAVAILABLE while the database is down, loses no acknowledged write and recovers by itself', async () => {
    const token = await stack.tokenFor('FK');
    const request = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${token}`,
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { httpStatus: response.status, response: (await response.json()) as GraphQLResponse };
    };

    const outcomes: Outcome[] = [];
    const opened: Receipt[] = [];
    let running = true;
    let next = 0;
    const start = Date.now();
    const now = () => Date.now() - start;

    const mutationWorker = async () => {
      while (running) {
        const personnummer = syntheticPersonnummer(next++);
        const commandId = randomUUID();
        const sentAt = now();
        const answer = await request(OPEN_JOURNEY, { input: { personnummer, homeKommun: '1880' }, commandId });
        outcomes.push({ kind: 'mutation', sentAt, answeredAt: now(), ...answer, commandId, personnummer });
        const receipt = (answer.response.data as { openJourney?: Receipt } | null | undefined)?.openJourney;
        if (receipt) opened.push(receipt);
        await sleep(PAUSE_MS);
      }
    };
    const queryWorker = async (worker: number) => {
      for (let i = 0; running; i++) {
        const journey = opened[Math.floor(Math.random() * opened.length)];
        if (journey) {
          const sentAt = now();
          const answer =
            (i + worker) % 2 === 0
              ? await request(PERSON, { id: journey.journeyId })
              : await request(EVENTS, { journeyId: journey.journeyId });
          outcomes.push({ kind: 'query', sentAt, answeredAt: now(), ...answer });
        }
        await sleep(PAUSE_MS);
      }
    };
    const load = [
      ...Array.from({ length: WORKERS.mutations }, mutationWorker),
      ...Array.from({ length: WORKERS.queries }, (_, worker) => queryWorker(worker)),
    ];

    await sleep(1_500);
    const stopSentAt = now();
    await server.shutDown();
    const downAt = now();
    await sleep(DOWN_MS);
    await server.startAgain();
    const backAt = now();
    let lanesRunningAt: number | undefined;
    const lanesRunning = () =>
      stack.runner.status().length === READ_MODEL_PROJECTIONS.length &&
      stack.runner.status().every((lane) => lane.state === 'running');
    const laneWatch = setInterval(() => (lanesRunningAt ??= lanesRunning() ? now() : undefined), 50);
    // Keep the load going until mutations have succeeded again for a while, or the limit has passed.
    const recovered = () => outcomes.some((o) => o.kind === 'mutation' && o.sentAt >= backAt && !o.response.errors);
    while (!recovered() && now() - backAt < RECOVERY_LIMIT_MS * 2) await sleep(50);
    await sleep(1_500);
    running = false;
    await Promise.all(load);

    // What the clients saw.
    const failed = outcomes.filter((o) => o.response.errors);
    const codes = count(failed.map((o) => `${o.kind} ${String(o.response.errors?.[0]?.extensions?.code)}`));
    const firstOk = outcomes
      .filter((o) => o.kind === 'mutation' && o.sentAt >= backAt && !o.response.errors)
      .reduce((min, o) => Math.min(min, o.answeredAt), Infinity);
    const outcomesByWrite = count(
      failed.filter((o) => o.kind === 'mutation').map((o) => String(o.response.errors?.[0]?.extensions?.writeOutcome)),
    );
    const lastFailure = failed.reduce((max, o) => Math.max(max, o.answeredAt), 0);
    const summary = {
      requests: outcomes.length,
      succeeded: outcomes.length - failed.length,
      failed: codes,
      writeOutcomes: outcomesByWrite,
      httpStatuses: count(failed.map((o) => String(o.httpStatus))),
      stopTookMs: downAt - stopSentAt,
      downMs: backAt - downAt,
      lastFailedAnswerMsAfterBack: lastFailure - backAt,
      mutationsSucceedAgainMsAfterBack: firstOk - backAt,
    };
    process.stdout.write(`\nPostgreSQL restart under load: ${JSON.stringify(summary)}\n`);

    // Every failure is the clear, stable one; there were some of both kinds.
    expect(failed.filter((o) => o.kind === 'mutation').length).toBeGreaterThan(0);
    expect(failed.filter((o) => o.kind === 'query').length).toBeGreaterThan(0);
    for (const outcome of failed) {
      expect(outcome.response.errors).toHaveLength(1);
      const [error] = outcome.response.errors ?? [];
      expect(error?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'STORE_UNAVAILABLE',
        retryable: true,
      });
      expect(error?.message).toMatch(/again/);
      const text = JSON.stringify(outcome.response);
      expect(text).not.toMatch(/stacktrace|\bat \/|ECONN|57P0|select |samsyn_|127\.0\.0\.1|postgres/i);
      if (outcome.personnummer) expect(text).not.toContain(outcome.personnummer.replace('-', ''));
      expect(outcome.httpStatus).toBe(200);
      if (outcome.kind === 'mutation') {
        expect(error?.extensions).toMatchObject({
          commandId: outcome.commandId,
          writeOutcome: expect.stringMatching(/^(NOT_WRITTEN|UNKNOWN)$/),
        });
      } else {
        expect(error?.extensions?.writeOutcome).toBeUndefined();
      }
    }
    // Failures only while the database was going down, down or coming up.
    for (const outcome of failed) expect(outcome.answeredAt).toBeGreaterThanOrEqual(stopSentAt);

    // New mutations succeed within the limit once PostgreSQL is back.
    expect(firstOk - backAt).toBeLessThan(RECOVERY_LIMIT_MS);

    // Zero acknowledged mutations lost: each successful receipt's event is stored.
    const mutations = outcomes.filter((o) => o.kind === 'mutation');
    const acknowledged = mutations.filter((o) => !o.response.errors).map((o) => eventIdFor(o.commandId!, 0));
    const stored = new Set(
      (
        await stack.resources.sql.query<{ event_id: string }>(
          'select event_id::text from samsyn_events where event_id = any($1::uuid[])',
          [mutations.map((o) => eventIdFor(o.commandId!, 0))],
        )
      ).map((row) => row.event_id),
    );
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // A mutation answered NOT_WRITTEN wrote nothing.
    const notWritten = failed.filter((o) => o.response.errors?.[0]?.extensions?.writeOutcome === 'NOT_WRITTEN');
    expect(notWritten.filter((o) => stored.has(eventIdFor(o.commandId!, 0)))).toEqual([]);

    // Every failed mutation, resent with its commandId, is stored exactly once.
    const resent = await inBatches(
      failed.filter((o) => o.kind === 'mutation'),
      async (o) => {
        const answer = await request(OPEN_JOURNEY, {
          input: { personnummer: o.personnummer, homeKommun: '1880' },
          commandId: o.commandId,
        });
        return { outcome: o, answer };
      },
    );
    for (const { outcome, answer } of resent) {
      expect(answer.response.errors).toBeUndefined();
      const receipt = (answer.response.data as { openJourney: Receipt }).openJourney;
      if (outcome.response.errors?.[0]?.extensions?.writeOutcome === 'NOT_WRITTEN')
        expect(receipt.alreadyHandled).toBe(false);
    }
    const [{ events, journeys }] = await stack.resources.sql
      .query<{ events: number; journeys: number }>(
        `select count(*)::int as events, count(distinct stream_id)::int as journeys from samsyn_events where stream_id like 'journey-%'`,
      )
      .then((rows) => rows as [{ events: number; journeys: number }]);
    expect({ events, journeys }).toEqual({ events: mutations.length, journeys: mutations.length });

    // The read models catch up: a federated query consistent with the last receipt answers from every
    // subgraph's read model, without PROJECTION_BEHIND, and every projection lane runs again.
    const receipts = [
      ...opened,
      ...resent.map(({ answer }) => (answer.response.data as { openJourney: Receipt }).openJourney),
    ];
    const lastReceipt = receipts.reduce((latest, receipt) =>
      comparePositions(parsePosition(receipt.position!), parsePosition(latest.position!)) > 0 ? receipt : latest,
    );
    const consistentFrom = now();
    const consistent = await request(
      FEDERATED_PERSON,
      { id: lastReceipt.journeyId },
      { 'x-samsyn-consistent-with': lastReceipt.position! },
    );
    const readYourWritesMs = now() - consistentFrom;
    expect(consistent.response.errors).toBeUndefined();
    expect(consistent.response.data).toEqual({
      person: { id: lastReceipt.journeyId, homeKommun: '1880', fkAvslagCase: null, afJobSeeker: null, riskSignals: [] },
    });
    while (lanesRunningAt === undefined && now() - backAt < 20_000) await sleep(50);
    clearInterval(laneWatch);
    expect(stack.runner.status().map((lane) => [lane.projection, lane.state])).toEqual(
      READ_MODEL_PROJECTIONS.map((projection) => [projection.name, 'running']),
    );
    // The lanes run under their leases again: the advisory locks went with the old connection.
    const leasesHeld = async () =>
      (
        await stack.resources.sql.query<{ n: number }>(
          `select count(*)::int as n from pg_locks where locktype = 'advisory' and granted`,
        )
      )[0]?.n;
    for (const until = now() + 5_000; (await leasesHeld()) !== READ_MODEL_PROJECTIONS.length && now() < until;)
      await sleep(100);
    expect(await leasesHeld()).toBe(READ_MODEL_PROJECTIONS.length);
    expect(stack.runner.standingBy()).toEqual([]);

    process.stdout.write(
      `After recovery: ${JSON.stringify({ readYourWritesMs, lanesRunningMsAfterBack: lanesRunningAt! - backAt })}\n`,
    );
  });
});

/** A valid personnummer (Luhn check digit) per n, born in 2003, from the synthetic birth numbers 980–999. */
function syntheticPersonnummer(n: number): string {
  const birth = new Date(Date.UTC(2003, 0, 1) + Math.floor(n / 20) * 86_400_000);
  const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const serial = String(980 + (n % 20));
  const digits = date.slice(2) + serial;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits.charAt(i)) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return `${date}-${serial}${(10 - (sum % 10)) % 10}`;
}

/** `work` for each item, a few at a time, as clients would resend. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>, size = 4): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

function count(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
