import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { seedStore } from '../helpers/seed-app.js';

describe('the playground', () => {
  it('serves GraphiQL at /graphql to a browser, opening on "who presides what"', async () => {
    const store = await seedStore();
    const app = createApp({ store });
    const response = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).toContain('WhoPresidesWhat');
    expect(html).toContain('roles(kinds: [PRESIDENT, CO_PRESIDENT]');
    await store.runner.close();
  });
});
