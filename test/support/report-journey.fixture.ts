import type { Step } from './journey-mutations';

/** Born 2003-08-20, as a caseworker would type it. */
export const PERSONNUMMER = '20030820-3454';
export const CONTACT_NAME = 'Kerstin Lindqvist';
export const NEW_CONTACT_NAME = 'Omar Haddad';

const on = (day: string) => `${day}T10:00:00+01:00`;

/**
 * The journey the reports tell (seed 004): first application → avslag → support offered → accepted →
 * referral to AF → omställningsmöte with AF and the kommun's boendestöd, held, registered as job seeker →
 * contact established, which ends FK's lotsning.
 */
export const REPORT_JOURNEY: Step[] = [
  {
    as: 'FK',
    at: on('2023-01-10'),
    mutation: 'receiveApplication',
    inputType: 'ReceiveApplicationInput',
    input: { applicationId: 'application-1', kind: 'FIRST_TIME', currentSupport: 'FORSORJNINGSSTOD' },
  },
  {
    as: 'FK',
    at: on('2023-01-10'),
    mutation: 'assignContactPerson',
    inputType: 'AssignContactPersonInput',
    input: { role: 'HANDLAGGARE', name: CONTACT_NAME, phone: '070-123 45 67' },
  },
  {
    as: 'FK',
    at: on('2023-02-01'),
    mutation: 'rejectApplication',
    inputType: 'RejectApplicationInput',
    input: { reason: 'Arbetsförmågan bedöms inte vara nedsatt under minst ett år.' },
  },
  {
    as: 'FK',
    at: on('2023-02-02'),
    mutation: 'offerSupport',
    inputType: 'SupportChannelInput',
    input: { channel: 'PHONE' },
  },
  { as: 'PERSON', at: on('2023-02-02'), mutation: 'acceptSupport' },
  {
    as: 'FK',
    at: on('2023-02-03'),
    mutation: 'makeReferral',
    inputType: 'MakeReferralInput',
    input: { referralId: 'ref-1', to: 'AF', help: 'BOOKED_MEETING' },
  },
  {
    as: 'PERSON',
    at: on('2023-02-03'),
    mutation: 'giveConsent',
    inputType: 'GiveConsentInput',
    input: {
      consentId: 'consent-1',
      organisations: ['AF', 'KOMMUN:1880'],
      categories: ['BENEFIT', 'LOTSNING'],
      purpose: 'Att FK får berätta om avslaget inför omställningsmötet',
      validFrom: '2023-02-03',
      validTo: '2023-08-31',
    },
  },
  {
    as: 'FK',
    at: on('2023-02-03'),
    mutation: 'scheduleMeeting',
    inputType: 'ScheduleMeetingInput',
    input: {
      meetingId: 'meeting-1',
      kind: 'OMSTALLNINGSMOTE',
      at: '2023-02-20T10:00:00+01:00',
      participants: [
        { organisation: 'FK', role: 'försäkringsutredare' },
        { organisation: 'AF', role: 'arbetsförmedlare' },
        { organisation: 'KOMMUN:1880', role: 'boendestöd' },
        { organisation: 'PERSON', role: 'den unga' },
      ],
      preMeetingBriefCategories: ['BENEFIT', 'LOTSNING'],
    },
  },
  {
    as: 'AF',
    at: '2023-02-20T11:30:00+01:00',
    mutation: 'holdMeeting',
    inputType: 'HoldMeetingInput',
    input: {
      meetingId: 'meeting-1',
      outcome: 'Vill pröva arbetsträning.',
      jointPlanAgreed: false,
      registeredAsJobSeeker: true,
    },
  },
  {
    as: 'AF',
    at: on('2023-02-21'),
    mutation: 'establishContact',
    inputType: 'EstablishContactInput',
    input: { with: 'AF' },
  },
];
