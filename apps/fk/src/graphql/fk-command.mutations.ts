import type { Type } from '@nestjs/common';
import {
  DeclineSupportInput,
  EndBenefitInput,
  GrantDecisionInput,
  GrantSpecialCompensationInput,
  journeyCommandMutation as mutation,
  MakeReferralInput,
  ReceiveApplicationInput,
  RejectApplicationInput,
  SupportChannelInput,
} from '@samsyn/subgraph';

/** Försäkringskassan's commands: the benefit, its decisions, and the lotsning after an avslag. */
export const FK_COMMAND_MUTATIONS: Type[] = [
  mutation({
    type: 'ReceiveApplication',
    input: ReceiveApplicationInput,
    description: 'FK received an application for aktivitetsersättning',
  }),
  mutation({
    type: 'GrantDecision',
    input: GrantDecisionInput,
    description: 'FK granted aktivitetsersättning; one active decision at a time',
  }),
  mutation({
    type: 'RejectApplication',
    input: RejectApplicationInput,
    description: 'Avslag: FK rejected the application, which opens FK’s lotsning',
  }),
  mutation({
    type: 'EndBenefit',
    input: EndBenefitInput,
    description: 'The benefit ended; insatser still running are named in the event',
  }),
  mutation({
    type: 'GrantSpecialCompensation',
    input: GrantSpecialCompensationInput,
    description: 'Särskild ersättning for costs of an activity',
  }),
  mutation({ type: 'OfferSupport', input: SupportChannelInput, description: 'FK offered lotsning after an avslag' }),
  mutation({ type: 'AcceptSupport', description: 'The person accepted FK’s lotsning' }),
  mutation({ type: 'DeclineSupport', input: DeclineSupportInput, description: 'The person declined FK’s lotsning' }),
  mutation({
    type: 'RecordFailedContactAttempt',
    input: SupportChannelInput,
    description: 'FK tried to reach the person and could not',
  }),
  mutation({
    type: 'CloseLotsning',
    description: 'FK closes the lotsning as unreachable after repeated failed contact attempts',
  }),
  mutation({
    type: 'MakeReferral',
    input: MakeReferralInput,
    description: 'FK referred the person to an organisation that can support them',
  }),
];
