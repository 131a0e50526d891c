import { canSeeCategory, DATA_CATEGORIES, journeyAccessOf, type JourneyEvent } from '@samsyn/domain';
import { expectDomainError } from '../expect-domain-error';
import { applied, consentGiven, insatsStarted, meetingScheduled, opened, plan } from '../journey/journey-fixtures';
import { stateAfter, TODAY } from '../journey/journey-test-kit';
import {
  allowed,
  auditor,
  caseworker,
  denied,
  given,
  JOURNEY_ID,
  OTHER_JOURNEY_ID,
  person,
  representative,
  statistician,
} from './access-test-kit';

const referral: JourneyEvent = {
  type: 'ReferralMade',
  data: { referralId: 'ref-1', to: 'AF', help: 'booked_meeting' },
};
const meetingHeld: JourneyEvent = {
  type: 'MeetingHeld',
  data: { meetingId: 'meeting-1', outcome: 'Plan', jointPlanAgreed: true, registeredAsJobSeeker: false },
};
const regionCare = insatsStarted({ provider: 'REGION:18', orderedBy: 'AF', insatsType: 'other' });
const certificate: JourneyEvent = {
  type: 'MedicalCertificateReceived',
  data: { certificateId: 'c-1', issuedBy: 'REGION:18', issuedOn: '2023-01-10' },
};
const planAgreed: JourneyEvent = { type: 'PlanAgreed', data: plan };
const appointed: JourneyEvent = {
  type: 'RepresentativeAppointed',
  data: { representativeId: 'rep-1', kind: 'god_man', name: 'Gode Man', contact: '019-00 00 00' },
};
const removed: JourneyEvent = { type: 'RepresentativeRemoved', data: { representativeId: 'rep-1', kind: 'god_man' } };
const withdrawn: JourneyEvent = { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } };

describe('Access: an organisation', () => {
  it('when it reads an event it wrote, then it sees it as author', () => {
    given(opened, applied).whenReading(applied, 'FK').by(caseworker('FK')).then(allowed('author'));
  });

  it('when it reads an event another wrote without consent or part in it, then it is denied', () => {
    given(opened, applied).whenReading(applied, 'FK').by(caseworker('AF')).then(denied('no_basis'));
  });

  it('when a referral is made to it, then it sees the referral as participant', () => {
    given(opened, referral).whenReading(referral, 'FK').by(caseworker('AF')).then(allowed('participant'));
    given(opened, referral).whenReading(referral, 'FK').by(caseworker('KOMMUN:1880')).then(denied('no_basis'));
  });

  it('when a meeting it takes part in is held, then it sees the meeting as participant through the journey', () => {
    given(opened, meetingScheduled(), meetingHeld)
      .whenReading(meetingHeld, 'FK')
      .by(caseworker('KOMMUN:1880'))
      .then(allowed('participant'));
    given(opened, meetingScheduled(), meetingHeld)
      .whenReading(meetingHeld, 'FK')
      .by(caseworker('REGION:18'))
      .then(denied('no_basis'));
  });

  it('when a valid consent covers it and the category, then it sees the event through consent', () => {
    given(opened, consentGiven(), applied).whenReading(applied, 'FK').by(caseworker('AF')).then(allowed('consent'));
  });

  it('when it reads on the first or the last day of the consent, then the consent covers it', () => {
    given(opened, consentGiven(), applied)
      .whenReading(applied, 'FK')
      .by(caseworker('AF'), '2023-02-01')
      .then(allowed('consent'));
    given(opened, consentGiven(), applied)
      .whenReading(applied, 'FK')
      .by(caseworker('AF'), '2023-12-31')
      .then(allowed('consent'));
  });

  it('when it reads after the consent ended or before it began, then it is denied with the reason', () => {
    given(opened, consentGiven(), applied)
      .whenReading(applied, 'FK')
      .by(caseworker('AF'), '2024-01-01')
      .then(denied('consent_expired'));
    given(opened, consentGiven(), applied)
      .whenReading(applied, 'FK')
      .by(caseworker('AF'), '2023-01-31')
      .then(denied('consent_not_yet_valid'));
  });

  it('when the consent is withdrawn, then it is denied from the next read on', () => {
    given(opened, consentGiven(), applied, withdrawn)
      .whenReading(applied, 'FK')
      .by(caseworker('AF'))
      .then(denied('consent_withdrawn'));
  });

  it('when the consent names other organisations or other categories, then it is denied with the reason', () => {
    given(opened, consentGiven(), applied)
      .whenReading(applied, 'FK')
      .by(caseworker('PROVIDER:activa'))
      .then(denied('consent_other_organisation'));
    given(opened, consentGiven(), planAgreed)
      .whenReading(planAgreed, 'FK')
      .by(caseworker('AF'))
      .then(denied('consent_other_category'));
  });

  it('when one consent was withdrawn but another still covers it, then it sees the event through consent', () => {
    const renewed = consentGiven({ consentId: 'consent-2', organisations: ['AF'], categories: ['benefit'] });
    given(opened, consentGiven(), withdrawn, renewed, applied)
      .whenReading(applied, 'FK')
      .by(caseworker('AF'))
      .then(allowed('consent'));
  });

  it('when several consents fail, then the reason names the one closest to applying', () => {
    const toOthers = consentGiven({ consentId: 'consent-2', organisations: ['FK'], categories: ['plan'] });
    const otherCategory = consentGiven({ consentId: 'consent-3', categories: ['outcome'] });
    given(opened, toOthers, otherCategory, planAgreed)
      .whenReading(planAgreed, 'FK')
      .by(caseworker('AF'))
      .then(denied('consent_other_category'));
  });
});

