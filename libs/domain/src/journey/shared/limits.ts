/** FK may close its lotsning as unreachable after this many failed contact attempts in a row. */
export const MIN_FAILED_CONTACT_ATTEMPTS_TO_CLOSE_LOTSNING = 3;

export const TEXT_LIMITS = {
  name: 100,
  contact: 200,
  reference: 200,
  role: 100,
  listItem: 500,
  freeText: 2000,
} as const;

export const MAX_LIST_ITEMS = 30;

export const MAX_SPECIAL_COMPENSATION_SEK = 100_000;
