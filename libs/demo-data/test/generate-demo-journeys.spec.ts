import { DomainError, parseTimestamp, Personnummer } from '@samsyn/domain';
import {
  countyTableCells,
  EXTRA_PEOPLE,
  generateDemoJourneys,
  SYNTHETIC_BIRTH_NUMBERS,
  type DemoJourney,
} from '@samsyn/demo-data';
import { decideJourney, TEST_SEED, TEST_TODAY } from './demo-journeys.kit';

const AGES = { '19': [19, 19], '20-24': [20, 24], '25-29': [25, 29] } as const;
const GENDER = { man: 'MAN', woman: 'WOMAN' } as const;

describe('generateDemoJourneys', () => {
  let journeys: DemoJourney[];
  beforeAll(() => {
    journeys = generateDemoJourneys({ seed: TEST_SEED, today: TEST_TODAY });
  });

  it('tells one journey per person of the county table, from the kommun of their cell, then the leavers and the rejected', () => {
    const tally = new Map<string, number>();
    for (const { person, open } of journeys) {
      expect(open.data.homeKommun).toBe(person.kommunkod);
      if (!person.inCountyTable) continue;
      const cell = `${person.kommunkod}/${person.ageBand}/${person.gender}`;
      tally.set(cell, (tally.get(cell) ?? 0) + 1);
    }
    for (const cell of countyTableCells()) {
      expect(tally.get(`${cell.kommunkod}/${cell.ageBand}/${cell.gender}`) ?? 0).toBe(cell.count);
    }
    expect(journeys.filter(({ person }) => person.inCountyTable)).toHaveLength(943);
    expect(journeys.slice(0, 943).every(({ person }) => person.inCountyTable && person.course === 'active')).toBe(true);
    const others = journeys.slice(943);
    expect(others).toHaveLength(EXTRA_PEOPLE.ended + EXTRA_PEOPLE.rejected);
    expect(
      others.every(({ person }) => !person.inCountyTable && person.course !== 'active' && person.ageBand === null),
    ).toBe(true);
    expect(new Set(others.map(({ person }) => person.course))).toEqual(
      new Set(['moved_on', 'extension_rejected', 'turned_30', 'rejected']),
    );
    expect(new Set(others.map(({ person }) => person.kommunkod)).size).toBe(12);
  });

  it('gives everyone a valid, unique, recognisably synthetic personnummer of their gender, and the table age band today', () => {
    const canonical = new Set<string>();
    const misfits: string[] = [];
    for (const { person, open } of journeys) {
      const personnummer = Personnummer.parse(open.data.personnummer, { today: TEST_TODAY });
      canonical.add(personnummer.canonical);
      const age = personnummer.ageAt(TEST_TODAY);
      const birthNumber = Number(personnummer.canonical.slice(8, 11));
      const synthetic = birthNumber >= SYNTHETIC_BIRTH_NUMBERS.first && birthNumber <= SYNTHETIC_BIRTH_NUMBERS.last;
      const [youngest, oldest] = person.ageBand ? AGES[person.ageBand] : [19, 32];
      if (age < youngest || age > oldest) misfits.push(`person ${person.index}: age ${age}`);
      if (personnummer.legalGender !== GENDER[person.gender]) misfits.push(`person ${person.index}: gender`);
      if (!synthetic) misfits.push(`person ${person.index}: birth number`);
    }
    expect(misfits).toEqual([]);
    expect(canonical.size).toBe(journeys.length);
  });

  it('writes only commands the domain accepts', () => {
    expect(refusedJourneys(journeys)).toEqual([]);
  });

  it('writes each journey in time order, every command before today, each with a command id of its own', () => {
    const ids = new Set<string>();
    const outOfOrder: string[] = [];
    let commands = 0;
    for (const { person, open, commands: rest } of journeys) {
      const moments = [open, ...rest].map((command) => parseTimestamp(command.metadata.now, 'now'));
      moments.forEach((moment, index) => {
        const previous = moments[index - 1];
        const where = `person ${person.index}, command ${index}`;
        if (moment.date >= TEST_TODAY) outOfOrder.push(`${where}: not before today`);
        if (previous && moment.epochMillis <= previous.epochMillis)
          outOfOrder.push(`${where}: not after the one before`);
      });
      for (const command of [open, ...rest]) ids.add(command.metadata.commandId);
      commands += 1 + rest.length;
    }
    expect(outOfOrder).toEqual([]);
    expect(ids.size).toBe(commands);
  });

  it('gives byte-identical journeys for the same seed and day, other journeys for another seed', () => {
    const again = JSON.stringify(generateDemoJourneys({ seed: TEST_SEED, today: TEST_TODAY }));
    expect(again).toBe(JSON.stringify(journeys));
    expect(JSON.stringify(generateDemoJourneys({ seed: TEST_SEED + 1, today: TEST_TODAY }))).not.toBe(again);
  });

  it.each([
    [1, '2024-02-29'],
    [4_294_967_295, '2027-10-31'],
  ])('stays within the domain rules for seed %d on %s', (seed, today) => {
    expect(refusedJourneys(generateDemoJourneys({ seed, today }))).toEqual([]);
  });

  it('refuses a seed that is not a 32-bit whole number', () => {
    expect(() => generateDemoJourneys({ seed: 1.5, today: TEST_TODAY })).toThrow(RangeError);
    expect(() => generateDemoJourneys({ seed: -1, today: TEST_TODAY })).toThrow(RangeError);
  });
});

/** Which journeys the domain refuses, and the rule each breaks. */
function refusedJourneys(journeys: readonly DemoJourney[]): string[] {
  return journeys.flatMap((journey) => {
    try {
      decideJourney(journey);
      return [];
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return [`person ${journey.person.index}: ${error.code} ${error.message}`];
    }
  });
}
