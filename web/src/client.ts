import { useEffect, useRef, useState } from 'preact/hooks';
import type { TypedDocumentString } from './gql/graphql';

/**
 * The Explorer's only link to the server: POST /graphql, GraphQL over HTTP, JSON. Operations come from
 * src/operations/*.graphql through GraphQL Code Generator, so results and variables are typed.
 *
 * A server that runs registered operations only answers a query text with TRUSTED_DOCUMENT_REQUIRED; from then on the
 * client sends each operation's sha256 (extensions.persistedQuery) instead of its text (see codegen.ts).
 */
export const ENDPOINT = '/graphql';

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

let sendHashes = false;

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const text = document.toString();
  const operationName = /(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
  const hash = (document.__meta__?.hash as string | undefined)?.replace(/^sha256:/, '');
  const body = (withHash: boolean) =>
    JSON.stringify(
      withHash && hash
        ? { operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
        : { query: text, operationName, variables },
    );
  const send = async (withHash: boolean) => {
    let response: Response;
    try {
      response = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: body(withHash),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new GraphQLRequestError('The server cannot be reached. Check your connection and try again.', 'NETWORK', 0);
    }
    let payload: { data?: TResult | null; errors?: GraphQLError[] } | undefined;
    try {
      payload = (await response.json()) as typeof payload;
    } catch {
      payload = undefined;
    }
    return { response, payload };
  };

  let { response, payload } = await send(sendHashes);
  if (!sendHashes && payload?.errors?.[0]?.extensions?.code === 'TRUSTED_DOCUMENT_REQUIRED' && hash) {
    sendHashes = true;
    ({ response, payload } = await send(true));
  }
  const first = payload?.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code, response.status);
  if (!response.ok || !payload || payload.data == null)
    throw new GraphQLRequestError(`The server answered ${response.status} ${response.statusText}.`, 'HTTP', response.status);
  return payload.data;
}

/** Results by operation and variables: back, forward and re-opened views show at once. Bounded. */
const cache = new Map<string, unknown>();
const CACHE_SIZE = 200;

function cacheKey(document: { toString(): string }, variables: unknown): string {
  return `${document.toString().length}:${/(?:query)\s+(\w+)/.exec(document.toString())?.[1]}:${JSON.stringify(variables)}`;
}

export function cached<T>(key: string): T | undefined {
  const value = cache.get(key) as T | undefined;
  if (value !== undefined) {
    cache.delete(key);
    cache.set(key, value);
  }
  return value;
}

function remember(key: string, value: unknown) {
  cache.set(key, value);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

/** Requests in flight, shared by every caller asking the same thing; aborted when the last caller gives up. */
const inFlight = new Map<string, { promise: Promise<unknown>; controller: AbortController; waiting: number }>();

/** request() through the cache, one request at a time for the same operation and variables. */
export async function query<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const key = cacheKey(document, variables);
  const hit = cached<TResult>(key);
  if (hit !== undefined) return hit;
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const promise = request(document, variables, controller.signal).then(
      (data) => {
        remember(key, data);
        return data;
      },
    );
    promise.then(
      () => inFlight.delete(key),
      () => inFlight.delete(key),
    );
    shared = { promise, controller, waiting: 0 };
    inFlight.set(key, shared);
  }
  const entry = shared;
  entry.waiting++;
  if (!signal) return entry.promise as Promise<TResult>;
  return new Promise<TResult>((resolve, reject) => {
    const onAbort = () => {
      if (--entry.waiting === 0) {
        entry.controller.abort();
        inFlight.delete(key);
      }
      reject(new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    (entry.promise as Promise<TResult>).then(
      (data) => {
        signal.removeEventListener('abort', onAbort);
        resolve(data);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  retry: () => void;
}

/**
 * Runs an operation when `variables` change (null: skip). The previous result stays visible while the next one loads
 * when `keepPrevious` is set (tables, pagers); stale answers are dropped (AbortController).
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
  { keepPrevious = false }: { keepPrevious?: boolean } = {},
): QueryState<TResult> {
  const key = variables === null ? null : cacheKey(document, variables);
  const initial = key === null ? undefined : cached<TResult>(key);
  const [state, setState] = useState<{ key: string | null; data?: TResult; error?: Error; loading: boolean }>({
    key,
    data: initial,
    loading: key !== null && initial === undefined,
  });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(key);
  latest.current = key;

  useEffect(() => {
    if (key === null || variables === null) {
      setState({ key, loading: false });
      return;
    }
    const hit = cached<TResult>(key);
    if (hit !== undefined) {
      setState({ key, data: hit, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ key, data: keepPrevious ? previous.data : undefined, loading: true }));
    query(document, variables, controller.signal).then(
      (data) => {
        if (latest.current === key) setState({ key, data, loading: false });
      },
      (error: Error) => {
        if (controller.signal.aborted || latest.current !== key) return;
        setState({ key, error, loading: false });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  let current: { data?: TResult; error?: Error; loading: boolean };
  if (state.key === key) current = state;
  else if (initial !== undefined) current = { data: initial, loading: false };
  else current = { data: keepPrevious ? state.data : undefined, loading: key !== null };
  return {
    data: current.data,
    error: current.error,
    loading: current.loading,
    retry: () => {
      if (key) cache.delete(key);
      setAttempt((n) => n + 1);
    },
  };
}
