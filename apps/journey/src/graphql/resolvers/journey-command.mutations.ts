import type { Type } from '@nestjs/common';
import {
  AppointRepresentativeInput,
  ChangeHomeKommunInput,
  GiveConsentInput,
  RemoveRepresentativeInput,
  WithdrawConsentInput,
} from '../inputs/journey.inputs';
import {
  EndBenefitInput,
  GrantDecisionInput,
  GrantSpecialCompensationInput,
  ReceiveApplicationInput,
  ReceiveMedicalCertificateInput,
  RejectApplicationInput,
} from '../inputs/benefit.inputs';
import { DeclineSupportInput, EstablishContactInput, MakeReferralInput, SupportChannelInput } from '../inputs/lotsning.inputs';
import { CancelMeetingInput, HoldMeetingInput, ScheduleMeetingInput } from '../inputs/meeting.inputs';
import { DeregisterJobSeekerInput } from '../inputs/job-seeking.inputs';
import { EndInsatsInput, InsatsIdInput, PauseInsatsInput, StartInsatsInput } from '../inputs/insats.inputs';
import { AssignContactPersonInput, ChangeContactPersonInput } from '../inputs/contact-person.inputs';
import { PlanInput, RecordOutcomeInput } from '../inputs/plan.inputs';
import { journeyCommandMutation as mutation } from './journey-command-mutation';

/** One mutation per journey command but OpenJourney (see OpenJourneyMutation). */
export const JOURNEY_COMMAND_MUTATIONS: Type[] = [
  mutation({ type: 'ChangeHomeKommun', input: ChangeHomeKommunInput, description: 'The person moved to another kommun' }),
  mutation({ type: 'AppointRepresentative', input: AppointRepresentativeInput, description: 'An ombud, god man or ställföreträdare acts for the person' }),
  mutation({ type: 'RemoveRepresentative', input: RemoveRepresentativeInput, description: 'A representative no longer acts for the person' }),
  mutation({ type: 'GiveConsent', input: GiveConsentInput, description: 'The person lets named organisations see named kinds of data, for a purpose and a time' }),
  mutation({ type: 'WithdrawConsent', input: WithdrawConsentInput, description: 'The person takes a consent back' }),
  mutation({ type: 'ReceiveApplication', input: ReceiveApplicationInput, description: 'FK received an application for aktivitetsersättning' }),
  mutation({ type: 'ReceiveMedicalCertificate', input: ReceiveMedicalCertificateInput, description: 'A läkarutlåtande arrived' }),
  mutation({ type: 'GrantDecision', input: GrantDecisionInput, description: 'FK granted aktivitetsersättning; one active decision at a time' }),
  mutation({ type: 'RejectApplication', input: RejectApplicationInput, description: 'Avslag: FK rejected the application, which opens FK’s lotsning' }),
  mutation({ type: 'EndBenefit', input: EndBenefitInput, description: 'The benefit ended; insatser still running are named in the event' }),
  mutation({ type: 'GrantSpecialCompensation', input: GrantSpecialCompensationInput, description: 'Särskild ersättning for costs of an activity' }),
  mutation({ type: 'OfferSupport', input: SupportChannelInput, description: 'FK offered lotsning after an avslag' }),
  mutation({ type: 'AcceptSupport', description: 'The person accepted FK’s lotsning' }),
  mutation({ type: 'DeclineSupport', input: DeclineSupportInput, description: 'The person declined FK’s lotsning' }),
  mutation({ type: 'RecordFailedContactAttempt', input: SupportChannelInput, description: 'FK tried to reach the person and could not' }),
  mutation({ type: 'CloseLotsning', description: 'FK closes the lotsning as unreachable after repeated failed contact attempts' }),
  mutation({ type: 'MakeReferral', input: MakeReferralInput, description: 'FK referred the person to an organisation that can support them' }),
  mutation({ type: 'EstablishContact', input: EstablishContactInput, description: 'The person is in contact with a supporting organisation; FK’s lotsning ends' }),
  mutation({ type: 'ScheduleMeeting', input: ScheduleMeetingInput, description: 'A meeting (omställningsmöte, SIP, …) is booked, with an optional consented brief' }),
  mutation({ type: 'HoldMeeting', input: HoldMeetingInput, description: 'A scheduled meeting took place' }),
  mutation({ type: 'CancelMeeting', input: CancelMeetingInput, description: 'A scheduled meeting did not take place' }),
  mutation({ type: 'RegisterJobSeeker', description: 'The person registered as a job seeker at Arbetsförmedlingen' }),
  mutation({ type: 'DeregisterJobSeeker', input: DeregisterJobSeekerInput, description: 'The person left Arbetsförmedlingen’s register' }),
  mutation({
    type: 'StartInsats',
    input: StartInsatsInput,
    description: 'An insats started',
    toData: (input) => ({ ...input, plannedEnd: input.plannedEnd ?? null }),
  }),
  mutation({ type: 'PauseInsats', input: PauseInsatsInput, description: 'A running insats is paused' }),
  mutation({ type: 'ResumeInsats', input: InsatsIdInput, description: 'A paused insats goes on' }),
  mutation({ type: 'EndInsats', input: EndInsatsInput, description: 'An insats ended' }),
  mutation({ type: 'AssignContactPerson', input: AssignContactPersonInput, description: 'Your organisation names its contact person for the young person' }),
  mutation({ type: 'ChangeContactPerson', input: ChangeContactPersonInput, description: 'A contact person is replaced; says whether the person was told' }),
  mutation({ type: 'AgreePlan', input: PlanInput, description: 'A joint plan was agreed' }),
  mutation({ type: 'RevisePlan', input: PlanInput, description: 'The joint plan was revised' }),
  mutation({ type: 'RecordOutcome', input: RecordOutcomeInput, description: 'Where the person went: work, studies, job seeking or sickness benefit' }),
];
