import { readFile } from 'node:fs/promises';
import { GraphQLError, parse } from 'graphql';

/** Document id → GraphQL document text. */
export type PersistedDocuments = ReadonlyMap<string, string>;

export const NO_PERSISTED_DOCUMENTS: PersistedDocuments = new Map();

export class PersistedDocumentsFileError extends Error {
  readonly code = 'PERSISTED_DOCUMENTS_INVALID' as const;
  constructor(path: string, problem: string) {
    super(`The persisted documents in ${path} cannot be used: ${problem}`);
    this.name = 'PersistedDocumentsFileError';
  }
}

/**
 * Reads a JSON object of `"<document id>": "<GraphQL document>"` (the id is the client's choice; the
 * SHA-256 of the document, in hex, is the usual one) and checks every document parses, so a broken file
 * stops the gateway at start rather than failing a partner's request later.
 */
export async function loadPersistedDocuments(path: string): Promise<PersistedDocuments> {
  const fail = (problem: string) => new PersistedDocumentsFileError(path, problem);
  let content: unknown;
  try {
    content = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw fail('expected a JSON object of document id to document');
  }
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(content)) {
    if (typeof document !== 'string') throw fail(`document "${id}" is not a string`);
    try {
      parse(document);
    } catch (error) {
      throw fail(`document "${id}" does not parse: ${error instanceof GraphQLError ? error.message : String(error)}`);
    }
    documents.set(id, document);
  }
  return documents;
}
