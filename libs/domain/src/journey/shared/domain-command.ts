import type { IsoTimestamp, OrganisationRef } from './domain-event';

export interface CommandMetadata {
  /** When the command is decided; the only clock the domain knows. */
  readonly now: IsoTimestamp;
  readonly author: OrganisationRef;
  readonly commandId: string;
}

/** A request to change the journey: a `type`, its `data`, and who asks when. */
export interface DomainCommand<Type extends string, Data extends object> {
  readonly type: Type;
  readonly data: Readonly<Data>;
  readonly metadata: CommandMetadata;
}
