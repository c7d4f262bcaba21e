import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../../src/app.js';
import { webStatic } from '../../src/plugins/web-static.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { seedStore } from '../helpers/seed-app.js';
// playwright-core is a devDependency of web/ (the Explorer's own package), installed with it by scripts/build-web.mjs.
import type { Browser, BrowserContext, Page } from '../../web/node_modules/playwright-core/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'web', 'dist');
/**
 * Where the browser tests write their screenshots: docs/screenshots/ (shown in the README) when
 * EXPLORER_SCREENSHOTS=1, else a temporary directory, so a plain `npm test` leaves the committed pictures alone.
 */
export const SCREENSHOTS =
  process.env.EXPLORER_SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'screenshots') : path.join(tmpdir(), 'explorer-screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export function browserUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium; or set CHROMIUM_PATH)`;
  if (!existsSync(path.join(ROOT, 'web', 'node_modules', 'playwright-core')))
    return 'web/node_modules/playwright-core is missing: run `npm run build:web` (npm install does it)';
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) return 'web/dist is not built: run `npm run build:web` (npm install does it)';
  return null;
}

export interface Running {
  origin: string;
  store: GraphStore;
  app: App;
  close: () => Promise<void>;
}

/**
 * The app over the seed graph (or `given`) on a random port, the Explorer served at `/`. When createApp already serves the page
 * (webStatic wired in src/app.ts) it is used as is; until then the plugin's handler runs in front of it here.
 */
export async function startExplorer(given?: GraphStore): Promise<Running> {
  const store = given ?? (await seedStore());
  const app = createApp({ store });
  const probe = await app.fetch('http://test/', { headers: { accept: 'text/html' } });
  const wired = probe.status === 200 && (probe.headers.get('content-type') ?? '').startsWith('text/html');
  const plugin = webStatic(WEB_DIST);

  const handler = wired
    ? app
    : async (req: IncomingMessage, res: ServerResponse) => {
        const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
        let answer: Response | undefined;
        if (req.method === 'GET' || req.method === 'HEAD') {
          const request = new Request(url, { method: req.method, headers });
          await (plugin.onRequest as (payload: unknown) => Promise<void>)({
            request,
            url,
            endResponse: (response: Response) => {
              answer = response;
            },
          });
        }
        if (!answer) return app(req, res);
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(answer.body ? Buffer.from(await answer.arrayBuffer()) : undefined);
      };

  const server: Server = createServer(handler as never);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    store,
    app,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.runner.close();
    },
  };
}

/** Debian's Chromium, headless, with nothing that reaches outside (the machine's network is closed). */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const { chromium } = (await import(pathToModule('playwright-core'))) as typeof import('../../web/node_modules/playwright-core/index.js');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    // launch() gives every browser a new empty profile (user-data-dir) of its own, removed on close.
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

function pathToModule(name: string): string {
  return path.join(ROOT, 'web', 'node_modules', name, 'index.mjs');
}

/** A page that records console errors and failed requests, so a test can assert the page ran cleanly. */
export async function newPage(browser: Browser, viewport = { width: 1360, height: 900 }): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-GB' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    if (!failure.includes('ERR_ABORTED')) problems.push(`request failed: ${request.url()} ${failure}`);
  });
  return { page, context, problems };
}
