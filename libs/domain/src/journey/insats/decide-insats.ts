import { DomainError } from '../../domain-error';
import { assertNever } from '../shared/assert-never';
import type { EndInsats, InsatsCommand, PauseInsats, ResumeInsats, StartInsats } from './insats-commands';
import type { JourneyEvent } from '../journey-event';
import type { ActiveJourney, InsatsState } from '../shared/journey-state';
import { INSATS_END_REASONS, INSATS_TYPES } from '../vocabulary';
import { forbiddenAuthor, type DecisionContext } from '../shared/decision-context';
import { TEXT_LIMITS } from '../shared/limits';
import {
  requireDate,
  requireId,
  requireKommun,
  requireOneOf,
  requireOrganisation,
  requirePercent,
  requireText,
} from '../shared/validation';

export function decideInsats(command: InsatsCommand, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  switch (command.type) {
    case 'StartInsats':
      return startInsats(command, state, context);
    case 'PauseInsats':
      return pauseInsats(command, state, context);
    case 'ResumeInsats':
      return resumeInsats(command, state, context);
    case 'EndInsats':
      return endInsats(command, state, context);
    default:
      return assertNever(command);
  }
}

function startInsats({ data }: StartInsats, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  const insatsId = requireId(data.insatsId, 'insatsId');
  if (state.insatser[insatsId])
    throw new DomainError('INSATS_ALREADY_STARTED', 'insatsId', `Insats ${insatsId} has already started`);
  const startDate = requireDate(data.startDate, 'startDate');
  const plannedEnd = data.plannedEnd === null ? null : requireDate(data.plannedEnd, 'plannedEnd');
  if (plannedEnd !== null && plannedEnd < startDate) throw endsBeforeStart('plannedEnd', plannedEnd, startDate);
  const started = {
    insatsId,
    insatsType: requireOneOf(INSATS_TYPES, data.insatsType, 'insatsType'),
    provider: requireOrganisation(data.provider, 'provider').toString(),
    orderedBy: context.authorRef,
    kommun: requireKommun(data.kommun, 'kommun'),
    extentPercent: requirePercent(data.extentPercent, 'extentPercent'),
    startDate,
    plannedEnd,
  };
  return [{ type: 'InsatsStarted', data: started }];
}

function pauseInsats({ data }: PauseInsats, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  const insats = requireInsatsNotEnded(state, data.insatsId, context);
  if (insats.status === 'paused')
    throw new DomainError('INSATS_ALREADY_PAUSED', 'insatsId', `Insats ${data.insatsId} is already paused`);
  const reason = requireText(data.reason, 'reason', TEXT_LIMITS.freeText);
  return [{ type: 'InsatsPaused', data: { insatsId: data.insatsId, provider: insats.provider, reason } }];
}

function resumeInsats({ data }: ResumeInsats, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  const insats = requireInsatsNotEnded(state, data.insatsId, context);
  if (insats.status !== 'paused')
    throw new DomainError('INSATS_NOT_PAUSED', 'insatsId', `Insats ${data.insatsId} is not paused`);
  return [{ type: 'InsatsResumed', data: { insatsId: data.insatsId, provider: insats.provider } }];
}

function endInsats({ data }: EndInsats, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  const insats = requireInsatsNotEnded(state, data.insatsId, context);
  const endDate = requireDate(data.endDate, 'endDate');
  if (endDate < insats.startDate) throw endsBeforeStart('endDate', endDate, insats.startDate);
  const reason = requireOneOf(INSATS_END_REASONS, data.reason, 'reason');
  return [{ type: 'InsatsEnded', data: { insatsId: data.insatsId, provider: insats.provider, endDate, reason } }];
}

/** The insats, when it exists, has not ended, and the author provides or ordered it. */
function requireInsatsNotEnded(state: ActiveJourney, insatsId: string, context: DecisionContext): InsatsState {
  const insats = state.insatser[insatsId];
  if (!insats) throw new DomainError('INSATS_UNKNOWN', 'insatsId', `No insats ${insatsId} has started`);
  if (context.authorRef !== insats.provider && context.authorRef !== insats.orderedBy) {
    throw forbiddenAuthor(
      context,
      `change insats ${insatsId}; only its provider ${insats.provider} or ${insats.orderedBy}, who started it, may`,
    );
  }
  if (insats.status === 'ended')
    throw new DomainError('INSATS_ALREADY_ENDED', 'insatsId', `Insats ${insatsId} has already ended`);
  return insats;
}

function endsBeforeStart(field: string, end: string, start: string): DomainError {
  return new DomainError('INSATS_ENDS_BEFORE_START', field, `An insats starting ${start} cannot end ${end}`);
}
