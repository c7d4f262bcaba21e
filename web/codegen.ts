import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the Explorer's operations (src/operations/*.graphql), generated from the served SDL. Generated at build
 * (`npm run build` runs it first) into src/gql/, which is not committed: a schema change that breaks an operation
 * fails the build. `documentMode: 'string'` keeps graphql-js out of the bundle; persisted documents give every
 * operation its sha256, for servers that only run registered operations.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' } },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { PartialDate: 'string' },
      },
    },
  },
};
export default config;
