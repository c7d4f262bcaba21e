import { writeFile } from 'node:fs/promises';
import { printedSchema } from '../graphql/print.js';

// npm run schema:print: rewrites schema/schema.graphql from the code-first schema.
const target = new URL('../../schema/schema.graphql', import.meta.url);
await writeFile(target, printedSchema());
console.log(`Wrote ${target.pathname}`);
