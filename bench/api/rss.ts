import { readFile } from 'node:fs/promises';

const MIB = 1024 * 1024;

/** Resident set size of process `pid` in MiB (VmRSS in /proc/<pid>/status); null when it cannot be read. */
export async function rssMiB(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    return kib === undefined ? null : (Number(kib) * 1024) / MIB;
  } catch {
    return null;
  }
}

export interface RssSampler {
  /** The latest sample, in MiB. */
  latest(): number | null;
  /** Stops sampling; the samples taken, in MiB, with their time in seconds since the start. */
  stop(): { seconds: number; mib: number }[];
}

/** Samples the RSS of `pid` every `everyMs` until stopped. */
export function sampleRss(pid: number, everyMs: number): RssSampler {
  const started = performance.now();
  const samples: { seconds: number; mib: number }[] = [];
  const take = () =>
    void rssMiB(pid).then((mib) => {
      if (mib !== null) samples.push({ seconds: (performance.now() - started) / 1000, mib });
    });
  take();
  const timer = setInterval(take, everyMs);
  return {
    latest: () => samples.at(-1)?.mib ?? null,
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}
