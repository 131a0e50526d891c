import type { SectionResult } from '../section';

/** One run of `npm run bench`: what ran, on what, and every section's figures. */
export interface RunReport {
  readonly startedAt: string;
  readonly quick: boolean;
  readonly machine: string;
  readonly sections: readonly SectionResult[];
  /** Sections that failed: their error, so one broken section does not hide the others' figures. */
  readonly failures: readonly { readonly section: string; readonly error: string }[];
  readonly seconds: number;
}
