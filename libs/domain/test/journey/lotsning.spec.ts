import { MIN_FAILED_CONTACT_ATTEMPTS_TO_CLOSE_LOTSNING, type JourneyEvent } from '@samsyn/domain';
import { accepted, applied, failedAttempt, offered, opened, rejected } from './journey-fixtures';
import { command, given } from './journey-test-kit';

const afterAvslag: JourneyEvent[] = [opened, applied, rejected];

describe("Lotsning: FK's duty to guide the person after an avslag", () => {
  describe('given no avslag', () => {
    it('when FK offers support, then there is no lotsning to offer it in', () => {
      given(opened, applied)
        .when(command('OfferSupport', { channel: 'phone' }))
        .thenFails('LOTSNING_NOT_OPEN', 'lotsning');
    });
  });

  describe('given an avslag', () => {
    it('when FK offers support by phone, then the offer is recorded', () => {
      given(...afterAvslag)
        .when(command('OfferSupport', { channel: 'phone' }))
        .then(offered);
    });

    it('when the offer is repeated in writing, then that is recorded too', () => {
      given(...afterAvslag, offered)
        .when(command('OfferSupport', { channel: 'letter' }))
        .then({ type: 'SupportOffered', data: { channel: 'letter' } });
    });

    it('when the person accepts before any offer, then it is refused', () => {
      given(...afterAvslag)
        .when(command('AcceptSupport', {}, { author: 'PERSON' }))
        .thenFails('SUPPORT_NOT_OFFERED', 'lotsning');
    });

    it('when the person accepts an offer, then the acceptance is recorded', () => {
      given(...afterAvslag, offered)
        .when(command('AcceptSupport', {}, { author: 'PERSON' }))
        .then(accepted);
    });

    it('when the person accepts twice, then the second is refused', () => {
      given(...afterAvslag, offered, accepted)
        .when(command('AcceptSupport', {}))
        .thenFails('SUPPORT_ALREADY_ACCEPTED', 'lotsning');
    });

    it('when the person declines before any offer, then it is refused', () => {
      given(...afterAvslag)
        .when(command('DeclineSupport', { reason: 'already_has_support' }))
        .thenFails('SUPPORT_NOT_OFFERED', 'lotsning');
    });
  });

  describe('referral and contact', () => {
    it('when FK refers a person who accepted support to AF, then the referral names the help given', () => {
      given(...afterAvslag, offered, accepted)
        .when(command('MakeReferral', { referralId: 'ref-1', to: 'AF', help: 'booked_meeting' }))
        .then({ type: 'ReferralMade', data: { referralId: 'ref-1', to: 'AF', help: 'booked_meeting' } });
    });

    it('when the person has not accepted support, then FK may not refer them', () => {
      given(...afterAvslag, offered)
        .when(command('MakeReferral', { referralId: 'ref-1', to: 'AF', help: 'information' }))
        .thenFails('SUPPORT_NOT_ACCEPTED', 'lotsning');
    });

    it('when AF records that contact is established with AF, then the lotsning ends', () => {
      given(...afterAvslag, offered, accepted)
        .when(command('EstablishContact', { with: 'AF' }, { author: 'AF' }))
        .then({ type: 'ContactEstablished', data: { with: 'AF' } });
    });

    it('when contact is claimed before the person accepted support, then it is refused', () => {
      given(...afterAvslag, offered)
        .when(command('EstablishContact', { with: 'AF' }))
        .thenFails('SUPPORT_NOT_ACCEPTED', 'lotsning');
    });

    it('when a third organisation records contact established with AF, then it may not', () => {
      given(...afterAvslag, offered, accepted)
        .when(command('EstablishContact', { with: 'AF' }, { author: 'KOMMUN:1880' }))
        .thenFails('FORBIDDEN_AUTHOR', 'metadata.author');
    });
  });

  describe('how the lotsning ends', () => {
    const ended: Array<[string, JourneyEvent]> = [
      ['contact established', { type: 'ContactEstablished', data: { with: 'AF' } }],
      ['support declined', { type: 'SupportDeclined', data: { reason: 'already_has_support' } }],
      ['closed as unreachable', { type: 'LotsningClosed', data: { reason: 'unreachable', failedAttempts: 3 } }],
    ];

    it.each(ended)('when it has ended by %s, then no further lotsning step is accepted', (_how, end) => {
      given(...afterAvslag, offered, accepted, end)
        .when(command('OfferSupport', { channel: 'phone' }))
        .thenFails('LOTSNING_NOT_OPEN', 'lotsning');
    });

    it('when the person declines because they already have support, then the lotsning ends with that reason', () => {
      given(...afterAvslag, offered)
        .when(command('DeclineSupport', { reason: 'already_has_support' }, { author: 'PERSON' }))
        .then({ type: 'SupportDeclined', data: { reason: 'already_has_support' } });
    });

    it('when a new avslag follows a closed lotsning, then a new lotsning opens', () => {
      const declined: JourneyEvent = { type: 'SupportDeclined', data: { reason: 'not_interested' } };
      const secondApplication: JourneyEvent = {
        ...applied,
        data: { applicationId: 'application-2', kind: 'first_time', currentSupport: 'family' },
      };
      const secondAvslag: JourneyEvent = {
        ...rejected,
        data: { applicationId: 'application-2', kind: 'first_time', reason: 'Samma bedömning' },
      };
      given(...afterAvslag, offered, declined, secondApplication, secondAvslag)
        .when(command('OfferSupport', { channel: 'letter' }))
        .then({
          type: 'SupportOffered',
          data: { channel: 'letter' },
        });
    });
  });

  describe('failed contact attempts', () => {
    it('when an attempt fails, then it is numbered', () => {
      given(...afterAvslag, failedAttempt(1))
        .when(command('RecordFailedContactAttempt', { channel: 'letter' }))
        .then({ type: 'ContactAttemptFailed', data: { channel: 'letter', attempt: 2 } });
    });

    it(`when ${MIN_FAILED_CONTACT_ATTEMPTS_TO_CLOSE_LOTSNING} attempts have failed, then FK may close the lotsning as unreachable`, () => {
      expect(MIN_FAILED_CONTACT_ATTEMPTS_TO_CLOSE_LOTSNING).toBe(3);
      given(...afterAvslag, failedAttempt(1), failedAttempt(2), failedAttempt(3))
        .when(command('CloseLotsning', {}))
        .then({ type: 'LotsningClosed', data: { reason: 'unreachable', failedAttempts: 3 } });
    });

    it('when only two attempts have failed, then closing is refused', () => {
      given(...afterAvslag, failedAttempt(1), failedAttempt(2))
        .when(command('CloseLotsning', {}))
        .thenFails('LOTSNING_TOO_FEW_ATTEMPTS', 'lotsning');
    });

    it('when the person was reached after earlier failures, then the count starts again', () => {
      given(...afterAvslag, failedAttempt(1), failedAttempt(2), offered, accepted, failedAttempt(1))
        .when(command('CloseLotsning', {}))
        .thenFails('LOTSNING_TOO_FEW_ATTEMPTS', 'lotsning');
    });
  });
});
