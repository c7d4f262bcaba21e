import { createServer } from 'node:http';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openStore } from './store/open-store.js';

// Entry point: configuration, store, HTTP. Everything testable lives in app.ts.
async function main(): Promise<void> {
  const config = loadConfig();
  const { store, loadedOnStart } = await openStore(config);
  const meta = await store.meta();
  if (loadedOnStart) console.log(`Loaded the graph from ${config.curatedDataDir} into the ${store.backend} store.`);
  const app = createApp({ store, trace: config.trace, exposeErrors: config.env === 'development' });
  const server = createServer(app);
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(
      `ecosystem-graph on http://localhost:${port}/graphql (${store.backend} store: ` +
        `${meta?.entities ?? 0} entities, ${meta?.relations ?? 0} relations)`,
    );
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests, then closing the store.`);
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      await store.runner.close();
      clearTimeout(force);
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // A clear message and a non-zero exit, never a stack trace loop: the message says what to do.
  console.error(`ecosystem-graph could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
