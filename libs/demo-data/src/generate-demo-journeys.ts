import { CalendarDate, type IsoDate, type JourneyCommand, type OpenJourney } from '@samsyn/domain';
import { v5 as uuidV5 } from 'uuid';
import { demoPeople, type DemoPerson } from './people/demo-people';
import type { SeededRandom } from './random/seeded-random';
import { JourneySimulation } from './story/journey-simulation';
import { openJourney } from './story/opening';
import { REPRESENTATIVE_SHARE } from './story/proportions';
import { storyContext } from './story/story-context';

export interface DemoJourneyOptions {
  /** A whole number from 0 to 2^32 − 1; the same seed and day give byte-identical journeys. */
  readonly seed: number;
  /** The day the demo is loaded: every person has their table age on it, and every command is from before it. */
  readonly today: IsoDate;
}

/** One person of the county table and their journey: the command that opens it, then every later command in order. */
export interface DemoJourney {
  readonly person: DemoPerson;
  readonly open: OpenJourney;
  readonly commands: readonly JourneyCommand[];
}

const DEMO_COMMAND_IDS = 'b8f0c6de-3c51-4d0e-9a43-5a0f3e2d9c61';

/** The demo data set: one journey per person in Örebro county's table, told in the seeds' proportions. */
export function generateDemoJourneys({ seed, today }: DemoJourneyOptions): DemoJourney[] {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`The demo seed must be a whole number from 0 to 2^32 − 1, got ${seed}`);
  }
  const day = CalendarDate.parse(today, 'today');
  return demoPeople(seed, day).map(({ person, random }) => journeyOf(person, random, seed, day));
}

function journeyOf(person: DemoPerson, random: SeededRandom, seed: number, today: CalendarDate): DemoJourney {
  const commandIdFor = (commandIndex: number) => uuidV5(`${seed}/${person.index}/${commandIndex}`, DEMO_COMMAND_IDS);
  const simulation = new JourneySimulation(today.addDays(-1), commandIdFor);
  openJourney(storyContext(simulation, random, person, today, random.chance(REPRESENTATIVE_SHARE)));
  const [open, ...commands] = simulation.run();
  if (open?.type !== 'OpenJourney') throw new Error(`The demo journey of person ${person.index} does not begin by opening it`);
  return { person, open, commands };
}
