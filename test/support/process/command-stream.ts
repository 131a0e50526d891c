import { randomUUID } from 'node:crypto';
import { CalendarDate } from '@samsyn/domain';
import { personnummerOf } from '@samsyn/demo-data';
import { graphqlRequest } from '@samsyn/testing';
import { commandMutation, OPEN_JOURNEY, type Receipt } from '../journey-mutations';

/** A command the service acknowledged: its receipt says which events now stand at which revisions. */
export interface Acknowledged {
  readonly journeyId: string;
  readonly revision: number;
  readonly events: readonly string[];
  readonly position: string | null;
}

export interface CommandStream {
  readonly acknowledged: Acknowledged[];
  /** Requests that got no receipt: refused connections, cut-off answers, error answers (by code). */
  readonly failures: Map<string, number>;
  /** Stops sending and waits for the requests in flight. */
  stop(): Promise<void>;
}

const ASSIGN_CONTACT = commandMutation('assignContactPerson', 'AssignContactPersonInput');
const CHANGE_CONTACT = commandMutation('changeContactPerson', 'ChangeContactPersonInput');
/** Commands sent to each journey after the one that opens it. */
const COMMANDS_PER_JOURNEY = 6;

let nextPerson = 0;

/**
 * `workers` clients, each opening journeys (as FK), assigning a contact person and changing it, one
 * command after the other, against whichever gateway `target()` names at the time; every receipt is kept.
 */
export function streamCommands(target: () => string, token: string, workers: number): CommandStream {
  const acknowledged: Acknowledged[] = [];
  const failures = new Map<string, number>();
  let running = true;
  const fail = (code: string): void => void failures.set(code, (failures.get(code) ?? 0) + 1);
  const send = async <Name extends string>(
    name: Name,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Receipt | undefined> => {
    try {
      const response = await graphqlRequest<Record<Name, Receipt>>(target(), query, variables, {
        authorization: `Bearer ${token}`,
      });
      const receipt = response.data?.[name];
      if (!receipt) {
        const code = response.errors?.[0]?.extensions?.code;
        fail(typeof code === 'string' ? code : 'NO_DATA');
        return undefined;
      }
      acknowledged.push({
        journeyId: receipt.journeyId,
        revision: receipt.revision,
        events: receipt.events,
        position: receipt.position,
      });
      return receipt;
    } catch (error) {
      fail(connectionFailure(error));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return undefined;
    }
  };
  const worker = async (): Promise<void> => {
    while (running) {
      const opened = await send('openJourney', OPEN_JOURNEY, {
        input: { personnummer: nextPersonnummer(), homeKommun: '1880' },
        commandId: randomUUID(),
      });
      if (!opened) continue;
      const journeyId = opened.journeyId;
      let contact = await send('assignContactPerson', ASSIGN_CONTACT, {
        journeyId,
        commandId: randomUUID(),
        input: { role: 'HANDLAGGARE', name: 'Handläggare 0', phone: '070-000 00 00' },
      });
      for (let step = 1; contact && running && step < COMMANDS_PER_JOURNEY; step++) {
        contact = await send('changeContactPerson', CHANGE_CONTACT, {
          journeyId,
          commandId: randomUUID(),
          input: {
            role: 'HANDLAGGARE',
            previousName: `Handläggare ${step - 1}`,
            name: `Handläggare ${step}`,
            phone: `070-000 00 0${step}`,
            reason: 'Ny handläggare',
            personInformed: step % 2 === 0,
          },
        });
      }
    }
  };
  const all = Promise.all(Array.from({ length: workers }, worker));
  return {
    acknowledged,
    failures,
    async stop() {
      running = false;
      await all;
    },
  };
}

/** A valid synthetic personnummer, a new one each call (born 2000 or later: 19–26 years old in 2026). */
function nextPersonnummer(): string {
  const index = nextPerson++;
  const birth = CalendarDate.parse('2001-01-01', 'birth').addDays(index % 2000);
  return personnummerOf(birth, 980 + Math.floor(index / 2000));
}

function connectionFailure(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : 'CONNECTION';
}
