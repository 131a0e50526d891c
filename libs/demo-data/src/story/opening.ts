import { CalendarDate, type ApplicationKind } from '@samsyn/domain';
import { syntheticName, syntheticPhone } from '../people/synthetic-contacts';
import { receiveApplication } from './applications';
import { assignContactPerson } from './contact-persons';
import { firstApplicationWindow } from './application-window';
import { FIRST_TIME_SHARE_WHEN_OLDER, REPRESENTATIVE_KIND } from './proportions';
import type { StoryContext } from './story-context';

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
