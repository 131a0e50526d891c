import { DomainError } from '../../domain-error';
import type { ErasePersonalData } from './erasure-commands';
import type { JourneyEvent } from '../journey-event';
import type { ActiveJourney } from '../shared/journey-state';

/** Erasure happens once: the event is the fact the read models forget the person by. */
export function erasePersonalData(_command: ErasePersonalData, state: ActiveJourney): JourneyEvent[] {
  if (state.erased) {
    throw new DomainError(
      'PERSONAL_DATA_ALREADY_ERASED',
      'journeyId',
      'The personal data of this journey has already been erased',
    );
  }
  return [{ type: 'PersonalDataErased', data: {} }];
}
