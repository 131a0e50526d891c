import { demoDataLine } from '../src/demo-data-line';

describe('the start-up line of the demo data step', () => {
  it('names the seed the journeys were generated from, not the default one', () => {
    const line = demoDataLine({ status: 'loaded', seed: 7, journeys: 2458, events: 35_729, ms: 28_400 });
    expect(line).toBe('  demo data: 2458 journeys, 35729 events in 28.4 s (Örebro county, seed 7)');
  });

  it('says why nothing was loaded into a store that already holds journeys', () => {
    const reason = 'The store already holds journeys; demo data is loaded only into an empty store';
    expect(demoDataLine({ status: 'skipped', reason, journeys: 0, events: 0, ms: 3 })).toBe(`  demo data: ${reason}`);
  });
});
