import type { JsonObject } from '../json';

/** An aggregate as three plain functions (see STYLE.md): the domain supplies them, pure. */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** A domain event as it is to be stored: `metadata` is added to the event's own (its data's shape version, say). */
export interface EncodedEvent {
  type: string;
  data: Record<string, unknown>;
  metadata?: JsonObject;
}

/** A stored (or just encoded) event handed to the codec: id and metadata let it name the event and read its shape version. */
export interface EventToDecode {
  id?: string;
  type: string;
  data: Record<string, unknown>;
  metadata?: { readonly [key: string]: unknown };
}

/** How domain events become stored events and back: the place where personal fields get encrypted. */
export interface EventCodec<Event> {
  encode(event: Event): Promise<EncodedEvent>;
  decode(stored: EventToDecode): Promise<Event>;
}
