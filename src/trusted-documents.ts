import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../examples');

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

/** The operations of `examples/`, registered by hash. */
export function loadTrustedDocuments(dir = EXAMPLES_DIR): Map<string, TrustedDocument> {
  const documents = new Map<string, TrustedDocument>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    documents.set(documentHash(text), { hash: documentHash(text), file, text });
  }
  return documents;
}
