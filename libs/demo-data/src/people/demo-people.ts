import type { CalendarDate, IsoDate } from '@samsyn/domain';
import { countyTableCells, type AgeBand, type Gender } from '../county/orebro-county-table';
import { SeededRandom } from '../random/seeded-random';
import { ageOn, birthDateInAgeBand } from './birth-date';
import { SyntheticPersonnummerPool } from './synthetic-personnummer';

/** One person of the county table, made concrete: a synthetic personnummer that fits the cell on `today`. */
export interface DemoPerson {
  /** Place in the table's order; with the seed it decides everything drawn for the person. */
  readonly index: number;
  readonly kommunkod: string;
  readonly kommun: string;
  readonly ageBand: AgeBand;
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

/** One person per head counted in the table, in the table's order. */
export function demoPeople(seed: number, today: CalendarDate): PersonWithRandom[] {
  const pool = new SyntheticPersonnummerPool();
  const people: PersonWithRandom[] = [];
  for (const cell of countyTableCells()) {
    for (let n = 0; n < cell.count; n++) {
      const index = people.length;
      const random = SeededRandom.forItem(seed, index);
      const drawn = birthDateInAgeBand(cell.ageBand, today, random);
      const { birth, personnummer } = uniqueNumber(pool, drawn, cell.ageBand, cell.gender, today, random);
      const { kommunkod, kommun, ageBand, gender } = cell;
      people.push({ person: { index, kommunkod, kommun, ageBand, gender, birthDate: birth.toString(), personnummer }, random });
    }
  }
  return people;
}

/** The drawn birth date, or the nearest day in the same age band that still has a number free. */
function uniqueNumber(
  pool: SyntheticPersonnummerPool,
  drawn: CalendarDate,
  band: AgeBand,
  gender: Gender,
  today: CalendarDate,
  random: SeededRandom,
): { birth: CalendarDate; personnummer: string } {
  const age = ageOn(drawn, today);
  for (let distance = 0; distance < 366; distance++) {
    for (const birth of distance === 0 ? [drawn] : [drawn.addDays(distance), drawn.addDays(-distance)]) {
      if (ageOn(birth, today) !== age) continue;
      const personnummer = pool.take(birth, gender, random);
      if (personnummer) return { birth, personnummer };
    }
  }
  throw new Error(`No synthetic personnummer left for age band ${band}`);
}
