import { EXTRA_PEOPLE, generateDemoJourneys } from '@samsyn/demo-data';
import type { BenefitEnded, JourneyEvent } from '@samsyn/domain';
import {
  activeOn,
  count,
  decideJourney,
  reportCell,
  tableCells,
  TEST_TODAY,
  type DecidedJourney,
} from './demo-journeys.kit';

/** Ended for good: a BenefitEnded with no decision granted after it, and none running on today. */
function benefitEndedForGood(journey: DecidedJourney, today: string): boolean {
  const lastEnd = journey.events.findLastIndex((event) => event.type === 'BenefitEnded');
  const grantedSince = journey.events.slice(lastEnd).some((event) => event.type === 'DecisionGranted');
  return lastEnd >= 0 && !grantedSince && !activeOn(journey, today);
}

function movedOnToWorkOrStudies(journey: DecidedJourney): boolean {
  const lastEnd = journey.events.findLastIndex((event) => event.type === 'BenefitEnded');
  return journey.events
    .slice(lastEnd)
    .some((event) => event.type === 'OutcomeRecorded' && (event.data.kind === 'work' || event.data.kind === 'studies'));
}

describe.each([
  [2023, TEST_TODAY],
  [1, '2024-02-29'],
  [4_294_967_295, '2027-10-31'],
])('the demo population of seed %d on %s', (seed, today) => {
  let decided: DecidedJourney[];
  beforeAll(() => {
    decided = generateDemoJourneys({ seed, today }).map(decideJourney);
  });

  it('has, as a report counts it, exactly the county table active on today: kommun × age band × gender, cell for cell', () => {
    const tally = new Map<string, number>();
    for (const journey of decided.filter((candidate) => activeOn(candidate, today))) {
      const cell = reportCell(journey, today);
      tally.set(cell, (tally.get(cell) ?? 0) + 1);
    }
    expect(Object.fromEntries(tally)).toEqual(tableCells());
  });

  it("holds the table's people and the others apart: only the table's people are active on today", () => {
    expect(decided).toHaveLength(943 + EXTRA_PEOPLE.ended + EXTRA_PEOPLE.rejected);
    const misfits = decided.filter((journey) => journey.journey.person.inCountyTable !== activeOn(journey, today));
    expect(misfits.map(({ journey }) => `person ${journey.person.index} (${journey.person.course})`)).toEqual([]);
  });

  it('ends the benefit of the leavers before today, about 18% moving on to work or studies (seed 000, lines 2437–2448)', () => {
    const ended = decided.filter((journey) => benefitEndedForGood(journey, today));
    expect(ended).toHaveLength(EXTRA_PEOPLE.ended);
    const share = count(ended, movedOnToWorkOrStudies) / ended.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.21);
    const isEnd = (event: JourneyEvent): event is BenefitEnded => event.type === 'BenefitEnded';
    const byReason = (reason: BenefitEnded['data']['reason']) =>
      count(ended, ({ events }) => events.findLast(isEnd)?.data.reason === reason);
    expect(byReason('turned_30')).toBeGreaterThan(0.5 * ended.length);
    expect(byReason('period_expired')).toBeGreaterThan(0.3 * ended.length);
  });

  it('refuses the rejected and never grants them; the table and the leavers may have had an avslag before their grant', () => {
    const rejected = decided.filter(({ journey }) => journey.person.course === 'rejected');
    expect(rejected).toHaveLength(EXTRA_PEOPLE.rejected);
    expect(count(rejected, ({ events }) => events.some((event) => event.type === 'DecisionGranted'))).toBe(0);
    expect(rejected.every(({ events }) => events.some((event) => event.type === 'ApplicationRejected'))).toBe(true);
    const grantedAfterAvslag = ({ events }: DecidedJourney) => {
      const avslag = events.findIndex((event) => event.type === 'ApplicationRejected');
      return avslag >= 0 && events.slice(avslag).some((event) => event.type === 'DecisionGranted');
    };
    expect(
      count(
        decided.filter((journey) => journey.journey.person.inCountyTable),
        grantedAfterAvslag,
      ),
    ).toBeGreaterThan(20);
  });

  it('keeps the people outside the table aged 19–29 at every event of their journey', () => {
    const misfits: string[] = [];
    for (const { journey } of decided.filter((candidate) => !candidate.journey.person.inCountyTable)) {
      const birth = journey.person.birthDate;
      for (const command of [journey.open, ...journey.commands]) {
        const day = command.metadata.now.slice(0, 10);
        const age = Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);
        if (age < 19 || age > 29) misfits.push(`person ${journey.person.index}: ${command.type} at ${age}`);
      }
    }
    expect(misfits).toEqual([]);
  });
});
