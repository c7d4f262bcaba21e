import type { Plugin } from 'graphql-yoga';

/**
 * A response to a request whose body was not read (refused before parsing: 403, 405, 406, 413, 415) closes the
 * connection, as RFC 9112 asks. Node cannot drain a body the fetch adapter has begun to stream: kept open, the
 * connection stalls on the unread rest and the client's next request on it is reset.
 */
export function closeOnUnreadBody(): Plugin {
  const parsed = new WeakSet<Request>();
  return {
    onParams: ({ request }) => {
      parsed.add(request);
    },
    onResponse: ({ request, response }) => {
      const hasBody = request.headers.has('transfer-encoding') || Number(request.headers.get('content-length') ?? 0) > 0;
      if (hasBody && !parsed.has(request)) response.headers.set('connection', 'close');
    },
  };
}
