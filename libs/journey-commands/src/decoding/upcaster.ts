/** A stored event's data, shape not yet vouched for. */
export type StoredData = Readonly<Record<string, unknown>>;

/** Turns the data of one shape version of an event type into the next version's. */
export type Upcaster = (data: StoredData) => StoredData;
