import { categoryOf, PERSONAL_FIELDS, type JourneyEvent } from '@samsyn/domain';
import {
  applied,
  consentGiven,
  contactAssigned,
  insatsStarted,
  meetingScheduled,
  opened,
  rejected,
} from './journey-fixtures';

describe('Data categories and personal fields', () => {
  it.each<[string, JourneyEvent, string]>([
    ['an opened journey', opened, 'identity'],
    ['a consent', consentGiven(), 'consent'],
    ['an application', applied, 'benefit'],
    ['an avslag', rejected, 'benefit'],
    [
      'a medical certificate',
      {
        type: 'MedicalCertificateReceived',
        data: { certificateId: 'c', issuedBy: 'REGION:18', issuedOn: '2023-01-01' },
      },
      'health',
    ],
    ['a support offer', { type: 'SupportOffered', data: { channel: 'phone' } }, 'lotsning'],
    ['a meeting', meetingScheduled(), 'meeting'],
    ['a job-seeker registration', { type: 'JobSeekerRegistered', data: { atMeetingId: null } }, 'job_seeking'],
    ['an insats at a provider', insatsStarted(), 'insats'],
    ['care at the region (vuxenhabilitering)', insatsStarted({ provider: 'REGION:18' }), 'health'],
    [
      'a pause of care at the region',
      { type: 'InsatsPaused', data: { insatsId: 'i', provider: 'REGION:18', reason: 'x' } },
      'health',
    ],
    ['a contact person at AF', contactAssigned, 'contact'],
    [
      'a contact person in psychiatry',
      {
        type: 'ContactPersonAssigned',
        data: { organisation: 'REGION:18', role: 'kurator', name: 'K', phone: '019-60 20 000' },
      },
      'health',
    ],
    ['an outcome', { type: 'OutcomeRecorded', data: { kind: 'work', extentPercent: 25 } }, 'outcome'],
  ])('when the event is %s, then its category is %s', (_what, event, category) => {
    expect(categoryOf(event)).toBe(category);
  });

  it('when the personnummer, names, phone numbers and free text are listed, then they are all personal', () => {
    expect(PERSONAL_FIELDS.JourneyOpened).toEqual(['personnummer', 'birthDate']);
    expect(PERSONAL_FIELDS.ContactPersonChanged).toEqual(['from.name', 'from.phone', 'to.name', 'to.phone', 'reason']);
    expect(PERSONAL_FIELDS.ApplicationRejected).toEqual(['reason']);
    expect(PERSONAL_FIELDS.PlanAgreed).toContain('strengths');
    expect(PERSONAL_FIELDS.DecisionGranted).toEqual([]);
  });

  it('when a personal field path is followed into the event data, then it names a string or a list', () => {
    const changed: JourneyEvent = {
      type: 'ContactPersonChanged',
      data: {
        organisation: 'AF',
        role: 'coach',
        from: { name: 'A', phone: '1' },
        to: { name: 'B', phone: '2' },
        reason: 'r',
        personInformed: true,
      },
    };
    const valueAt = (data: object, path: string): unknown =>
      path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], data);
    for (const event of [opened, rejected, changed, contactAssigned]) {
      for (const path of PERSONAL_FIELDS[event.type]) expect(typeof valueAt(event.data, path)).toBe('string');
    }
  });
});
