/** An aggregate as three plain functions (see STYLE.md): the domain supplies them, pure. */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** How domain events become stored events and back: the place where personal fields get encrypted. */
export interface EventCodec<Event> {
  encode(event: Event): Promise<{ type: string; data: Record<string, unknown> }>;
  decode(stored: { type: string; data: Record<string, unknown> }): Promise<Event>;
}