describe('Access: health data', () => {
  it('when an organisation ordered care at the region, then taking part does not open the health data', () => {
    given(opened, regionCare).whenReading(regionCare, 'REGION:18').by(caseworker('AF')).then(denied('no_basis'));
  });

  it('when the region wrote the care, then it sees it as author', () => {
    given(opened, regionCare).whenReading(regionCare, 'REGION:18').by(caseworker('REGION:18')).then(allowed('author'));
  });

  it('when a consent names health, then it opens the health data', () => {
    const health = consentGiven({ organisations: ['AF'], categories: ['health'] });
    given(opened, health, regionCare)
      .whenReading(regionCare, 'REGION:18')
      .by(caseworker('AF'))
      .then(allowed('consent'));
  });

  it('when a consent names every category but health, then health is not implied', () => {
    const allButHealth = consentGiven({
      organisations: ['FK', 'AF'],
      categories: DATA_CATEGORIES.filter((category) => category !== 'health'),
    });
    given(opened, allButHealth, certificate)
      .whenReading(certificate, 'REGION:18')
      .by(caseworker('FK'))
      .then(denied('consent_other_category'));
  });

  it('when the person or their representative reads health data, then they see it', () => {
    given(opened, appointed, certificate).whenReading(certificate, 'REGION:18').by(person()).then(allowed('person'));
    given(opened, appointed, certificate)
      .whenReading(certificate, 'REGION:18')
      .by(representative('rep-1'))
      .then(allowed('representative'));
  });
});

describe('Access: the person and their representatives', () => {
  it('when the person reads their own journey, then they see everything', () => {
    given(opened, applied).whenReading(applied, 'FK').by(person()).then(allowed('person'));
  });

  it("when a person reads another person's journey, then it is denied", () => {
    given(opened, applied).whenReading(applied, 'FK').by(person(OTHER_JOURNEY_ID)).then(denied('other_person'));
  });

  it('when an appointed representative reads, then they see everything', () => {
    given(opened, appointed, planAgreed)
      .whenReading(planAgreed, 'FK')
      .by(representative('rep-1'))
      .then(allowed('representative'));
  });

  it('when the representative was removed or never appointed, then it is denied', () => {
    given(opened, appointed, removed, applied)
      .whenReading(applied, 'FK')
      .by(representative('rep-1'))
      .then(denied('no_basis'));
    given(opened, applied).whenReading(applied, 'FK').by(representative('rep-1')).then(denied('no_basis'));
  });

  it("when a representative reads another person's journey, then it is denied", () => {
    given(opened, appointed, applied)
      .whenReading(applied, 'FK')
      .by(representative('rep-1', OTHER_JOURNEY_ID))
      .then(denied('other_person'));
  });
});

describe('Access: roles without person-level reads', () => {
  it('when a statistician reads, then only aggregates are theirs, even for their own events', () => {
    given(opened, consentGiven(), applied)
      .whenReading(applied, 'FK')
      .by(statistician('FK'))
      .then(denied('aggregates_only'));
  });

  it('when an auditor reads, then only the audit trail is theirs', () => {
    given(opened, consentGiven(), applied).whenReading(applied, 'FK').by(auditor('FK')).then(denied('audit_only'));
  });

  it('when the role is unknown, then it is denied with that reason even for the author', () => {
    given(opened, applied)
      .whenReading(applied, 'FK')
      .by({ organisation: 'FK', role: 'janitor' })
      .then(denied('unknown_role'));
    given(opened, applied)
      .whenReading(applied, 'FK')
      .by({ organisation: 'FK', role: 'arbetsformedlare' })
      .then(denied('unknown_role'));
  });

  it('when a privacy officer reads, then it is denied: they erase, they do not read', () => {
    given(opened, applied)
      .whenReading(applied, 'FK')
      .by({ organisation: 'FK', role: 'privacy_officer' })
      .then(denied('erasure_only'));
  });
});

describe('Access: read-model rows by category', () => {
  const access = journeyAccessOf(JOURNEY_ID, stateAfter([opened, consentGiven()]));

  it('when AF lists the referrals made to it, then each row is visible as participant', () => {
    expect(canSeeCategory(caseworker('AF'), 'lotsning', { author: 'FK', participants: ['AF'] }, access, TODAY)).toEqual(
      allowed('participant'),
    );
  });

  it('when a row involves nobody but a consent covers the category, then it is visible through consent', () => {
    expect(canSeeCategory(caseworker('KOMMUN:1880'), 'benefit', {}, access, TODAY)).toEqual(allowed('consent'));
    expect(canSeeCategory(caseworker('KOMMUN:1880'), 'plan', {}, access, TODAY)).toEqual(
      denied('consent_other_category'),
    );
  });

  it('when the day of reading is not a date, then it is refused', () => {
    expectDomainError(
      () => canSeeCategory(person(), 'benefit', {}, access, '2023-03-01T09:00:00+01:00'),
      'INVALID_DATE',
      'at',
    );
  });
});
