import type { GraphQLResponse } from '@samsyn/testing';
import { commandMutation, OPEN_JOURNEY, type Receipt } from '../journey-mutations';
import type { Actor, SamsynStack } from '../samsyn-stack';
import type { PlannedJourney, Probe } from './probe-plan';

const ERASE = `mutation Erase($journeyId: ID!) { erasePersonalData(journeyId: $journeyId) { journeyId erased } }`;

export interface ProbeAnswer {
  probe: Probe;
  /** The first error's code and reason, when the answer is an error. */
  code?: string;
  reason?: string;
  message?: string;
  receipt?: Receipt;
  erased?: boolean;
  /** The journey the probe writes to (or a PERSON token names) had not been opened: nothing was sent. */
  notSent?: string;
}

/** Sends one probe through the gateway, with a token of its own subject for its caller. */
export async function sendProbe(stack: SamsynStack, probe: Probe, elsewhere: PlannedJourney): Promise<ProbeAnswer> {
  const { caller, action, input } = probe.cell;
  const journeyId = probe.journey.journeyId;
  if (!journeyId && (action.mutation !== 'openJourney' || probe.round !== 'allowed'))
    return { probe, notSent: `${probe.journey.label} was not opened` };
  const tokenJourney =
    caller.kind === 'agency'
      ? undefined
      : { target: journeyId, elsewhere: elsewhere.journeyId, none: undefined }[caller.journey];
  const actor: Actor =
    caller.kind === 'agency'
      ? { organisation: caller.organisation, role: caller.role, subject: probe.subject }
      : {
          organisation: 'PERSON',
          role: caller.role,
          subject: probe.subject,
          ...(tokenJourney ? { journeyId: tokenJourney } : {}),
          ...(caller.representativeId ? { representativeId: caller.representativeId } : {}),
        };
  let response: GraphQLResponse<Record<string, Receipt & { erased?: boolean }>>;
  if (action.mutation === 'openJourney') {
    response = await stack.as(actor, OPEN_JOURNEY, {
      input: { ...input, personnummer: probe.personnummer },
      commandId: probe.commandId,
    });
  } else if (action.mutation === 'erasePersonalData') {
    response = await stack.as(actor, ERASE, { journeyId });
  } else {
    response = await stack.as(actor, commandMutation(action.mutation, action.inputType), {
      journeyId,
      input,
      commandId: probe.commandId,
    });
  }
  const error = response.errors?.[0] as
    { message?: string; extensions?: { code?: string; reason?: string } } | undefined;
  const result = response.data?.[action.mutation] ?? undefined;
  return {
    probe,
    ...(error ? { code: error.extensions?.code, reason: error.extensions?.reason, message: error.message } : {}),
    ...(result && action.mutation !== 'erasePersonalData' ? { receipt: result } : {}),
    ...(result && action.mutation === 'erasePersonalData' ? { erased: result.erased } : {}),
  };
}
