import type { DemoDataLoad } from '@samsyn/demo-data';

/** The start-up line after the demo data step: what was loaded, from which seed, or why nothing was. */
export function demoDataLine(demo: DemoDataLoad): string {
  return demo.status === 'loaded'
    ? `  demo data: ${demo.journeys} journeys, ${demo.events} events in ${(demo.ms / 1000).toFixed(1)} s (Örebro county, seed ${demo.seed})`
    : `  demo data: ${demo.reason}`;
}
