import { createServer } from 'node:http';
import pino from 'pino';
import { createApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { openStore } from './store/open-store.js';

// Entry point: configuration, store, HTTP, signals. Everything testable lives in app.ts.
async function main(config: Config): Promise<void> {
  const logger = pino({ level: config.logLevel, base: { service: 'ecosystem-graph' } });
  const { store, loadedOnStart } = await openStore(config);
  const meta = await store.meta();
  if (loadedOnStart) logger.info({ dir: config.curatedDataDir, backend: store.backend }, 'graph loaded from curated data');

  let shuttingDown = false;
  const app = createApp({
    store,
    trace: config.trace,
    exposeErrors: config.env === 'development',
    limits: config.limits,
    introspection: config.introspection,
    corsOrigins: config.corsOrigins,
    maxBodyBytes: config.maxBodyBytes,
    requestTimeoutMs: config.requestTimeoutMs,
    trustedDocumentsOnly: config.trustedDocumentsOnly,
    logger,
    isShuttingDown: () => shuttingDown,
  });
  const server = createServer(app);
  // A client that trickles its request cannot hold a connection longer than this.
  server.requestTimeout = config.requestTimeoutMs + 5_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;

  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ port, backend: store.backend, entities: meta?.entities, relations: meta?.relations }, 'listening');
    // Plain line for people and for tests that wait for the server (the JSON log is for machines).
    console.log(`ecosystem-graph on http://localhost:${port}/graphql (${store.backend} store: ${meta?.entities ?? 0} entities, ${meta?.relations ?? 0} relations)`);
  });

  const stop = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: no new connections, finishing in-flight requests');
    const force = setTimeout(() => {
      logger.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    }, config.shutdownGraceMs).unref();
    server.close(async () => {
      clearTimeout(force);
      try {
        await store.runner.close();
        logger.info('store closed; bye');
        process.exit(0);
      } catch (error) {
        logger.error({ err: error }, 'store did not close cleanly');
        process.exit(1);
      }
    });
    // Idle keep-alive connections would otherwise hold server.close() open until they time out.
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error(`ecosystem-graph could not start: ${(error as Error).message}`);
  process.exit(1);
}
main(config).catch((error: unknown) => {
  // A clear message and a non-zero exit, never a stack trace loop: the message says what to do.
  console.error(`ecosystem-graph could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
