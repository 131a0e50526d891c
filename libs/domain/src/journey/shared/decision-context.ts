import type { IsoDate } from '../../calendar/calendar-date';
import { swedishDate } from '../../calendar/swedish-time';
import { parseTimestamp, type Timestamp } from '../../calendar/timestamp';
import { DomainError } from '../../domain-error';
import type { Organisation } from '../../value-objects/organisation';
import type { CommandMetadata } from './domain-command';
import type { JourneyCommand } from '../journey-command';
import type { OrganisationRef } from './domain-event';
import { organisationMayWrite, requireWrite } from '../../access/write-policy';
import { requireId, requireOrganisation } from './validation';

/** What every rule may know besides the command's data: who asks, and when. */
export interface DecisionContext {
  readonly now: Timestamp;
  readonly today: IsoDate;
  readonly author: Organisation;
  readonly authorRef: OrganisationRef;
}

export function decisionContext(command: JourneyCommand): DecisionContext {
  const { now: nowText, author: authorText, commandId }: CommandMetadata = command.metadata;
  const now = parseTimestamp(nowText, 'metadata.now');
  const author = requireOrganisation(authorText, 'metadata.author');
  requireId(commandId, 'metadata.commandId');
  requireWrite(organisationMayWrite(author, { action: command.type, data: command.data }), command.type, authorText);
  return { now, today: swedishDate(now.text), author, authorRef: author.toString() };
}

export function forbiddenAuthor(context: DecisionContext, why: string): DomainError {
  return new DomainError('FORBIDDEN_AUTHOR', 'metadata.author', `${context.authorRef} may not ${why}`);
}
