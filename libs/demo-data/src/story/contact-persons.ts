import type { ContactRole } from '@samsyn/domain';
import { syntheticName, syntheticPhone } from '../people/synthetic-contacts';
import { PHRASES } from './phrases';
import { CONTACT_CHANGE_UNTOLD, CONTACT_CHANGED_AGAIN, CONTACT_PERSON_CHANGED } from './proportions';
import type { StoryContext } from './story-context';

/** An organisation names its contact person for a role, unless it already has one; some are replaced later. */
export function assignContactPerson(context: StoryContext, organisation: string, role: ContactRole): void {
  const { random, sim, state } = context;
  const key = `${organisation}/${role}`;
  if (state.contactPersons.has(key)) return;
  const name = syntheticName(random);
  sim.write('AssignContactPerson', { role, name, phone: syntheticPhone(random) }, organisation);
  state.contactPersons.set(key, name);
  if (random.chance(CONTACT_PERSON_CHANGED))
    context.later(random.int(60, 700), () => changeContactPerson(context, organisation, role));
}

/** Contact persons change, and not everyone is told (seed 000, lines 456–470). */
function changeContactPerson(context: StoryContext, organisation: string, role: ContactRole): void {
  const { random, sim, state } = context;
  const key = `${organisation}/${role}`;
  const previousName = state.contactPersons.get(key);
  if (!previousName) return;
  let name = syntheticName(random);
  while (name === previousName) name = syntheticName(random);
  const personInformed = !random.chance(CONTACT_CHANGE_UNTOLD);
  const reason = random.pick(PHRASES.changeReasons);
  sim.write(
    'ChangeContactPerson',
    { role, previousName, name, phone: syntheticPhone(random), reason, personInformed },
    organisation,
  );
  state.contactPersons.set(key, name);
  if (random.chance(CONTACT_CHANGED_AGAIN))
    context.later(random.int(60, 500), () => changeContactPerson(context, organisation, role));
}
