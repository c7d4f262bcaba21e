import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLES_DIR = path.join(ROOT, 'examples');
/** The Explorer's operations, written by GraphQL Codegen when web/ is built (keys "sha256:<hex>"). */
export const EXPLORER_DOCUMENTS = path.join(ROOT, 'web/src/gql/persisted-documents.json');

/** A registered operation: clients send its hash instead of its text. */
export interface TrustedDocument {
  hash: string;
  file: string;
  text: string;
}

/** sha256 (hex) of the document text, as Apollo's persisted-query protocol and GraphQL Codegen compute it. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The operations of `examples/` and, when the page is built, of the Explorer: registered by hash. */
export function loadTrustedDocuments(dir = EXAMPLES_DIR, explorer = EXPLORER_DOCUMENTS): Map<string, TrustedDocument> {
  const documents = new Map<string, TrustedDocument>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    documents.set(documentHash(text), { hash: documentHash(text), file, text });
  }
  if (existsSync(explorer)) {
    const manifest = JSON.parse(readFileSync(explorer, 'utf8')) as Record<string, string>;
    for (const text of Object.values(manifest))
      documents.set(documentHash(text), { hash: documentHash(text), file: path.relative(ROOT, explorer), text });
  }
  return documents;
}
