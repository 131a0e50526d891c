import { DomainError } from '../../domain-error';
import { DecisionPeriod } from '../../value-objects/decision-period';
import { Grade } from '../../value-objects/grade';
import { assertNever } from '../shared/assert-never';
import type {
  BenefitCommand,
  EndBenefit,
  GrantDecision,
  GrantSpecialCompensation,
  ReceiveApplication,
  ReceiveMedicalCertificate,
  RejectApplication,
} from './benefit-commands';
import type { RunningInsats } from './benefit-events';
import type { JourneyEvent } from '../journey-event';
import type { ActiveDecision, ActiveJourney, PendingApplication } from '../shared/journey-state';
import { APPLICATION_KINDS, BENEFIT_END_REASONS, CURRENT_SUPPORTS } from '../vocabulary';
import type { DecisionContext } from '../shared/decision-context';
import { MAX_SPECIAL_COMPENSATION_SEK, TEXT_LIMITS } from '../shared/limits';
import {
  requireDate,
  requireId,
  requireNotErased,
  requireOneOf,
  requireOrganisation,
  requireText,
} from '../shared/validation';

export function decideBenefit(command: BenefitCommand, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  switch (command.type) {
    case 'ReceiveApplication':
      return receiveApplication(command, state);
    case 'ReceiveMedicalCertificate':
      return receiveMedicalCertificate(command, context);
    case 'GrantDecision':
      return grantDecision(command, state);
    case 'RejectApplication':
      return rejectApplication(command, state);
    case 'EndBenefit':
      return endBenefit(command, state, context);
    case 'GrantSpecialCompensation':
      return grantSpecialCompensation(command, state);
    default:
      return assertNever(command);
  }
}

function receiveApplication({ data }: ReceiveApplication, state: ActiveJourney): JourneyEvent[] {
  if (state.pendingApplication) {
    const pending = state.pendingApplication.applicationId;
    throw new DomainError(
      'APPLICATION_ALREADY_PENDING',
      'applicationId',
      `Application ${pending} is still waiting for a decision`,
    );
  }
  const applicationId = requireId(data.applicationId, 'applicationId');
  const kind = requireOneOf(APPLICATION_KINDS, data.kind, 'kind');
  const currentSupport = requireOneOf(CURRENT_SUPPORTS, data.currentSupport, 'currentSupport');
  return [{ type: 'ApplicationReceived', data: { applicationId, kind, currentSupport } }];
}

function receiveMedicalCertificate({ data }: ReceiveMedicalCertificate, { today }: DecisionContext): JourneyEvent[] {
  const certificateId = requireId(data.certificateId, 'certificateId');
  const issuedBy = requireOrganisation(data.issuedBy, 'issuedBy').toString();
  const issuedOn = requireDate(data.issuedOn, 'issuedOn');
  if (issuedOn > today) {
    throw new DomainError(
      'DATE_IN_FUTURE',
      'issuedOn',
      `A certificate received today (${today}) cannot be issued on ${issuedOn}`,
    );
  }
  return [{ type: 'MedicalCertificateReceived', data: { certificateId, issuedBy, issuedOn } }];
}

function grantDecision({ data }: GrantDecision, state: ActiveJourney): JourneyEvent[] {
  const application = requirePendingApplication(state);
  if (state.activeDecision) {
    const active = state.activeDecision;
    throw new DomainError(
      'DECISION_ALREADY_ACTIVE',
      'decisionId',
      `Decision ${active.decisionId} runs until ${active.to}; end it first`,
    );
  }
  const decisionId = requireId(data.decisionId, 'decisionId');
  const grade = Grade.parse(data.grade);
  const birthDate = requireNotErased(state.birthDate, 'birthDate');
  const period = DecisionPeriod.create({ from: data.from, to: data.to, birthDate });
  const { applicationId } = application;
  return [{ type: 'DecisionGranted', data: { decisionId, applicationId, grade: grade.name, period: period.toJSON() } }];
}

function rejectApplication({ data }: RejectApplication, state: ActiveJourney): JourneyEvent[] {
  const { applicationId, kind } = requirePendingApplication(state);
  const reason = requireText(data.reason, 'reason', TEXT_LIMITS.freeText);
  return [{ type: 'ApplicationRejected', data: { applicationId, kind, reason } }];
}

function endBenefit({ data }: EndBenefit, state: ActiveJourney, { today }: DecisionContext): JourneyEvent[] {
  const decision = requireActiveDecision(state);
  const reason = requireOneOf(BENEFIT_END_REASONS, data.reason, 'reason');
  if (reason === 'period_expired' && today <= decision.to) {
    throw new DomainError(
      'BENEFIT_PERIOD_NOT_EXPIRED',
      'reason',
      `The period runs until ${decision.to}; on ${today} it has not expired`,
    );
  }
  return [
    {
      type: 'BenefitEnded',
      data: { decisionId: decision.decisionId, reason, runningInsatser: runningInsatser(state) },
    },
  ];
}

function runningInsatser(state: ActiveJourney): RunningInsats[] {
  return Object.entries(state.insatser).flatMap(([insatsId, { insatsType, provider, plannedEnd, status }]) =>
    status === 'ended' ? [] : [{ insatsId, insatsType, provider, plannedEnd, status }],
  );
}

function grantSpecialCompensation({ data }: GrantSpecialCompensation, state: ActiveJourney): JourneyEvent[] {
  const { decisionId } = requireActiveDecision(state);
  if (!state.plan) {
    throw new DomainError(
      'PLAN_NOT_AGREED',
      'compensationId',
      'Särskild ersättning pays for an activity in an agreed plan; none is agreed',
    );
  }
  const compensationId = requireId(data.compensationId, 'compensationId');
  const purpose = requireText(data.purpose, 'purpose', TEXT_LIMITS.freeText);
  const amountSek = data.amountSek;
  if (!Number.isInteger(amountSek) || amountSek < 1 || amountSek > MAX_SPECIAL_COMPENSATION_SEK) {
    throw new DomainError(
      'AMOUNT_INVALID',
      'amountSek',
      `amountSek must be whole kronor from 1 to ${MAX_SPECIAL_COMPENSATION_SEK}, got ${amountSek}`,
    );
  }
  return [{ type: 'SpecialCompensationGranted', data: { compensationId, decisionId, purpose, amountSek } }];
}

function requirePendingApplication(state: ActiveJourney): PendingApplication {
  if (!state.pendingApplication) {
    throw new DomainError('APPLICATION_NOT_PENDING', 'applicationId', 'No application is waiting for a decision');
  }
  return state.pendingApplication;
}

function requireActiveDecision(state: ActiveJourney): ActiveDecision {
  if (!state.activeDecision) throw new DomainError('NO_ACTIVE_DECISION', 'decisionId', 'No decision is active');
  return state.activeDecision;
}
