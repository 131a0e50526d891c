import type { IssueTokenInput } from '@samsyn/auth';

/** The caseworker every API figure acts as: an FK handläggare, who writes the commands and reads the overviews. */
export const FK_CASEWORKER: IssueTokenInput = {
  subject: 'bench-fk-handlaggare',
  organisation: 'FK',
  role: 'handlaggare',
  purpose: 'samordning',
};
