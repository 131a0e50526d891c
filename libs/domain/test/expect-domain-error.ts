import { DomainError, type DomainErrorCode } from '@samsyn/domain';

/** Runs `act` and returns the DomainError it throws, after checking its code and field. */
export function expectDomainError(act: () => unknown, code: DomainErrorCode, field: string): DomainError {
  let thrown: unknown;
  try {
    act();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  const error = thrown as DomainError;
  expect({ code: error.code, field: error.field }).toEqual({ code, field });
  return error;
}
