import { v5 as uuidV5 } from 'uuid';

const SAMSYN_COMMANDS = '6f1e4a52-8a3b-4c1e-9d57-3b1f0c2a7e10';

/** The id of the n-th event a command writes: the same for every retry of that command. */
export function eventIdFor(commandId: string, index: number): string {
  return uuidV5(`${commandId}/${index}`, SAMSYN_COMMANDS);
}
