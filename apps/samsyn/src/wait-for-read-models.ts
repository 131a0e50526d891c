import type { Projection, ProjectionRunner } from '@samsyn/projections';

const POLL_MS = 250;
const REPORT_EVERY_MS = 2_000;

/** Waits until every read model has applied every journey event, saying how far behind they are now and then. */
export async function waitForReadModels(
  runner: ProjectionRunner,
  projections: readonly Projection[],
  say: (line: string) => void,
): Promise<{ events: number; ms: number }> {
  const started = performance.now();
  let lastReport = started;
  let firstBehind: number | undefined;
  for (;;) {
    const lags = await Promise.all(projections.map((projection) => runner.lag(projection.name)));
    const behind = Math.max(...lags.map((lag) => lag.eventsBehind));
    firstBehind ??= behind;
    if (behind === 0) return { events: firstBehind, ms: performance.now() - started };
    if (performance.now() - lastReport >= REPORT_EVERY_MS) {
      lastReport = performance.now();
      say(`read models: ${behind} events behind`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
