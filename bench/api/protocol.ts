import type { ScheduleMeetingData } from './schedule-meeting';

/** What the bench's Samsyn process (samsyn-child.ts) tells the bench over the IPC channel. */
export type ChildMessage =
  | {
      kind: 'ready';
      gatewayUrl: string;
      subgraphUrls: Record<string, string>;
      journeyIds: string[];
      demoEvents: number;
      store: string;
      startupSeconds: number;
    }
  | { kind: 'progress'; line: string }
  | { kind: 'bus-done'; requestId: number; durationsMs: number[]; failures: number; firstError: string | null }
  | { kind: 'memory'; requestId: number; usage: MemoryFigures }
  | { kind: 'failed'; message: string };

/** One command for the in-process command bus: the same ScheduleMeeting the mutations send. */
export interface BusCommand {
  journeyId: string;
  commandId: string;
  data: ScheduleMeetingData;
}

/** process.memoryUsage() of the Samsyn process, in bytes. */
export interface MemoryFigures {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/**
 * What the bench asks its Samsyn process: run commands one after another on the command bus, timing each;
 * or tell its memory usage as Node counts it.
 */
export type ParentMessage =
  | { kind: 'bus'; requestId: number; author: string; commands: BusCommand[] }
  /** `collectFirst`: a full garbage collection first (the process runs with --expose-gc), to see what stays alive. */
  | { kind: 'memory'; requestId: number; collectFirst: boolean };
