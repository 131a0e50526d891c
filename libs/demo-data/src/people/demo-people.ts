import type { CalendarDate, IsoDate } from '@samsyn/domain';
import { countyTableCells, type AgeBand, type CountyTableCell, type Gender } from '../county/orebro-county-table';
import { SeededRandom } from '../random/seeded-random';
import type { DemoCourse } from '../story/demo-course';
import { ENDED_COURSE, EXTRA_PEOPLE } from '../story/proportions';
import { drawBirthDate, leaverBirthDates, tableBirthDates, type BirthDates } from './birth-date';
import { SyntheticPersonnummerPool } from './synthetic-personnummer';

/** One person of the demo, made concrete: a synthetic personnummer that fits their course on `today`. */
export interface DemoPerson {
  /** Place in the demo's order, the table's people first in its order; with the seed it decides all drawn for the person. */
  readonly index: number;
  /** Counted in the county table: a granted period covers `today` (course `active`). */
  readonly inCountyTable: boolean;
  /** Where the journey stands on `today` (story/course.ts). */
  readonly course: DemoCourse;
  /** Home kommun, on `today` as throughout: the journeys do not move. */
  readonly kommunkod: string;
  readonly kommun: string;
  /** The table's age band on `today`; null for the people not in the table. */
  readonly ageBand: AgeBand | null;
  readonly gender: Gender;
  readonly birthDate: IsoDate;
  /** `YYYYMMDD-NNNC`. */
  readonly personnummer: string;
}

export interface PersonWithRandom {
  readonly person: DemoPerson;
  /** The person's own generator, to be drawn on further for their journey. */
  readonly random: SeededRandom;
}

type Home = Pick<CountyTableCell, 'kommunkod' | 'kommun' | 'gender'>;

/**
 * One person per head counted in the table, in the table's order; then the people whose aktivitetsersättning ended
 * in the recorded years and those refused it (EXTRA_PEOPLE), living and of the gender as the table's people are.
 */
export function demoPeople(seed: number, today: CalendarDate): PersonWithRandom[] {
  const pool = new SyntheticPersonnummerPool();
  const people: PersonWithRandom[] = [];
  const add = (home: Home, course: DemoCourse, ageBand: AgeBand | null, dates: BirthDates, random: SeededRandom) => {
    const index = people.length;
    const drawn = drawBirthDate(dates, random, `person ${index} (${course}) on ${today}`);
    const { birth, personnummer } = uniqueNumber(pool, drawn, dates, home.gender, random);
    const { kommunkod, kommun, gender } = home;
    const birthDate = birth.toString();
    people.push({
      person: {
        index,
        inCountyTable: course === 'active',
        course,
        kommunkod,
        kommun,
        ageBand,
        gender,
        birthDate,
        personnummer,
      },
      random,
    });
  };
  const cells = countyTableCells();
  for (const cell of cells) {
    const dates = tableBirthDates(cell.ageBand, today);
    for (let n = 0; n < cell.count; n++)
      add(cell, 'active', cell.ageBand, dates, SeededRandom.forItem(seed, people.length));
  }
  const weights = Object.fromEntries(cells.map((cell, index) => [String(index), cell.count]));
  for (let n = 0; n < EXTRA_PEOPLE.ended + EXTRA_PEOPLE.rejected; n++) {
    const random = SeededRandom.forItem(seed, people.length);
    const course = n < EXTRA_PEOPLE.ended ? random.weighted(ENDED_COURSE) : 'rejected';
    const home = cells[Number(random.weighted(weights))];
    if (!home) throw new Error('The county table has no cells');
    add(home, course, null, leaverBirthDates(course, today), random);
  }
  return people;
}

/** The drawn birth date, or the nearest one that still fits and has a number free. */
function uniqueNumber(
  pool: SyntheticPersonnummerPool,
  drawn: CalendarDate,
  dates: BirthDates,
  gender: Gender,
  random: SeededRandom,
): { birth: CalendarDate; personnummer: string } {
  for (let distance = 0; distance < 366; distance++) {
    for (const birth of distance === 0 ? [drawn] : [drawn.addDays(distance), drawn.addDays(-distance)]) {
      if (!dates.fits(birth)) continue;
      const personnummer = pool.take(birth, gender, random);
      if (personnummer) return { birth, personnummer };
    }
  }
  throw new Error(`No synthetic personnummer left near ${drawn}`);
}
