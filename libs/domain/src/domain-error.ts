export type DomainErrorCode =
  | 'INVALID_DATE'
  | 'DATE_BEFORE_BIRTH'
  | 'INVALID_MONTH_COUNT'
  | 'PERSONNUMMER_INVALID_FORMAT'
  | 'PERSONNUMMER_INVALID_CHECK_DIGIT'
  | 'PERSONNUMMER_IMPOSSIBLE_DATE'
  | 'PERSONNUMMER_FUTURE_DATE'
  | 'KOMMUNKOD_INVALID_FORMAT'
  | 'KOMMUNKOD_UNKNOWN'
  | 'REGIONKOD_UNKNOWN'
  | 'GRADE_UNKNOWN'
  | 'DECISION_PERIOD_ENDS_BEFORE_START'
  | 'DECISION_PERIOD_TOO_SHORT'
  | 'DECISION_PERIOD_TOO_LONG'
  | 'DECISION_PERIOD_STARTS_TOO_EARLY'
  | 'DECISION_PERIOD_ENDS_TOO_LATE'
  | 'ORGANISATION_UNKNOWN_KIND'
  | 'ORGANISATION_INVALID_FORMAT'
  | 'ORGANISATION_INVALID_ID';

/** A value or rule of the domain was broken; `field` names the input that is wrong. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
