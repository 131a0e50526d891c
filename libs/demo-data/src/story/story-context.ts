import { CalendarDate, type ApplicationKind, type BenefitEndReason } from '@samsyn/domain';
import { kommunOrganisation, samordningsforbundFor } from '../county/orebro-organisations';
import type { DemoPerson } from '../people/demo-people';
import type { SeededRandom } from '../random/seeded-random';
import { ageLimits, type AgeLimits } from './age-limits';
import type { JourneySimulation } from './journey-simulation';

/** What the story keeps track of itself, so that every command it writes is one the domain accepts. */
export interface StoryState {
  /** The decision granted last, until its end is written. */
  activeDecision: { readonly decisionId: string; readonly from: CalendarDate; readonly to: CalendarDate } | null;
  pendingApplication: { readonly kind: ApplicationKind; readonly appliedOn: CalendarDate } | null;
  /** The last day of the latest period granted (or, for a journey opened at an extension, the period before it). */
  previousEnd: CalendarDate | null;
  /** No period follows the active one: when it ends, the aktivitetsersättning ends for good. */
  lastPeriod: boolean;
  movingOn: boolean;
  /** Periods granted and applications refused in the journey. */
  granted: number;
  avslag: number;
  /** The latest extension application was refused. */
  extensionRefused: boolean;
  /** How the aktivitetsersättning ended for good, until a new period is granted. */
  ended: {
    readonly reason: BenefitEndReason;
    readonly movedOn: boolean;
    readonly afterExtensionAvslag: boolean;
  } | null;
  supportStarted: boolean;
  jobSeeker: boolean;
  plan: boolean;
  readonly hasRepresentative: boolean;
  /** `organisation/role` → the current contact person's name. */
  readonly contactPersons: Map<string, string>;
  readonly insatser: Map<string, InsatsInStory>;
}

export interface InsatsInStory {
  readonly provider: string;
  readonly dependsOnBenefit: boolean;
  status: 'running' | 'paused' | 'ended';
}

export type StoryLimits = AgeLimits;

export interface StoryContext {
  readonly sim: JourneySimulation;
  readonly random: SeededRandom;
  readonly person: DemoPerson;
  readonly birth: CalendarDate;
  readonly today: CalendarDate;
  readonly limits: StoryLimits;
  readonly kommun: string;
  readonly samordningsforbund: string;
  readonly state: StoryState;
  /** `kind-n`, unique within the journey. */
  nextId(kind: string): string;
  /** Runs `action` `days` after the running action's day: on a weekday, during office hours. */
  later(days: number, action: () => void): void;
  /** Runs `action` on `day` (or the Monday after a weekend) at `minute`, office hours by default. */
  on(day: CalendarDate, action: () => void, minute?: number): void;
}

export function storyContext(
  sim: JourneySimulation,
  random: SeededRandom,
  person: DemoPerson,
  today: CalendarDate,
  hasRepresentative: boolean,
): StoryContext {
  const birth = CalendarDate.parse(person.birthDate, 'birthDate');
  const counters = new Map<string, number>();
  const on = (day: CalendarDate, action: () => void, minute = random.int(96, 186) * 5) =>
    sim.at(weekday(day), minute, action);
  return {
    sim,
    random,
    person,
    birth,
    today,
    limits: ageLimits(birth),
    kommun: kommunOrganisation(person.kommunkod),
    samordningsforbund: samordningsforbundFor(person.kommunkod),
    state: {
      activeDecision: null,
      pendingApplication: null,
      previousEnd: null,
      lastPeriod: false,
      movingOn: false,
      granted: 0,
      avslag: 0,
      extensionRefused: false,
      ended: null,
      supportStarted: false,
      jobSeeker: false,
      plan: false,
      hasRepresentative,
      contactPersons: new Map(),
      insatser: new Map(),
    },
    nextId(kind) {
      const next = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, next);
      return `${kind}-${next}`;
    },
    later: (days, action) => on(sim.day.addDays(days), action),
    on,
  };
}

/** Saturday and Sunday move to the Monday after. */
export function weekday(day: CalendarDate): CalendarDate {
  const dayOfWeek = (((day.dayNumber + 4) % 7) + 7) % 7; // 0 is Sunday
  return dayOfWeek === 6 ? day.addDays(2) : dayOfWeek === 0 ? day.addDays(1) : day;
}
