import { type Type, ValidationPipe, type ValidationError } from '@nestjs/common';
import { GraphQLError } from 'graphql';

export interface FieldFault {
  field: string;
  messages: string[];
}

/** Every class-validator fault with its dotted path (`participants.0.role`), innermost first. */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldFault[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Validates an argument class and answers the first fault as BAD_USER_INPUT naming its field;
 * all faults are listed in `extensions.errors`. Unknown properties are refused, not dropped.
 * `expectedType` names the class where reflection cannot (arguments of generated resolvers).
 */
export function inputValidationPipe(expectedType?: Type): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    ...(expectedType ? { expectedType } : {}),
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const faults = flattenValidationErrors(errors);
      const first = faults[0] ?? { field: 'input', messages: ['is invalid'] };
      return new GraphQLError(`Invalid ${first.field}: ${first.messages.join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT', field: first.field, errors: faults },
      });
    },
  });
}
