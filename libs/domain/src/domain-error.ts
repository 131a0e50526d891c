import type { DomainErrorCode } from './domain-error-kind';

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
