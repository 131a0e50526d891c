import type { GatewayConfig } from '@graphql-hive/gateway-runtime';
import { GATEWAY_ERROR_CODES } from './gateway-error-codes';
import type { PersistedDocuments } from './persisted-documents';

/** The header naming the calling system, until the token's client (`azp`) takes its place. */
export const CLIENT_HEADER = 'x-samsyn-client';

type PersistedDocumentsOption = NonNullable<GatewayConfig['persistedDocuments']>;

/**
 * Hive Gateway's own persisted documents (`documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`)
 * served from `documents`; the clients in `persistedOnlyClients` may send nothing else, every other
 * client may also send a query of its own.
 */
export function persistedDocumentsPolicy(
  documents: PersistedDocuments,
  persistedOnlyClients: ReadonlySet<string>,
): PersistedDocumentsOption {
  return {
    getPersistedOperation: (id: string) => documents.get(id) ?? null,
    allowArbitraryDocuments: (request: Request) => !persistedOnlyClients.has(request.headers.get(CLIENT_HEADER) ?? ''),
    customErrors: {
      persistedQueryOnly: {
        message: 'This client may send only persisted documents: send the documentId instead of the query',
        extensions: { code: GATEWAY_ERROR_CODES.persistedDocumentRequired },
      },
      notFound: {
        message: 'No persisted document has this id',
        extensions: { code: GATEWAY_ERROR_CODES.persistedDocumentNotFound },
      },
      keyNotFound: {
        message: 'Send a query, or the documentId of a persisted document',
        extensions: { code: GATEWAY_ERROR_CODES.badRequest },
      },
    },
  };
}
