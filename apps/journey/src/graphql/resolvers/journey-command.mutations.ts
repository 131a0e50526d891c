import type { Type } from '@nestjs/common';
import {
  AppointRepresentativeInput,
  AssignContactPersonInput,
  CancelMeetingInput,
  ChangeContactPersonInput,
  ChangeHomeKommunInput,
  EndInsatsInput,
  EstablishContactInput,
  GiveConsentInput,
  HoldMeetingInput,
  InsatsIdInput,
  journeyCommandMutation as mutation,
  PauseInsatsInput,
  PlanInput,
  ReceiveMedicalCertificateInput,
  RecordOutcomeInput,
  RemoveRepresentativeInput,
  ScheduleMeetingInput,
  StartInsatsInput,
  WithdrawConsentInput,
} from '@samsyn/subgraph';

/**
 * The commands every organisation shares: the person's representation and consent, meetings, insatser,
 * contact persons, the plan. Benefit and lotsning commands live in the FK subgraph, job seeking in AF's.
 */
export const JOURNEY_COMMAND_MUTATIONS: Type[] = [
  mutation({
    type: 'ChangeHomeKommun',
    input: ChangeHomeKommunInput,
    description: 'The person moved to another kommun',
  }),
  mutation({
    type: 'AppointRepresentative',
    input: AppointRepresentativeInput,
    description: 'An ombud, god man or ställföreträdare acts for the person',
  }),
  mutation({
    type: 'RemoveRepresentative',
    input: RemoveRepresentativeInput,
    description: 'A representative no longer acts for the person',
  }),
  mutation({
    type: 'GiveConsent',
    input: GiveConsentInput,
    description: 'The person lets named organisations see named kinds of data, for a purpose and a time',
  }),
  mutation({ type: 'WithdrawConsent', input: WithdrawConsentInput, description: 'The person takes a consent back' }),
  mutation({
    type: 'ReceiveMedicalCertificate',
    input: ReceiveMedicalCertificateInput,
    description: 'A läkarutlåtande arrived',
  }),
  mutation({
    type: 'EstablishContact',
    input: EstablishContactInput,
    description: 'The person is in contact with a supporting organisation; FK’s lotsning ends',
  }),
  mutation({
    type: 'ScheduleMeeting',
    input: ScheduleMeetingInput,
    description: 'A meeting (omställningsmöte, SIP, …) is booked, with an optional consented brief',
  }),
  mutation({ type: 'HoldMeeting', input: HoldMeetingInput, description: 'A scheduled meeting took place' }),
  mutation({ type: 'CancelMeeting', input: CancelMeetingInput, description: 'A scheduled meeting did not take place' }),
  mutation({
    type: 'StartInsats',
    input: StartInsatsInput,
    description: 'An insats started',
    toData: (input) => ({ ...input, plannedEnd: input.plannedEnd ?? null }),
  }),
  mutation({ type: 'PauseInsats', input: PauseInsatsInput, description: 'A running insats is paused' }),
  mutation({ type: 'ResumeInsats', input: InsatsIdInput, description: 'A paused insats goes on' }),
  mutation({ type: 'EndInsats', input: EndInsatsInput, description: 'An insats ended' }),
  mutation({
    type: 'AssignContactPerson',
    input: AssignContactPersonInput,
    description: 'Your organisation names its contact person for the young person',
  }),
  mutation({
    type: 'ChangeContactPerson',
    input: ChangeContactPersonInput,
    description: 'A contact person is replaced; says whether the person was told',
  }),
  mutation({ type: 'AgreePlan', input: PlanInput, description: 'A joint plan was agreed' }),
  mutation({ type: 'RevisePlan', input: PlanInput, description: 'The joint plan was revised' }),
  mutation({
    type: 'RecordOutcome',
    input: RecordOutcomeInput,
    description: 'Where the person went: work, studies, job seeking or sickness benefit',
  }),
];
