import autocannon from 'autocannon';
import http from 'node:http';

export interface LoadOptions {
  url: string;
  /** A new request body each call: realistic, varied arguments. */
  body: () => string;
  seconds: number;
  connections: number;
}

export interface LoadResult {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  rps: number;
  requests: number;
  /** Non-2xx answers, bodies carrying GraphQL `errors`, timeouts and connection errors. */
  errors: number;
}

/**
 * Max throughput: autocannon keeps `connections` requests in flight (closed loop) and the latency of every response is
 * recorded here (autocannon reports no p95).
 */
export async function maxThroughput(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: [{ setupRequest: (request) => ({ ...request, body: options.body() }) }],
        // GraphQL answers errors with a 200 (or a 4xx with application/graphql-response+json): look inside.
        verifyBody: (body: string) => !body.includes('"errors"'),
      } as autocannon.Options,
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const mismatches = (result as unknown as { mismatches?: number }).mismatches ?? 0;
  return summarise(latencies, options.seconds, result.errors + result.timeouts + result.non2xx + mismatches);
}

/**
 * Constant arrival rate, as k6's executor of that name: a request starts every 1/rate s whether or not the previous
 * ones have answered (open model), and its latency counts from when it was due, so a slow server is not hidden by a
 * client that waits for it (coordinated omission). autocannon's `overallRate` releases each second's quota in a
 * burst, which measures its own queue.
 */
export async function constantRate(options: LoadOptions & { rate: number }): Promise<LoadResult> {
  const url = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.round(options.rate * options.seconds);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = options.body();
    inFlight.push(
      post(url, agent, body).then(
        (text) => {
          latencies.push(performance.now() - due);
          if (text.includes('"errors"')) errors++;
        },
        () => void errors++,
      ),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  return summarise(latencies, options.seconds, errors);
}

function post(url: URL, agent: http.Agent, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(body) },
        timeout: 30_000,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve(text) : reject(new Error(`HTTP ${response.statusCode}`))));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(body);
  });
}

function summarise(latencies: number[], seconds: number, errors: number): LoadResult {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), rps: round(latencies.length / seconds), requests: latencies.length, errors };
}

export const round = (n: number) => Math.round(n * 100) / 100;
