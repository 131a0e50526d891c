/**
 * The `extensions.code` (and, where a code has several causes, `extensions.reason`) of every error the
 * gateway's hardening answers. Clients may rely on these; the messages may change.
 */
export const GATEWAY_ERROR_CODES = {
  /** The document breaks a limit; `reason` says which. Nothing was sent to any subgraph. */
  queryTooComplex: 'QUERY_TOO_COMPLEX',
  /** The request body is over the size limit (HTTP 413), refused before it was read. */
  requestTooLarge: 'REQUEST_ENTITY_TOO_LARGE',
  /** This client may send only persisted documents (`documentId`), not a query of its own. */
  persistedDocumentRequired: 'PERSISTED_DOCUMENT_REQUIRED',
  /** No persisted document has the id the request named. */
  persistedDocumentNotFound: 'PERSISTED_DOCUMENT_NOT_FOUND',
  /** The request holds neither a query nor a persisted document id. */
  badRequest: 'BAD_REQUEST',
  /** (Yoga's) The document is not valid against the schema: an unknown field, or introspection in production. */
  validationFailed: 'GRAPHQL_VALIDATION_FAILED',
  /** (Yoga's) The document does not parse. */
  parseFailed: 'GRAPHQL_PARSE_FAILED',
} as const;

/** `extensions.reason` of a QUERY_TOO_COMPLEX error: the limit the document broke. */
export const QUERY_LIMIT_REASONS = {
  depth: 'MAX_DEPTH_EXCEEDED',
  aliases: 'MAX_ALIASES_EXCEEDED',
  tokens: 'MAX_TOKENS_EXCEEDED',
  cost: 'COST_LIMIT_EXCEEDED',
} as const;

export type QueryLimit = keyof typeof QUERY_LIMIT_REASONS;

/** `extensions.reason` of a GRAPHQL_VALIDATION_FAILED error asking for the schema in production. */
export const INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED';
