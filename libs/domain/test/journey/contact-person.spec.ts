import type { ChangeContactPerson, JourneyEvent } from '@samsyn/domain';
import { contactAssigned, opened } from './journey-fixtures';
import { command, given } from './journey-test-kit';

const asAf = { author: 'AF' };
const change = (data: Partial<ChangeContactPerson['data']> = {}, metadata = asAf) =>
  command(
    'ChangeContactPerson',
    {
      role: 'arbetsformedlare',
      previousName: 'Sara Lind',
      name: 'Omar Said',
      phone: '010-486 11 11',
      reason: 'Sara har bytt tjänst',
      personInformed: true,
      ...data,
    },
    metadata,
  );

const changed = (personInformed: boolean, reason = 'Sara har bytt tjänst'): JourneyEvent => ({
  type: 'ContactPersonChanged',
  data: {
    organisation: 'AF',
    role: 'arbetsformedlare',
    from: { name: 'Sara Lind', phone: '010-486 00 00' },
    to: { name: 'Omar Said', phone: '010-486 11 11' },
    reason,
    personInformed,
  },
});

describe('Contact persons', () => {
  describe('AssignContactPerson', () => {
    it("when AF assigns its arbetsförmedlare, then AF's contact person is recorded", () => {
      given(opened)
        .when(
          command('AssignContactPerson', { role: 'arbetsformedlare', name: 'Sara Lind', phone: '010-486 00 00' }, asAf),
        )
        .then(contactAssigned);
    });

    it('when AF already has one in the role, then it must change, not assign', () => {
      given(opened, contactAssigned)
        .when(
          command('AssignContactPerson', { role: 'arbetsformedlare', name: 'Omar Said', phone: '010-486 11 11' }, asAf),
        )
        .thenFails('CONTACT_PERSON_ALREADY_ASSIGNED', 'role');
    });

    it('when another organisation has the same role, then that does not count', () => {
      given(opened, contactAssigned)
        .when(
          command(
            'AssignContactPerson',
            { role: 'arbetsformedlare', name: 'Eva Ek', phone: '010-486 22 22' },
            { author: 'SAMORDNINGSFORBUND:sydnarke' },
          ),
        )
        .then({
          type: 'ContactPersonAssigned',
          data: {
            organisation: 'SAMORDNINGSFORBUND:sydnarke',
            role: 'arbetsformedlare',
            name: 'Eva Ek',
            phone: '010-486 22 22',
          },
        });
    });

    it('when the phone number is not a phone number, then it is refused', () => {
      given(opened)
        .when(
          command('AssignContactPerson', { role: 'arbetsformedlare', name: 'Sara Lind', phone: 'ring växeln' }, asAf),
        )
        .thenFails('PHONE_INVALID', 'phone');
    });
  });

  describe('ChangeContactPerson', () => {
    it('when AF replaces the named current contact, then the change records from, to, why and whether the person was told', () => {
      given(opened, contactAssigned).when(change()).then(changed(true));
    });

    it('when the person was not told, then that is recorded as such, for the risk signal', () => {
      given(opened, contactAssigned)
        .when(change({ personInformed: false }))
        .then(changed(false));
    });

    it('when the current contact’s name was erased with the person’s data, then it cannot be matched and is refused', () => {
      const assignedAsReadAfterErasure: JourneyEvent = {
        type: 'ContactPersonAssigned',
        data: { organisation: 'AF', role: 'arbetsformedlare', name: null, phone: null },
      };
      given(opened, assignedAsReadAfterErasure).when(change()).thenFails('PERSONAL_DATA_ERASED', 'previousName');
    });

    it('when the previous name is not the current contact, then it is refused', () => {
      given(opened, contactAssigned)
        .when(change({ previousName: 'Sara Berg' }))
        .thenFails('CONTACT_PERSON_PREVIOUS_MISMATCH', 'previousName');
    });

    it('when the previous name differs only in case and spacing, then it matches', () => {
      given(opened, contactAssigned)
        .when(change({ previousName: ' sara  LIND ', personInformed: false }))
        .then(changed(false));
    });

    it("when the contact was already changed, then the earlier contact's name no longer matches", () => {
      given(opened, contactAssigned, changed(true))
        .when(change())
        .thenFails('CONTACT_PERSON_PREVIOUS_MISMATCH', 'previousName');
    });

    it('when the organisation has no contact in the role, then there is nothing to change', () => {
      given(opened).when(change()).thenFails('CONTACT_PERSON_NOT_ASSIGNED', 'role');
    });

    it("when another organisation tries to change AF's contact, then it has none of its own to change", () => {
      given(opened, contactAssigned)
        .when(change({}, { author: 'FK' }))
        .thenFails('CONTACT_PERSON_NOT_ASSIGNED', 'role');
    });
  });
});
