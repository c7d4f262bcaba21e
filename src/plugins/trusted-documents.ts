import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import type { TrustedDocument } from '../trusted-documents.js';

/**
 * Registered operations by hash (`extensions.persistedQuery.sha256Hash`, Apollo's protocol). With `only`, nothing else
 * runs: a public deployment then executes exactly the operations its front-ends ship, whatever a caller sends.
 */
export function trustedDocuments(documents: Map<string, TrustedDocument>, only: boolean): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => documents.get(hash)?.text ?? null,
    allowArbitraryOperations: !only,
    customErrors: {
      persistedQueryOnly: {
        message:
          'This server runs trusted documents only: send a registered operation by its hash ' +
          '(extensions.persistedQuery.sha256Hash), not a query text.',
        extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 400 } },
      },
      notFound: {
        message: 'No registered operation has this hash.',
        extensions: { code: 'TRUSTED_DOCUMENT_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'Send the operation hash in extensions.persistedQuery.sha256Hash.',
        extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 400 } },
      },
    },
  });
}
