import type { LotsningEvent } from './lotsning-events';
import { assertNever } from '../shared/assert-never';
import type { ActiveJourney, LotsningState } from '../shared/journey-state';

type OpenLotsning = Extract<LotsningState, { status: 'open' }>;

export function evolveLotsning(state: ActiveJourney, event: LotsningEvent): ActiveJourney {
  const lotsning = state.lotsning;
  if (lotsning.status !== 'open') return state;
  return { ...state, lotsning: nextLotsning(lotsning, event) };
}

function nextLotsning(lotsning: OpenLotsning, event: LotsningEvent): LotsningState {
  switch (event.type) {
    case 'SupportOffered':
      return { ...lotsning, offeredVia: [...lotsning.offeredVia, event.data.channel] };
    case 'SupportAccepted':
      return { ...lotsning, accepted: true, failedAttempts: 0 };
    case 'ContactAttemptFailed':
      return { ...lotsning, failedAttempts: lotsning.failedAttempts + 1 };
    case 'ReferralMade':
      return { ...lotsning, referredTo: [...lotsning.referredTo, event.data.to] };
    case 'SupportDeclined':
      return { status: 'closed', closedBy: 'support_declined' };
    case 'LotsningClosed':
      return { status: 'closed', closedBy: 'unreachable' };
    case 'ContactEstablished':
      return { status: 'closed', closedBy: 'contact_established' };
    default:
      return assertNever(event);
  }
}
