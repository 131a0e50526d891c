import { decide, initialState } from '@samsyn/domain';
import { expectDomainError } from '../expect-domain-error';
import { BIRTH_DATE, CANONICAL_PERSONNUMMER, OREBRO, PERSONNUMMER, opened } from './journey-fixtures';
import { command, given } from './journey-test-kit';

describe('Journey: opening, home kommun and representatives', () => {
  describe('OpenJourney', () => {
    it('when no journey exists, then it opens with the canonical personnummer, its birth date and the home kommun', () => {
      given()
        .when(command('OpenJourney', { personnummer: PERSONNUMMER, homeKommun: OREBRO }))
        .then({
          type: 'JourneyOpened',
          data: { personnummer: CANONICAL_PERSONNUMMER, birthDate: BIRTH_DATE, homeKommun: OREBRO },
        });
    });

    it('when a journey is already open, then it is not opened twice', () => {
      given(opened)
        .when(command('OpenJourney', { personnummer: PERSONNUMMER, homeKommun: OREBRO }))
        .thenFails('JOURNEY_ALREADY_OPENED', 'personnummer');
    });

    it('when the personnummer has a wrong check digit, then it is refused', () => {
      given()
        .when(command('OpenJourney', { personnummer: '20030820-3455', homeKommun: OREBRO }))
        .thenFails('PERSONNUMMER_INVALID_CHECK_DIGIT', 'personnummer');
    });

    it('when the personnummer is born after today (taken from the metadata), then it is refused', () => {
      given()
        .when(
          command('OpenJourney', { personnummer: PERSONNUMMER, homeKommun: OREBRO }, { now: '2003-08-19T12:00:00Z' }),
        )
        .thenFails('PERSONNUMMER_FUTURE_DATE', 'personnummer');
    });

    it('when the home kommun is not one of the 290, then it is refused', () => {
      given()
        .when(command('OpenJourney', { personnummer: PERSONNUMMER, homeKommun: '1899' }))
        .thenFails('KOMMUNKOD_UNKNOWN', 'homeKommun');
    });
  });

  describe('given no journey', () => {
    it('when any other command arrives, then the journey is not found', () => {
      given()
        .when(command('ReceiveApplication', { applicationId: 'a-1', kind: 'first_time', currentSupport: 'family' }))
        .thenFails('JOURNEY_NOT_FOUND', 'journey');
    });
  });

  describe('ChangeHomeKommun', () => {
    it('when the person moves to another kommun, then both kommuner are named', () => {
      given(opened)
        .when(command('ChangeHomeKommun', { homeKommun: '1814' }, { author: 'KOMMUN:1814' }))
        .then({ type: 'HomeKommunChanged', data: { from: OREBRO, to: '1814' } });
    });

    it('when the kommun is the current one, then nothing changes', () => {
      given(opened)
        .when(command('ChangeHomeKommun', { homeKommun: OREBRO }))
        .thenFails('HOME_KOMMUN_UNCHANGED', 'homeKommun');
    });
  });

  describe('representatives', () => {
    const asPerson = { author: 'PERSON' };
    const appoint = command(
      'AppointRepresentative',
      {
        representativeId: 'rep-1',
        kind: 'ombud',
        name: ' Anna Berg ',
        contact: '070-123 45 67',
      },
      { author: 'PERSON' },
    );
    const appointed = {
      type: 'RepresentativeAppointed',
      data: { representativeId: 'rep-1', kind: 'ombud', name: 'Anna Berg', contact: '070-123 45 67' },
    } as const;

    it('when the person appoints a parent as ombud, then the ombud is recorded with trimmed text', () => {
      given(opened).when(appoint).then(appointed);
    });

    it("when an agency appoints a representative, then it is refused: representation is the person's to give", () => {
      given(opened)
        .when(command('AppointRepresentative', appoint.data, { author: 'KOMMUN:1880' }))
        .thenFails('COMMAND_OF_OTHER_ORGANISATION', 'metadata.author');
    });

    it('when the same representative id is appointed again, then it is refused', () => {
      given(opened, appointed).when(appoint).thenFails('REPRESENTATIVE_ALREADY_APPOINTED', 'representativeId');
    });

    it('when the kind is not ombud, god man or ställföreträdare, then it is refused', () => {
      const wrong = command('AppointRepresentative', { ...appoint.data, kind: 'parent' as 'ombud' }, asPerson);
      given(opened).when(wrong).thenFails('VALUE_NOT_ALLOWED', 'kind');
    });

    it('when the name is blank or longer than the limit, then it is refused', () => {
      given(opened)
        .when(command('AppointRepresentative', { ...appoint.data, name: '  ' }, asPerson))
        .thenFails('TEXT_EMPTY', 'name');
      given(opened)
        .when(command('AppointRepresentative', { ...appoint.data, name: 'x'.repeat(101) }, asPerson))
        .thenFails('TEXT_TOO_LONG', 'name');
    });

    it('when an appointed representative is removed, then the removal names the kind', () => {
      given(opened, appointed)
        .when(command('RemoveRepresentative', { representativeId: 'rep-1' }, asPerson))
        .then({ type: 'RepresentativeRemoved', data: { representativeId: 'rep-1', kind: 'ombud' } });
    });

    it('when an unknown representative is removed, then it is refused', () => {
      given(opened)
        .when(command('RemoveRepresentative', { representativeId: 'rep-1' }, asPerson))
        .thenFails('REPRESENTATIVE_UNKNOWN', 'representativeId');
    });
  });

  describe('command metadata', () => {
    const open = (metadata: { now?: string; author?: string; commandId?: string }) =>
      decide(command('OpenJourney', { personnummer: PERSONNUMMER, homeKommun: OREBRO }, metadata), initialState());

    it('when now is not an ISO timestamp with a zone, then the command is refused', () => {
      expectDomainError(() => open({ now: '2023-03-01' }), 'INVALID_TIMESTAMP', 'metadata.now');
      expectDomainError(() => open({ now: '2023-03-01T09:00:00' }), 'INVALID_TIMESTAMP', 'metadata.now');
    });

    it('when the author is not an organisation, then the command is refused', () => {
      expectDomainError(() => open({ author: 'POLIS' }), 'ORGANISATION_UNKNOWN_KIND', 'metadata.author');
    });

    it('when the command id is empty, then the command is refused', () => {
      expectDomainError(() => open({ commandId: '' }), 'INVALID_ID', 'metadata.commandId');
    });
  });
});
