import { progress } from './progress';

type Release = () => Promise<unknown>;

/**
 * Everything the run opened, released in reverse order exactly once: at the end, on an error,
 * or on Ctrl-C / SIGTERM. A failing release is reported and does not stop the others.
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

  /** On SIGINT/SIGTERM: release everything, then exit with the signal's conventional code. */
  onSignals(): void {
    const handle = (signal: NodeJS.Signals, code: number): void => {
      progress(`${signal}: closing everything`);
      void this.runAll().finally(() => process.exit(code));
    };
    process.once('SIGINT', () => handle('SIGINT', 130));
    process.once('SIGTERM', () => handle('SIGTERM', 143));
  }

  private async releaseAll(): Promise<void> {
    for (const { name, release } of this.releases.splice(0).reverse()) {
      try {
        await release();
      } catch (error) {
        progress(`closing ${name} failed: ${describeError(error)}`);
      }
    }
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
