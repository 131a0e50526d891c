import { Presets, SingleBar } from 'cli-progress';
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

function barDisplay(out: NodeJS.WriteStream): ProgressDisplay {
  let bar: SingleBar | undefined;
  return {
    start({ projection, version, applied, total }) {
      bar = new SingleBar(
        {
          format: '{projection} v{version} [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left',
          stream: out,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), applied, { projection, version });
    },
    update({ applied, total }) {
      bar?.setTotal(Math.max(total, 1));
      bar?.update(applied);
    },
    finish(result) {
      bar?.stop();
      bar = undefined;
      out.write(`${describeResult(result)}\n`);
    },
  };
}

function lineDisplay(out: NodeJS.WriteStream): ProgressDisplay {
  let lastLineAt = 0;
  return {
    start({ projection, version, total }) {
      lastLineAt = Date.now();
      out.write(`${projection} v${version}: rebuilding from the first of ${total} events\n`);
    },
    update({ projection, version, applied, total }) {
      if (Date.now() - lastLineAt < LINE_INTERVAL_MS) return;
      lastLineAt = Date.now();
      out.write(
        `${projection} v${version}: ${applied}/${total} events (${Math.floor((100 * applied) / Math.max(total, 1))}%)\n`,
      );
    },
    finish(result) {
      out.write(`${describeResult(result)}\n`);
    },
  };
}
