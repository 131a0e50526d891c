import { randomUUID } from 'node:crypto';
import type { JourneyCommand, JourneyCommandOfType, JourneyCommandType, Viewer } from '@samsyn/domain';

/** Born 2003-08-20; written as a person or a partner system would type it. */
export const PERSONNUMMER = '20030820-3454';
export const CONTACT_NAME = 'Kerstin Lindqvist';
export const CONTACT_PHONE = '070-123 45 67';
export const NEW_CONTACT_NAME = 'Omar Haddad';

export function command<T extends JourneyCommandType>(
  type: T,
  data: JourneyCommandOfType<T>['data'],
  author: string,
  now: string,
): JourneyCommandOfType<T> {
  return { type, data, metadata: { now, author, commandId: randomUUID() } } as JourneyCommandOfType<T>;
}

const on = (day: string) => `${day}T10:00:00+01:00`;

/** The journey of seed 004: avslag, lotsning to AF, omställningsmöte with the boendestöd, contact established. */
export function journeyAfterAvslag(): JourneyCommand[] {
  return [
    command(
      'ReceiveApplication',
      { applicationId: 'application-1', kind: 'first_time', currentSupport: 'forsorjningsstod' },
      'FK',
      on('2023-01-10'),
    ),
    command(
      'AssignContactPerson',
      { role: 'handlaggare', name: CONTACT_NAME, phone: CONTACT_PHONE },
      'FK',
      on('2023-01-10'),
    ),
    command(
      'RejectApplication',
      { reason: 'Arbetsförmågan bedöms inte vara nedsatt under minst ett år.' },
      'FK',
      on('2023-02-01'),
    ),
    command('OfferSupport', { channel: 'phone' }, 'FK', on('2023-02-02')),
    command('AcceptSupport', {}, 'PERSON', on('2023-02-02')),
    command('MakeReferral', { referralId: 'ref-1', to: 'AF', help: 'booked_meeting' }, 'FK', on('2023-02-03')),
    command(
      'GiveConsent',
      {
        consentId: 'consent-1',
        organisations: ['AF', 'KOMMUN:1880'],
        categories: ['benefit', 'lotsning'],
        purpose: 'Att FK får berätta om avslaget inför omställningsmötet',
        validFrom: '2023-02-03',
        validTo: '2023-08-31',
      },
      'PERSON',
      on('2023-02-03'),
    ),
    command(
      'ScheduleMeeting',
      {
        meetingId: 'meeting-1',
        kind: 'omstallningsmote',
        at: '2023-02-20T10:00:00+01:00',
        participants: [
          { organisation: 'FK', role: 'försäkringsutredare' },
          { organisation: 'AF', role: 'arbetsförmedlare' },
          { organisation: 'KOMMUN:1880', role: 'boendestöd' },
          { organisation: 'PERSON', role: 'den unga' },
        ],
        preMeetingBriefCategories: ['benefit', 'lotsning'],
      },
      'FK',
      on('2023-02-03'),
    ),
    command(
      'HoldMeeting',
      {
        meetingId: 'meeting-1',
        outcome: 'Vill pröva arbetsträning.',
        jointPlanAgreed: false,
        registeredAsJobSeeker: true,
      },
      'AF',
      '2023-02-20T11:30:00+01:00',
    ),
    command(
      'ChangeContactPerson',
      {
        role: 'handlaggare',
        previousName: CONTACT_NAME,
        name: NEW_CONTACT_NAME,
        phone: '070-765 43 21',
        reason: 'Ny handläggare',
        personInformed: true,
      },
      'FK',
      on('2023-02-21'),
    ),
    command('EstablishContact', { with: 'AF' }, 'AF', on('2023-02-21')),
  ];
}

/** Who sends `command` to `journeyId`: a caseworker of its author, or the person themselves. */
export function writerOf(command: JourneyCommand, journeyId?: string): Viewer {
  const { author } = command.metadata;
  return author === 'PERSON'
    ? { organisation: author, role: 'person', ...(journeyId ? { journeyId } : {}) }
    : { organisation: author, role: 'handlaggare' };
}
