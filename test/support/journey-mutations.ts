import type { GraphQLResponse } from '@samsyn/testing';
import type { SamsynStack } from './samsyn-stack';

export interface Receipt {
  journeyId: string;
  revision: number;
  position: string | null;
  alreadyHandled: boolean;
  events: string[];
}

const RECEIPT = 'journeyId revision position alreadyHandled events';

export const OPEN_JOURNEY = `mutation Open($input: OpenJourneyInput!, $commandId: ID) {
  openJourney(input: $input, commandId: $commandId) { ${RECEIPT} }
}`;

/** The mutation text for a journey command; `inputType` undefined for commands without input. */
export function commandMutation(name: string, inputType?: string): string {
  const inputVariable = inputType ? `, $input: ${inputType}!` : '';
  const inputArgument = inputType ? ', input: $input' : '';
  return `mutation Record($journeyId: ID!, $commandId: ID${inputVariable}) {
  ${name}(journeyId: $journeyId, commandId: $commandId${inputArgument}) { ${RECEIPT} }
}`;
}

export interface Step {
  as: string;
  at: string;
  mutation: string;
  inputType?: string;
  input?: Record<string, unknown>;
}

/** Sends one step at its time, acting for its organisation. */
export async function send(
  stack: SamsynStack,
  journeyId: string,
  step: Step,
  commandId?: string,
): Promise<GraphQLResponse<Record<string, Receipt>>> {
  stack.clock.set(step.at);
  const actor = step.as === 'PERSON' ? { organisation: 'PERSON', role: 'person', journeyId } : step.as;
  return stack.as<Record<string, Receipt>>(actor, commandMutation(step.mutation, step.inputType), {
    journeyId,
    input: step.input,
    commandId,
  });
}

export const JOURNEY_EVENTS = `query Events($journeyId: ID!) {
  journeyEvents(journeyId: $journeyId) { revision position type author occurredAt data }
}`;
