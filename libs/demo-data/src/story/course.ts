import type { ApplicationKind, CalendarDate } from '@samsyn/domain';
import { EXTENSION_AVSLAG, FIRST_TIME_AVSLAG, LEAVE_AT_AN_EARLIER_CHANCE, REAPPLY_AFTER_AVSLAG } from './proportions';
import type { StoryContext } from './story-context';

/**
 * The last day a period may run to for someone whose benefit must have ended, and been written as ended, before
 * today: a period ends on its last day and is written as ended the first weekday after. An extension refused is decided at most
 * 100 days after an application made at least 60 days before the period's end (applications.ts), so its
 * period ends well before today for the avslag to come before it.
 */
export function periodEndCap(context: StoryContext): CalendarDate | null {
  switch (context.person.course) {
    case 'moved_on':
      return context.today.addDays(-4);
    case 'extension_rejected':
      return context.today.addDays(-45);
    default:
      return null;
  }
}

/**
 * Whether FK refuses the application now decided: drawn in the reports' shares, except where the person's course
 * decides it. The rejected are refused every time. The leavers' extensions are granted, but for the one that ends it
 * for someone whose extension is refused: at the last period that ends in time for it, or at an even chance at one
 * before it.
 */
export function refusesApplication(context: StoryContext, kind: ApplicationKind): boolean {
  const { person, random, state } = context;
  const drawn = random.chance(kind === 'first_time' ? FIRST_TIME_AVSLAG[person.gender] : EXTENSION_AVSLAG);
  if (person.course === 'rejected') return true;
  if (person.course === 'active' || kind === 'first_time') return drawn;
  if (person.course !== 'extension_rejected' || state.granted === 0 || !state.previousEnd) return false;
  return isLastChance(context, state.previousEnd);
}

/** After an avslag some apply again (REAPPLY_AFTER_AVSLAG); not a leaver whose extension was refused. */
export function reappliesAfterAvslag(context: StoryContext, kind: ApplicationKind): boolean {
  const applies = context.random.chance(REAPPLY_AFTER_AVSLAG);
  const { course } = context.person;
  return applies && (course === 'active' || course === 'rejected' || kind === 'first_time');
}

/** A leaver moving on to work or studies does not apply again once the period ending `to` is over. */
export function movesOnAfter(context: StoryContext, to: CalendarDate): boolean {
  return context.person.course === 'moved_on' && isLastChance(context, to);
}

/** At a period ending in time: certainly when no further year would end in time too, else at an even chance. */
function isLastChance(context: StoryContext, to: CalendarDate): boolean {
  const cap = periodEndCap(context);
  if (!cap || to.isAfter(cap)) return false;
  const anotherFits = !to.addYears(1).isAfter(cap);
  return !anotherFits || context.random.chance(LEAVE_AT_AN_EARLIER_CHANCE);
}

/** Whether the story told reached the person's course; one that did not is told again from another stream. */
export function reachedCourse(context: StoryContext): boolean {
  const { person, state, today } = context;
  const decision = state.activeDecision;
  const ended = state.ended;
  switch (person.course) {
    case 'active':
      return decision !== null && !decision.from.isAfter(today) && !decision.to.isBefore(today);
    case 'rejected':
      return state.granted === 0 && state.avslag > 0;
    case 'moved_on':
      return decision === null && ended?.movedOn === true;
    case 'extension_rejected':
      return decision === null && ended?.afterExtensionAvslag === true;
    case 'turned_30':
      return decision === null && ended?.reason === 'turned_30';
  }
}
