import { CalendarDate, type ApplicationKind } from '@samsyn/domain';
import { syntheticName, syntheticPhone } from '../people/synthetic-contacts';
import { ageLimits, earlierOf, laterOf } from './age-limits';
import { receiveApplication } from './applications';
import { assignContactPerson } from './contact-persons';
import type { DemoCourse } from './course';
import { FIRST_TIME_SHARE_WHEN_OLDER, REPRESENTATIVE_KIND } from './proportions';
import type { StoryContext } from './story-context';

/** How far back a demo journey may begin: the years Samsyn would have recorded. */
export const RECORDED_MONTHS = 48;

/** FK opens the journey when the first application in the recorded years comes in. */
export function openJourney(context: StoryContext): void {
  const { day, kind } = firstApplication(context);
  context.on(day, () => {
    const { person, random, sim, state } = context;
    sim.write('OpenJourney', { personnummer: person.personnummer, homeKommun: person.kommunkod }, 'FK');
    assignContactPerson(context, 'FK', 'handlaggare');
    if (state.hasRepresentative) {
      const representative = {
        representativeId: context.nextId('representative'),
        kind: random.weighted(REPRESENTATIVE_KIND),
      };
      sim.write(
        'AppointRepresentative',
        { ...representative, name: syntheticName(random), contact: syntheticPhone(random) },
        'PERSON',
      );
    }
    // A journey opened at an extension continues a period granted before the recorded years.
    if (kind === 'extension') state.previousEnd = lastDayOfMonth(sim.day.addDays(random.int(60, 180)));
    receiveApplication(context, kind);
  });
}

export interface ApplicationWindow {
  readonly earliest: CalendarDate;
  readonly latest: CalendarDate;
}

/**
 * When the first application of the recorded years may come: within them, no earlier than half a year before the
 * first possible period, and early enough that a year-long period still fits before the 30th birthday. The people
 * of the table apply up to a month before today. The others apply from their 19th birthday on, so that they are
 * 19–29 throughout, and early enough for their course: the rejected to have their avslag before today, the leavers
 * to have a period, and its end, before today (course.ts).
 */
export function firstApplicationWindow(
  course: DemoCourse,
  birth: CalendarDate,
  today: CalendarDate,
): ApplicationWindow {
  const limits = ageLimits(birth);
  const recordedFrom = today.addMonths(-RECORDED_MONTHS);
  const eligibleFrom = limits.earliestStart.addMonths(-6);
  const earliest = laterOf(recordedFrom, course === 'active' ? eligibleFrom : laterOf(eligibleFrom, limits.nineteenth));
  const lastUseful = limits.latestEnd.addMonths(-20);
  return { earliest, latest: earlierOf(lastUseful, LATEST_FIRST_APPLICATION[course](today)) };
}

const LATEST_FIRST_APPLICATION: Readonly<Record<DemoCourse, (today: CalendarDate) => CalendarDate>> = {
  active: (today) => today.addMonths(-1),
  rejected: (today) => today.addDays(-101), // decided at most 100 days after applying
  turned_30: (today) => today,
  moved_on: (today) => today.addMonths(-20), // decided, a year-long period begun and ended before today
  extension_rejected: (today) => today.addMonths(-20),
};

/** A day in the window; the newly eligible apply for the first time, the rejected always do. */
function firstApplication(context: StoryContext): { day: CalendarDate; kind: ApplicationKind } {
  const { limits, person, random, today } = context;
  const { earliest, latest } = firstApplicationWindow(person.course, context.birth, today);
  const from = earliest.isAfter(latest) ? latest.addMonths(-3) : earliest;
  const day = from.addDays(random.int(0, from.daysUntil(latest)));
  const newlyEligible = day.isBefore(limits.earliestStart.addMonths(12));
  const firstTime = newlyEligible || random.chance(FIRST_TIME_SHARE_WHEN_OLDER) || person.course === 'rejected';
  return { day, kind: firstTime ? 'first_time' : 'extension' };
}

function lastDayOfMonth(day: CalendarDate): CalendarDate {
  return CalendarDate.firstDayOfMonth(day.year, day.month).addMonths(1).addDays(-1);
}
