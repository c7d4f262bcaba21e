import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Yoga's parsers throw a bare SyntaxError when the `variables` or `extensions` of a GET (or form-encoded POST) is not
 * JSON, which became a 500, and code-less errors for malformed multipart forms. Both are the client's mistake: 400.
 */
export function requestParseErrors(): Plugin {
  return {
    onRequestParse: ({ requestParser, setRequestParser }) => {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (error instanceof GraphQLError && error.extensions.code) throw error;
          const message =
            error instanceof SyntaxError
              ? 'A request parameter is not valid JSON: `variables` and `extensions` must be JSON objects (URL-encoded in a GET).'
              : error instanceof GraphQLError
                ? error.message
                : 'The request could not be read.';
          throw new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      });
    },
  };
}
