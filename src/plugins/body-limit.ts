import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses request bodies over `maxBytes` with 413 before parsing: by Content-Length when given, else (chunked) by
 * counting bytes as they arrive, so no client can make the server buffer an unbounded body.
 */
export function bodyLimit(maxBytes: number): Plugin {
  const tooLarge = () =>
    new GraphQLError(`The request body is larger than the ${maxBytes} bytes accepted. Send a smaller operation.`, {
      extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
    });

  async function readCapped(body: ReadableStream<Uint8Array>): Promise<Buffer> {
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  }

  return {
    onRequestParse: ({ request, requestParser, setRequestParser }) => {
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
      if (declared !== null || !request.body || !requestParser) return;
      setRequestParser(async (chunked) => {
        const body = await readCapped(chunked.body!);
        return requestParser(new Request(chunked.url, { method: chunked.method, headers: chunked.headers, body: new Uint8Array(body) }));
      });
    },
  };
}
