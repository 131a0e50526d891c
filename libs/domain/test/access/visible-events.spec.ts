import { visibleEvents, type AuthoredEvent, type JourneyEvent } from '@samsyn/domain';
import { applied, consentGiven, meetingScheduled, opened } from '../journey/journey-fixtures';
import { TODAY } from '../journey/journey-test-kit';
import { allowed, caseworker, denied, JOURNEY_ID, person, statistician } from './access-test-kit';

const referral: JourneyEvent = {
  type: 'ReferralMade',
  data: { referralId: 'ref-1', to: 'AF', help: 'booked_meeting' },
};
const cancelled: JourneyEvent = {
  type: 'MeetingCancelled',
  data: { meetingId: 'meeting-1', reason: 'person_cancelled' },
};
const withdrawn: JourneyEvent = { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } };

const by =
  (author: string) =>
  (event: JourneyEvent): AuthoredEvent => ({ event, author });
const decisionsOf = (entries: readonly { decision: unknown }[]) => entries.map((entry) => entry.decision);

describe('Visible events of a journey', () => {
  it('when AF reads a history, then each event comes with its own decision', () => {
    const history = [by('FK')(opened), by('FK')(applied), by('PERSON')(consentGiven()), by('FK')(referral)];
    expect(decisionsOf(visibleEvents(caseworker('AF'), JOURNEY_ID, history, TODAY))).toEqual([
      denied('consent_other_category'),
      allowed('consent'),
      denied('consent_other_category'),
      allowed('participant'),
    ]);
  });

  it('when the consent was given after the event, then it covers the earlier event at the time of reading', () => {
    const history = [by('FK')(opened), by('FK')(applied), by('PERSON')(consentGiven())];
    expect(visibleEvents(caseworker('KOMMUN:1880'), JOURNEY_ID, history, TODAY)[1]?.decision).toEqual(
      allowed('consent'),
    );
  });

  it('when the consent is withdrawn later in the history, then earlier events are closed from the next read', () => {
    const history = [by('FK')(opened), by('PERSON')(consentGiven()), by('FK')(applied), by('PERSON')(withdrawn)];
    expect(visibleEvents(caseworker('AF'), JOURNEY_ID, history, TODAY)[2]?.decision).toEqual(
      denied('consent_withdrawn'),
    );
  });

  it('when a meeting is cancelled by the person, then its participants still see the cancellation', () => {
    const history = [by('FK')(opened), by('FK')(meetingScheduled()), by('PERSON')(cancelled)];
    expect(visibleEvents(caseworker('KOMMUN:1880'), JOURNEY_ID, history, TODAY)[2]?.decision).toEqual(
      allowed('participant'),
    );
  });

  it('when the person reads, then every event is theirs; when a statistician reads, then none is', () => {
    const history = [by('FK')(opened), by('FK')(applied), by('FK')(referral)];
    expect(decisionsOf(visibleEvents(person(), JOURNEY_ID, history, TODAY))).toEqual(Array(3).fill(allowed('person')));
    expect(decisionsOf(visibleEvents(statistician('FK'), JOURNEY_ID, history, TODAY))).toEqual(
      Array(3).fill(denied('aggregates_only')),
    );
  });

  it('when entries carry more than event and author, then they come back unchanged beside the decision', () => {
    const [entry] = visibleEvents(person(), JOURNEY_ID, [{ event: opened, author: 'FK', position: 7 }], TODAY);
    expect(entry).toEqual({ event: opened, author: 'FK', position: 7, decision: allowed('person') });
  });
});
