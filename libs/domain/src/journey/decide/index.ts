export { decide } from './decide';
export { consentCovers, consentIsValidOn } from './consent-coverage';
export { COMMAND_AUTHORS } from './command-authors';
export {
  MAX_LIST_ITEMS,
  MAX_SPECIAL_COMPENSATION_SEK,
  MIN_FAILED_CONTACT_ATTEMPTS_TO_CLOSE_LOTSNING,
  TEXT_LIMITS,
} from './limits';
