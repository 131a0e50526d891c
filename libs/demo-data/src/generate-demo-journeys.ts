import { CalendarDate, type IsoDate, type JourneyCommand, type OpenJourney } from '@samsyn/domain';
import { v5 as uuidV5 } from 'uuid';
import { demoPeople, type DemoPerson } from './people/demo-people';
import { SeededRandom } from './random/seeded-random';
import { reachedCourse } from './story/course';
import { JourneySimulation } from './story/journey-simulation';
import { openJourney } from './story/opening';
import { REPRESENTATIVE_SHARE } from './story/proportions';
import { storyContext } from './story/story-context';

export interface DemoJourneyOptions {
  /** A whole number from 0 to 2^32 − 1; the same seed and day give byte-identical journeys. */
  readonly seed: number;
  /** The day the demo is loaded: every person of the table has their table age on it, and every command is from before it. */
  readonly today: IsoDate;
}

/** One person of the demo and their journey: the command that opens it, then every later command in order. */
export interface DemoJourney {
  readonly person: DemoPerson;
  readonly open: OpenJourney;
  readonly commands: readonly JourneyCommand[];
}

const DEMO_COMMAND_IDS = 'b8f0c6de-3c51-4d0e-9a43-5a0f3e2d9c61';

/** Stories told before giving up on reaching a person's course; 1.2–1.6 on average, at most 11 in the seeds and days tried. */
const MAX_TELLINGS = 100;

/**
 * The demo data set, told in the seeds' proportions: one journey per person in Örebro county's table, each with a
 * decision running on `today`, then the people whose aktivitetsersättning ended in the recorded years and those
 * refused it, none with a decision on `today`.
 */
export function generateDemoJourneys({ seed, today }: DemoJourneyOptions): DemoJourney[] {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`The demo seed must be a whole number from 0 to 2^32 − 1, got ${seed}`);
  }
  const day = CalendarDate.parse(today, 'today');
  return demoPeople(seed, day).map(({ person, random }) => journeyOf(person, random, seed, day));
}

/**
 * The person's story, told until it reaches their course (a decision running on today for the table's people, the
 * benefit ended or refused for the others): each telling draws from a stream of its own, so the story kept is one the
 * simulation tells of a person who ends where the person stands.
 */
function journeyOf(person: DemoPerson, random: SeededRandom, seed: number, today: CalendarDate): DemoJourney {
  const commandIdFor = (commandIndex: number) => uuidV5(`${seed}/${person.index}/${commandIndex}`, DEMO_COMMAND_IDS);
  const horizon = lastRecordedDay(person, today);
  for (let telling = 0; telling < MAX_TELLINGS; telling++) {
    const draws = telling === 0 ? random : SeededRandom.forItem(seed, person.index, telling);
    const simulation = new JourneySimulation(horizon, commandIdFor);
    const context = storyContext(simulation, draws, person, today, draws.chance(REPRESENTATIVE_SHARE));
    openJourney(context);
    const [open, ...commands] = simulation.run();
    if (open?.type !== 'OpenJourney')
      throw new Error(`The demo journey of person ${person.index} does not begin by opening it`);
    if (reachedCourse(context)) return { person, open, commands };
  }
  throw new Error(`No story of person ${person.index} reached the course ${person.course} in ${MAX_TELLINGS} tellings`);
}

/** Yesterday, or the day before the 30th birthday: the journeys are of people aged 19–29. */
function lastRecordedDay(person: DemoPerson, today: CalendarDate): CalendarDate {
  const yesterday = today.addDays(-1);
  const beforeThirty = CalendarDate.parse(person.birthDate, 'birthDate').addYears(30).addDays(-1);
  return beforeThirty.isBefore(yesterday) ? beforeThirty : yesterday;
}
