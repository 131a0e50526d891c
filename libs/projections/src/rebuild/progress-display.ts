import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { RebuildProgress, RebuildResult } from './rebuild-projections';

/** Shows a rebuild's progress: a bar on a terminal, a line now and then otherwise (logs, CI). */
export interface ProgressDisplay {
  start(progress: RebuildProgress): void;
  update(progress: RebuildProgress): void;
  finish(result: RebuildResult): void;
}

const LINE_INTERVAL_MS = 1_000;

export function progressDisplay(out: NodeJS.WriteStream): ProgressDisplay {
  return out.isTTY ? barDisplay(out) : lineDisplay(out);
}

export function describeResult({ projection, version, events, seconds, eventsPerSecond }: RebuildResult): string {
  return `${projection} v${version} rebuilt: ${events} events in ${seconds.toFixed(1)} s, ${Math.round(eventsPerSecond)} events/s`;
}

/** One bar per projection: a rebuild applies them together in one pass. */
function barDisplay(out: NodeJS.WriteStream): ProgressDisplay {
  const bars = new MultiBar(
    {
      format: '{projection} v{version} [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left',
      stream: out,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  const barOf = new Map<string, SingleBar>();
  return {
    start({ projection, version, applied, total }) {
      barOf.set(projection, bars.create(Math.max(total, 1), applied, { projection, version }));
    },
    update({ projection, applied, total }) {
      const bar = barOf.get(projection);
      bar?.setTotal(Math.max(total, 1));
      bar?.update(applied);
    },
    finish(result) {
      barOf.delete(result.projection);
      if (barOf.size === 0) bars.stop();
      out.write(`${describeResult(result)}\n`);
    },
  };
}

function lineDisplay(out: NodeJS.WriteStream): ProgressDisplay {
  const lastLineAt = new Map<string, number>();
  return {
    start({ projection, version, total }) {
      lastLineAt.set(projection, Date.now());
      out.write(`${projection} v${version}: rebuilding from the first of ${total} events\n`);
    },
    update({ projection, version, applied, total }) {
      if (Date.now() - (lastLineAt.get(projection) ?? 0) < LINE_INTERVAL_MS) return;
      lastLineAt.set(projection, Date.now());
      out.write(
        `${projection} v${version}: ${applied}/${total} events (${Math.floor((100 * applied) / Math.max(total, 1))}%)\n`,
      );
    },
    finish(result) {
      out.write(`${describeResult(result)}\n`);
    },
  };
}
