import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CJS and ESM builds; Pothos and Yoga load the CJS one, so tests must too, or instanceof checks fail
  // across the two copies ("Cannot use GraphQLObjectType from another module or realm").
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['tests/**/*.test.ts'],
    // LadybugDB opens native handles per test file; forks keep each file's database in its own process.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
