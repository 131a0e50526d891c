const VARIABLE = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)"/;
const AT_PATH = / at "([^"]+)"; /;
const NAMED_FIELD = /; Field "([A-Za-z_][A-Za-z0-9_]*)" (?:is not defined|of required type)/;

/**
 * The input field a GraphQL variable-coercion error is about, in the form the validation errors use
 * (`participants.0.role`): graphql-js names it only in its message, e.g.
 * `Variable "$input" got invalid value "X" at "input.grade"; Value "X" does not exist in "Grade" enum.`
 */
export function coercionErrorField(message: string): string | undefined {
  const variable = VARIABLE.exec(message)?.[1];
  if (!variable) return undefined;
  const at = AT_PATH.exec(message)?.[1];
  const path = at
    ? at
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .slice(1)
    : [];
  const named = NAMED_FIELD.exec(message)?.[1];
  const field = [...path, ...(named ? [named] : [])].join('.');
  return field || variable;
}
