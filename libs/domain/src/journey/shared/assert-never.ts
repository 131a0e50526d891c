/** Ends an exhaustive `switch`: adding a case without handling it fails to compile. */
export function assertNever(value: never): never {
  throw new TypeError(`Unhandled case: ${JSON.stringify(value)}`);
}
