import { GraphQLError } from 'graphql';

/** Codes clients can rely on in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'STORE_UNAVAILABLE' | 'STORE_TIMEOUT';

/** Bad arguments: the message says what is wrong and what is accepted. */
export function badInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });
}

/** The store cannot be reached or refused to work; safe to show, says nothing of the internals. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A store query ran past its time limit. */
export class StoreTimeoutError extends Error {
  readonly code = 'STORE_TIMEOUT';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreTimeoutError';
  }
}

/** Turns store failures into GraphQL errors a client may see; anything else stays masked by Yoga. */
export function toClientError(error: unknown): GraphQLError | null {
  if (error instanceof StoreUnavailableError || error instanceof StoreTimeoutError)
    return new GraphQLError(error.message, { extensions: { code: error.code } });
  return null;
}
