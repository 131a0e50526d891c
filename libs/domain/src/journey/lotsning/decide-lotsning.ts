import { DomainError } from '../../domain-error';
import { assertNever } from '../shared/assert-never';
import type {
  DeclineSupport,
  EstablishContact,
  LotsningCommand,
  MakeReferral,
  OfferSupport,
  RecordFailedContactAttempt,
} from './lotsning-commands';
import type { JourneyEvent } from '../journey-event';
import type { ActiveJourney, LotsningState } from '../shared/journey-state';
import { REFERRAL_HELP, SUPPORT_CHANNELS, SUPPORT_DECLINE_REASONS } from '../vocabulary';
import { forbiddenAuthor, type DecisionContext } from '../shared/decision-context';
import { MIN_FAILED_CONTACT_ATTEMPTS_TO_CLOSE_LOTSNING } from '../shared/limits';
import { requireId, requireOneOf, requireOrganisation } from '../shared/validation';

type OpenLotsning = Extract<LotsningState, { status: 'open' }>;

export function decideLotsning(
  command: LotsningCommand,
  state: ActiveJourney,
  context: DecisionContext,
): JourneyEvent[] {
  const lotsning = requireOpenLotsning(state.lotsning);
  switch (command.type) {
    case 'OfferSupport':
      return offerSupport(command, lotsning);
    case 'AcceptSupport':
      return acceptSupport(lotsning);
    case 'DeclineSupport':
      return declineSupport(command, lotsning);
    case 'RecordFailedContactAttempt':
      return recordFailedContactAttempt(command, lotsning);
    case 'CloseLotsning':
      return closeLotsning(lotsning);
    case 'MakeReferral':
      return makeReferral(command, lotsning);
    case 'EstablishContact':
      return establishContact(command, lotsning, context);
    default:
      return assertNever(command);
  }
}

function requireOpenLotsning(lotsning: LotsningState): OpenLotsning {
  if (lotsning.status !== 'open') {
    const why =
      lotsning.status === 'none' ? 'no application has been rejected' : `it was closed (${lotsning.closedBy})`;
    throw new DomainError('LOTSNING_NOT_OPEN', 'lotsning', `FK's lotsning is not open: ${why}`);
  }
  return lotsning;
}

function offerSupport({ data }: OfferSupport, lotsning: OpenLotsning): JourneyEvent[] {
  requireNotAccepted(lotsning);
  return [{ type: 'SupportOffered', data: { channel: requireOneOf(SUPPORT_CHANNELS, data.channel, 'channel') } }];
}

function acceptSupport(lotsning: OpenLotsning): JourneyEvent[] {
  requireOffered(lotsning);
  requireNotAccepted(lotsning);
  return [{ type: 'SupportAccepted', data: {} }];
}

function declineSupport({ data }: DeclineSupport, lotsning: OpenLotsning): JourneyEvent[] {
  requireOffered(lotsning);
  return [{ type: 'SupportDeclined', data: { reason: requireOneOf(SUPPORT_DECLINE_REASONS, data.reason, 'reason') } }];
}

function recordFailedContactAttempt({ data }: RecordFailedContactAttempt, lotsning: OpenLotsning): JourneyEvent[] {
  const channel = requireOneOf(SUPPORT_CHANNELS, data.channel, 'channel');
  return [{ type: 'ContactAttemptFailed', data: { channel, attempt: lotsning.failedAttempts + 1 } }];
}

function closeLotsning({ failedAttempts }: OpenLotsning): JourneyEvent[] {
  if (failedAttempts < MIN_FAILED_CONTACT_ATTEMPTS_TO_CLOSE_LOTSNING) {
    throw new DomainError(
      'LOTSNING_TOO_FEW_ATTEMPTS',
      'lotsning',
      `Lotsning closes as unreachable after ${MIN_FAILED_CONTACT_ATTEMPTS_TO_CLOSE_LOTSNING} failed attempts in a row, not ${failedAttempts}`,
    );
  }
  return [{ type: 'LotsningClosed', data: { reason: 'unreachable', failedAttempts } }];
}

function makeReferral({ data }: MakeReferral, lotsning: OpenLotsning): JourneyEvent[] {
  requireAccepted(lotsning, 'be referred');
  const referralId = requireId(data.referralId, 'referralId');
  const to = requireOrganisation(data.to, 'to').toString();
  const help = requireOneOf(REFERRAL_HELP, data.help, 'help');
  return [{ type: 'ReferralMade', data: { referralId, to, help } }];
}

function establishContact(
  { data }: EstablishContact,
  lotsning: OpenLotsning,
  context: DecisionContext,
): JourneyEvent[] {
  const withOrganisation = requireOrganisation(data.with, 'with').toString();
  if (context.author.kind !== 'FK' && context.authorRef !== withOrganisation) {
    throw forbiddenAuthor(
      context,
      `record contact established with ${withOrganisation}; only FK or that organisation may`,
    );
  }
  requireAccepted(lotsning, 'establish contact');
  return [{ type: 'ContactEstablished', data: { with: withOrganisation } }];
}

function requireOffered(lotsning: OpenLotsning): void {
  if (lotsning.offeredVia.length === 0) {
    throw new DomainError(
      'SUPPORT_NOT_OFFERED',
      'lotsning',
      'Support must be offered before it is accepted or declined',
    );
  }
}

function requireNotAccepted(lotsning: OpenLotsning): void {
  if (lotsning.accepted)
    throw new DomainError('SUPPORT_ALREADY_ACCEPTED', 'lotsning', 'The person has already accepted support');
}

function requireAccepted(lotsning: OpenLotsning, action: string): void {
  if (!lotsning.accepted) {
    throw new DomainError(
      'SUPPORT_NOT_ACCEPTED',
      'lotsning',
      `The person must accept support before they can ${action}`,
    );
  }
}
