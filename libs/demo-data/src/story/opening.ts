import { CalendarDate, type ApplicationKind } from '@samsyn/domain';
import { syntheticName, syntheticPhone } from '../people/synthetic-contacts';
import { receiveApplication } from './applications';
import { assignContactPerson } from './contact-persons';
import { FIRST_TIME_SHARE_WHEN_OLDER, REPRESENTATIVE_KIND } from './proportions';
import type { StoryContext } from './story-context';

/** How far back a demo journey may begin: the years Samsyn would have recorded. */
const RECORDED_MONTHS = 48;

/** FK opens the journey when the first application in the recorded years comes in. */
export function openJourney(context: StoryContext): void {
  const { day, kind } = firstApplication(context);
  context.on(day, () => {
    const { person, random, sim, state } = context;
    sim.write('OpenJourney', { personnummer: person.personnummer, homeKommun: person.kommunkod }, 'FK');
    assignContactPerson(context, 'FK', 'handlaggare');
    if (state.hasRepresentative) {
      const representative = { representativeId: context.nextId('representative'), kind: random.weighted(REPRESENTATIVE_KIND) };
      sim.write('AppointRepresentative', { ...representative, name: syntheticName(random), contact: syntheticPhone(random) }, 'PERSON');
    }
    // A journey opened at an extension continues a period granted before the recorded years.
    if (kind === 'extension') state.previousEnd = lastDayOfMonth(sim.day.addDays(random.int(60, 180)));
    receiveApplication(context, kind);
  });
}

/**
 * Within the recorded years, no earlier than half a year before the first possible period, and early enough that a
 * year-long period still fits before the 30th birthday; the newly eligible apply for the first time.
 */
function firstApplication(context: StoryContext): { day: CalendarDate; kind: ApplicationKind } {
  const { limits, random, today } = context;
  const recordedFrom = today.addMonths(-RECORDED_MONTHS);
  const eligibleFrom = limits.earliestStart.addMonths(-6);
  const earliest = recordedFrom.isAfter(eligibleFrom) ? recordedFrom : eligibleFrom;
  const lastUseful = limits.latestEnd.addMonths(-20);
  const latest = lastUseful.isBefore(today.addMonths(-1)) ? lastUseful : today.addMonths(-1);
  const from = earliest.isAfter(latest) ? latest.addMonths(-3) : earliest;
  const day = from.addDays(random.int(0, from.daysUntil(latest)));
  const newlyEligible = day.isBefore(limits.earliestStart.addMonths(12));
  const kind = newlyEligible || random.chance(FIRST_TIME_SHARE_WHEN_OLDER) ? 'first_time' : 'extension';
  return { day, kind };
}

function lastDayOfMonth(day: CalendarDate): CalendarDate {
  return CalendarDate.firstDayOfMonth(day.year, day.month).addMonths(1).addDays(-1);
}
