import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { GATEWAY_ERROR_CODES } from './gateway-error-codes';

/**
 * Refuses a request body over `maxBytes` with HTTP 413 and a GraphQL error: by its Content-Length before
 * the body is read, and while reading one sent without it (chunked). Yoga has the same limit, fixed at
 * 25 MB, since Hive Gateway 2.12 does not pass `maxRequestBodySize` on.
 */
export function requestSizeLimit(maxBytes: number): GatewayPlugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes);
      const body = request.body;
      if (!requestParser || !body) return;
      setRequestParser(async (original) => {
        const bytes = await readAtMost(body, maxBytes);
        const { url, method, headers, signal } = original;
        return requestParser(new fetchAPI.Request(url, { method, headers, signal, body: bytes }));
      });
    },
  };
}

async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks, length);
}

function tooLarge(maxBytes: number): GraphQLError {
  return new GraphQLError(`The request body is over the limit of ${maxBytes} bytes`, {
    extensions: { code: GATEWAY_ERROR_CODES.requestTooLarge, http: { status: 413 } },
  });
}
