import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from '../../web/node_modules/playwright-core/index.js';
import { browserUnavailable, launchChromium, newPage, ROOT, SCREENSHOTS, startExplorer, type Running } from './harness.js';

// The Explorer in a real browser (Debian's Chromium through playwright-core) against the app over the seed graph.
// Each test leaves a screenshot of its view in docs/screenshots/ (shown in the README).
const unavailable = browserUnavailable();
if (unavailable) console.warn(`Explorer browser tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('Explorer in Chromium', () => {
  let server: Running;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startExplorer();
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await server?.close();
  });

  /** Opens a page; the test body runs; console errors and failed requests fail the test. */
  async function withPage(run: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) {
    const { page, context, problems } = await newPage(browser, viewport);
    page.setDefaultTimeout(15_000);
    try {
      await run(page);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }
  const shot = (page: Page, name: string, fullPage = false) =>
    page.screenshot({ path: path.join(SCREENSHOTS, name), animations: 'disabled', fullPage });

  it('searches "Daniel Benchimol" with the keyboard and opens his page', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.origin}/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/French digital ecosystem/);
      const box = page.getByRole('combobox', { name: 'Search the graph' });
      await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await box.pressSequentially('dani', { delay: 30 });
      const option = page.getByRole('option', { name: /Daniel Benchimol/ });
      await option.waitFor();
      await expect(page.getByRole('option').count()).resolves.toBeGreaterThan(1);
      await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
      await shot(page, 'search.png');
      // Arrow keys move the active option (aria-activedescendant) to Daniel Benchimol.
      for (let i = 0; i < 8 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await box.press('ArrowDown');
      await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
      await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await option.getAttribute('id'));
      await box.press('Enter');
      await page.waitForURL(`${server.origin}/entity/daniel-benchimol`);
      await page.getByRole('heading', { level: 1, name: 'Daniel Benchimol' }).waitFor();
      await page.waitForFunction(() => document.title.startsWith('Daniel Benchimol'));

      // The "/" shortcut focuses the search from anywhere; an accent-free query finds accented names.
      await page.keyboard.press('/');
      const global = page.getByRole('combobox', { name: /Search people/ });
      await expect(global.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await global.pressSequentially('melee num', { delay: 20 });
      await page.getByRole('option', { name: /Mêlée Numérique/ }).waitFor();
      await global.press('ArrowDown');
      await global.press('Escape');
      await expect(global.getAttribute('aria-expanded')).resolves.toBe('false');
    });
  });

  it('shows his roles with the verbatim French title, and each citation on demand', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.origin}/entity/daniel-benchimol`);
      const roles = page.locator('section#roles');
      await roles.locator('li.role').first().waitFor();
      const rows = roles.locator('li.role');
      await expect(rows.count()).resolves.toBeGreaterThanOrEqual(2);
      const coPresident = rows.filter({ hasText: 'Digital113' }).first();
      await expect(coPresident.locator('.role-title').textContent()).resolves.toBe('co-président');
      await expect(coPresident.textContent()).resolves.toMatch(/since Feb 2019/);
      await expect(coPresident.locator('.citation').count()).resolves.toBe(0);

      const toggle = coPresident.getByRole('button', { name: /Source/ });
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await toggle.click();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      const citation = coPresident.locator('.citation');
      await expect(citation.locator('blockquote').textContent()).resolves.toMatch(/co-présidents du nouveau grand cluster, Daniel Benchimol/);
      await expect(citation.locator('figcaption').textContent()).resolves.toMatch(/Coup d'envoi à Toulouse et Montpellier de Digital113.*L'Usine Digitale, Feb 2019/);

      await shot(page, 'entity.png', true);

      // The organisation side: Digital113's page lists its co-presidents, the merger that formed it, its sponsors,
      // locations and events, each group with its own sources.
      await coPresident.getByRole('link', { name: 'Digital113' }).click();
      await page.waitForURL(/\/entity\/digital113$/);
      await page.locator('section#mergers li.relation').first().waitFor();
      await expect(page.locator('section#mergers').textContent()).resolves.toMatch(/DigitalPlace\s*merged into\s*Digital113.*effective 5 Feb 2019/);
      await expect(page.locator('section#roles').textContent()).resolves.toMatch(/Pierre Deniset/);
      for (const group of ['sponsors', 'locations', 'events']) await page.locator(`section#${group} li.relation`).first().waitFor();
      await expect(page.locator('section#sponsors h2').textContent()).resolves.toMatch(/Sponsors and funding\s*7/);
      await page.locator('section#mergers').getByRole('button', { name: /source/i }).first().click();
      await expect(page.locator('section#mergers .citation').count()).resolves.toBeGreaterThan(0);
      await shot(page, 'organisation.png', true);
    });
  });

  it('draws the neighbourhood of Digital113, opens and expands a node', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.origin}/graph/digital113`);
      const canvas = page.getByTestId('graph-canvas');
      await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]');
      const count = () => page.evaluate(() => (window as unknown as { explorerGraph: { nodes(): { length: number } } }).explorerGraph.nodes().length);
      const before = await count();
      expect(before).toBeGreaterThan(5);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Around\s*Digital113/);
      await expect(page.locator('.legend').textContent()).resolves.toMatch(/Person.*Organisation.*City/);

      // Click DigitalPlace where it is drawn on the canvas.
      const clickNode = async (name: string) => {
        const point = await page.evaluate((label) => {
          const cy = (window as unknown as { explorerGraph: any }).explorerGraph;
          const node = cy.nodes().filter((n: any) => n.data('name') === label)[0];
          cy.center(node); // away from the legend and the edges of the canvas
          const p = node.renderedPosition();
          return { x: p.x, y: p.y };
        }, name);
        const boxOf = await canvas.boundingBox();
        await page.mouse.click(boxOf!.x + point.x, boxOf!.y + point.y);
      };
      await clickNode('DigitalPlace');
      const selection = page.getByTestId('graph-selection');
      await selection.getByRole('heading', { name: 'DigitalPlace' }).waitFor();
      await expect(selection.getByRole('link', { name: 'Open its page' }).getAttribute('href')).resolves.toBe('/entity/digitalplace');

      await selection.getByRole('button', { name: 'Expand its neighbours' }).click();
      await page.waitForURL(/\/graph\/digital113\?expand=digitalplace$/);
      await page.waitForFunction((n) => (window as any).explorerGraph.nodes().length > n, before);
      await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]');
      const after = await count();
      expect(after).toBeGreaterThan(before);
      await expect(selection.getByRole('button', { name: 'Expanded' }).isDisabled()).resolves.toBe(true);
      // Jean-Pierre Bayol is DigitalPlace's director: one hop from DigitalPlace, two from Digital113.
      await expect(page.evaluate(() => (window as any).explorerGraph.nodes().some((n: any) => n.data('name') === 'Jean-Pierre Bayol'))).resolves.toBe(true);
      await page.waitForTimeout(400);
      await shot(page, 'graph.png');

      // The expanded view is a shareable URL: opened fresh, it draws the same graph.
      await page.goto(`${server.origin}/graph/digital113?expand=digitalplace`);
      await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]');
      await page.waitForFunction((n) => (window as any).explorerGraph.nodes().length === n, after);

      // Open a node's page from the graph.
      await clickNode('Jean-Pierre Bayol');
      await selection.getByRole('link', { name: 'Open its page' }).click();
      await page.waitForURL(/\/entity\/jean-pierre-bayol$/);
      await page.getByRole('heading', { level: 1, name: 'Jean-Pierre Bayol' }).waitFor();
    });
  });

  it('says when the neighbourhood was truncated', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.origin}/graph/digital113?depth=2&limit=25`);
      await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]');
      await expect(page.locator('.notice').textContent()).resolves.toMatch(/more than 25 entities within 2 hops: the 25 nearest are drawn/);
      await expect(page.evaluate(() => (window as any).explorerGraph.nodes().length)).resolves.toBe(25);
    });
  });

  it('finds the path between Jean-Pierre Bayol and Tony Marchand, each step with its quote', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.origin}/path`);
      const from = page.getByRole('combobox', { name: 'From' });
      await from.pressSequentially('bayol', { delay: 20 });
      await page.getByRole('option', { name: /Jean-Pierre Bayol/ }).click();
      const to = page.getByRole('combobox', { name: 'To' });
      await to.pressSequentially('tony mar', { delay: 20 });
      await to.press('Enter');
      await page.waitForURL(`${server.origin}/path?from=jean-pierre-bayol&to=tony-marchand`);
      const summary = page.locator('.path-summary');
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toBe('Jean-Pierre Bayol and Tony Marchand are 2 steps apart');
      await expect(page.locator('.chain-strip li').allTextContents()).resolves.toEqual([
        expect.stringContaining('Jean-Pierre Bayol'),
        expect.stringContaining('DigitalPlace'),
        'Tony Marchand',
      ]);
      const steps = page.locator('.step');
      await expect(steps.count()).resolves.toBe(2);
      for (const step of await steps.all()) {
        await expect(step.locator('blockquote').first().textContent()).resolves.toMatch(/\S{10,}/);
        await expect(step.locator('figcaption cite').first().textContent()).resolves.toMatch(/\S/);
      }
      await expect(steps.nth(0).locator('.step-sentence').textContent()).resolves.toMatch(/Jean-Pierre Bayol\s+directeur\s+DigitalPlace/);
      await shot(page, 'path.png', true);

      // Shared URL, swapped ends, and no path within the limit.
      await page.goto(`${server.origin}/path?from=tony-marchand&to=jean-pierre-bayol`);
      await expect(page.locator('.path-summary').textContent()).resolves.toBe('Tony Marchand and Jean-Pierre Bayol are 2 steps apart');
      await expect(page.getByRole('combobox', { name: 'From' }).inputValue()).resolves.toBe('Tony Marchand');
      await page.goto(`${server.origin}/path?from=jean-pierre-bayol&to=fleur-pellerin&hops=1`);
      await expect(page.locator('.empty-result').textContent()).resolves.toMatch(/No chain of at most 1 relation links Jean-Pierre Bayol and Fleur Pellerin/);
    });
  });

  it('filters the presidencies table by role kind, organisation and city, with cursor pages', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.origin}/roles`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Who presides what');
      const rows = page.locator('table.roles-table tbody tr');
      await rows.first().waitFor();
      const meta = page.locator('.table-meta');
      const total = Number((await meta.textContent())!.match(/(\d+) roles?/)![1]);
      expect(total).toBeGreaterThan(5);
      for (const kind of await page.locator('table.roles-table tbody .type-tag').allTextContents()) expect(['President', 'Co-president']).toContain(kind);
      await shot(page, 'roles.png', true);

      // Role kind: co-presidents only (toggle President off).
      await page.getByRole('button', { name: 'President', exact: true }).click();
      await page.waitForURL(/kind=CO_PRESIDENT$/);
      await page.waitForFunction(() => [...document.querySelectorAll('table.roles-table tbody .type-tag')].every((t) => t.textContent === 'Co-president'));
      await expect(page.getByRole('button', { name: 'President', exact: true }).getAttribute('aria-pressed')).resolves.toBe('false');

      // Organisation.
      await page.goto(`${server.origin}/roles`);
      const org = page.getByRole('combobox', { name: 'Organisation', exact: true });
      await org.pressSequentially('digital11', { delay: 20 });
      await page.getByRole('option', { name: /Digital113/ }).click();
      await page.waitForURL(/org=digital113/);
      await page.waitForFunction(() => {
        const cells = [...document.querySelectorAll('table.roles-table tbody td[data-label="Organisation"]')];
        return cells.length === 2 && cells.every((c) => c.textContent === 'Digital113');
      });
      await expect(page.locator('table.roles-table tbody td[data-label="Person"]').allTextContents()).resolves.toEqual(
        expect.arrayContaining(['Daniel Benchimol', 'Pierre Deniset']),
      );

      // City (applied in the page: the organisation's location, directly or through a venue).
      await page.goto(`${server.origin}/roles?kind=all`);
      const city = page.getByRole('combobox', { name: 'City', exact: true });
      await city.pressSequentially('toulon', { delay: 20 });
      await page.getByRole('option').filter({ has: page.locator('.option-name', { hasText: /^Toulon$/ }) }).click();
      await page.waitForURL(/city=toulon$/);
      await page.waitForFunction(() => document.querySelector('.table-meta')?.textContent?.includes('in Toulon'));
      const cities = await page.locator('table.roles-table tbody td[data-label="City"]').allTextContents();
      expect(cities.length).toBeGreaterThan(0);
      for (const c of cities) expect(c.split(', ')).toContain('Toulon');
      // A row's sources open beneath it.
      await page.locator('table.roles-table tbody').getByRole('button', { name: /source/i }).first().click();
      await expect(page.locator('tr.citation-row blockquote').first().textContent()).resolves.toMatch(/\S{10,}/);
      await shot(page, 'roles-city.png', true);

      // Cursor pagination: pages of 25 over all roles; Next, then Previous, back to the same first row.
      await page.goto(`${server.origin}/roles?kind=all`);
      await rows.first().waitFor();
      const firstRow = await rows.first().textContent();
      await page.getByRole('link', { name: 'Next →' }).click();
      await page.waitForURL(/after=/);
      await page.waitForFunction((text) => document.querySelector('table.roles-table tbody tr')?.textContent !== text, firstRow);
      await expect(meta.textContent()).resolves.toMatch(/page 2 of/);
      await page.getByRole('link', { name: '← Previous' }).click();
      await page.waitForFunction((text) => document.querySelector('table.roles-table tbody tr')?.textContent === text, firstRow);
    });
  });

  it('shows clear not-found and error states', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.origin}/entity/nobody-here`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('No entity “nobody-here”');
      await page.goto(`${server.origin}/somewhere/else`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    });
    // The API failing: the page says so and offers to retry (the request is answered 503 by the browser route).
    const { page, context } = await newPage(browser);
    try {
      await page.route('**/graphql', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'The graph store is unavailable.', extensions: { code: 'STORE_UNAVAILABLE' } }] }) }));
      await page.goto(`${server.origin}/entity/digital113`);
      const alert = page.getByRole('alert');
      await expect(alert.textContent()).resolves.toMatch(/Could not load “digital113”.*The graph store is unavailable/);
      await page.unroute('**/graphql');
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { level: 1, name: 'Digital113' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('sends operation hashes to a server that runs registered operations only', async () => {
    // The server answers a query text with TRUSTED_DOCUMENT_REQUIRED (TRUSTED_DOCUMENTS_ONLY=true); the page then
    // sends sha256 hashes (extensions.persistedQuery), which this route resolves from the build's manifest.
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'web', 'src', 'gql', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const byHash = new Map(Object.entries(manifest).map(([key, text]) => [key.replace(/^sha256:/, ''), text]));
    const { page, context, problems } = await newPage(browser);
    const seen = { texts: 0, hashes: 0 };
    try {
      await page.route('**/graphql', async (route) => {
        const body = JSON.parse(route.request().postData() ?? '{}') as { query?: string; variables?: unknown; operationName?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
        if (body.query) {
          seen.texts++;
          return route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'This server runs trusted documents only.', extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] }) });
        }
        seen.hashes++;
        const text = byHash.get(body.extensions?.persistedQuery?.sha256Hash ?? '');
        if (!text) return route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'No registered operation has this hash.', extensions: { code: 'TRUSTED_DOCUMENT_NOT_FOUND' } }] }) });
        return route.fulfill({ response: await route.fetch({ postData: JSON.stringify({ query: text, variables: body.variables, operationName: body.operationName }) }) });
      });
      await page.goto(`${server.origin}/entity/daniel-benchimol`);
      await page.locator('section#roles li.role').first().waitFor();
      expect(seen.texts).toBe(1);
      expect(seen.hashes).toBeGreaterThanOrEqual(2);
      // 400 answers show in the console as failed resources: only those are expected.
      expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps the home page and a narrow screen usable', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.origin}/`);
      await page.locator('.stats li').first().waitFor();
      await expect(page.locator('.articles li').count()).resolves.toBe(5);
      await shot(page, 'home.png', true);
    });
    await withPage(
      async (page) => {
        await page.goto(`${server.origin}/entity/digital113`);
        await page.locator('section#roles li.role').first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await shot(page, 'mobile-entity.png');
      },
      { width: 390, height: 844 },
    );
  });
});
