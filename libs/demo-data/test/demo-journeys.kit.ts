import {
  decide,
  evolve,
  initialState,
  type ActiveJourney,
  type JourneyCommand,
  type JourneyEvent,
  type JourneyState,
} from '@samsyn/domain';
import { Personnummer } from '@samsyn/domain';
import { countyTableCells, type AgeBand, type DemoJourney, type Gender } from '@samsyn/demo-data';

export const TEST_SEED = 20191031;
export const TEST_TODAY = '2025-11-23';

export interface DecidedJourney {
  readonly journey: DemoJourney;
  readonly events: JourneyEvent[];
  readonly state: ActiveJourney;
}

/** Runs a journey's commands through the domain as the application layer would; a refused command throws. */
export function decideJourney(journey: DemoJourney): DecidedJourney {
  let state: JourneyState = initialState();
  const events: JourneyEvent[] = [];
  for (const command of [journey.open, ...journey.commands] as JourneyCommand[]) {
    for (const event of decide(command, state)) {
      events.push(event);
      state = evolve(state, event);
    }
  }
  if (state.status !== 'active') throw new Error('The journey was never opened');
  return { journey, events, state };
}

export function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length;
}

/** A decision granted, not ended, whose period covers `today`. */
export function activeOn({ state }: DecidedJourney, today: string): boolean {
  const decision = state.activeDecision;
  return decision !== null && decision.from <= today && today <= decision.to;
}

/** The county table's cell of a journey as a report finds it: home kommun, age band and legal gender by the personnummer. */
export function reportCell({ state }: Pick<DecidedJourney, 'state'>, today: string): string {
  if (state.personnummer === null) throw new Error('A demo journey is never erased');
  const personnummer = Personnummer.parse(state.personnummer, { today });
  const age = personnummer.ageAt(today);
  const band: AgeBand | 'none' =
    age === 19 ? '19' : age >= 20 && age <= 24 ? '20-24' : age >= 25 && age <= 29 ? '25-29' : 'none';
  const gender: Gender = personnummer.legalGender === 'MAN' ? 'man' : 'woman';
  return `${state.homeKommun}/${band}/${gender}`;
}

/** The table's cells that count anyone, `kommunkod/ageBand/gender` → people, as reportCell names them. */
export function tableCells(): Record<string, number> {
  const cells = countyTableCells().filter((cell) => cell.count > 0);
  return Object.fromEntries(cells.map((cell) => [`${cell.kommunkod}/${cell.ageBand}/${cell.gender}`, cell.count]));
}
