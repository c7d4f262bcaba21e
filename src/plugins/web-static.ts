import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

/** Paths the page never answers: the API and the probes, whatever else is served. */
const RESERVED = ['/graphql', '/health', '/ready'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Hashed build outputs (Vite's assets/): never change under the same name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files: always revalidated (cheap, with the ETag), so a new build shows at once. */
const REVALIDATE = 'no-cache';

/**
 * The page's policy: scripts, styles and data from this origin only; the page talks to /graphql and nothing else.
 * Cytoscape draws on a canvas and Preact sets styles through the CSSOM, which style-src does not restrict.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

interface CachedFile {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  mtimeMs: number;
  size: number;
}

function isReserved(pathname: string): boolean {
  return RESERVED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Serves the built Explorer (web/dist) on GET and HEAD: its files with their content type, hashed assets cached for a
 * year, and index.html for any other page path (the client routes: /entity/…, /graph/…, /path, /roles), so a shared
 * URL opens the right view. Never answers /graphql, /health or /ready, nor other methods. A no-op when `distDir`
 * holds no index.html (the page is not built): every request passes through to the API as before.
 */
export function webStatic(distDir: string): Plugin {
  const root = path.resolve(distDir);
  const index = path.join(root, 'index.html');
  const cache = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile | null> {
    let info;
    try {
      info = await stat(file);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
    const body = new Uint8Array(await readFile(file));
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
    const entry = { body, etag, mtimeMs: info.mtimeMs, size: info.size };
    cache.set(file, entry);
    return entry;
  }

  /** The file under root that `pathname` names, or null (outside root, hidden, malformed). */
  function resolve(pathname: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    if (decoded.includes('\0')) return null;
    const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    if (path.relative(root, file).split(path.sep).some((part) => part.startsWith('.'))) return null;
    return file === root ? index : file;
  }

  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const pathname = url.pathname;
      if (isReserved(pathname)) return;
      if (!existsSync(index)) return;

      let file = pathname === '/' ? index : resolve(pathname);
      let found = file ? await load(file) : null;
      const isAsset = pathname.startsWith('/assets/');
      if (!found) {
        // A missing asset or file is a real 404 (a stale chunk must not get HTML), and so is a path naming a hidden
        // or out-of-tree file; any other page path gets index.html (a client route).
        if (file === null || isAsset || path.extname(pathname) !== '') {
          endResponse(new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' } }));
          return;
        }
        file = index;
        found = await load(index);
        if (!found) return;
      }

      const type = TYPES[path.extname(file!).toLowerCase()] ?? 'application/octet-stream';
      const headers = new Headers({
        'content-type': type,
        'cache-control': isAsset ? IMMUTABLE : REVALIDATE,
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
      });
      if (file === index) {
        headers.set('content-security-policy', CSP);
        headers.set('referrer-policy', 'same-origin');
        headers.set('x-frame-options', 'DENY');
      }

      // Pre-compressed variants written by the build (.br, .gz), when the client takes them.
      let body = found.body;
      let etag = found.etag;
      const accepts = request.headers.get('accept-encoding') ?? '';
      for (const [encoding, ext] of [
        ['br', '.br'],
        ['gzip', '.gz'],
      ] as const) {
        if (!new RegExp(`\\b${encoding}\\b`).test(accepts)) continue;
        const variant = await load(`${file}${ext}`);
        if (!variant) continue;
        body = variant.body;
        etag = `${found.etag.slice(0, -1)}-${encoding}"`;
        headers.set('content-encoding', encoding);
        break;
      }
      headers.set('etag', etag);

      const ifNoneMatch = request.headers.get('if-none-match');
      if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
        endResponse(new Response(null, { status: 304, headers }));
        return;
      }
      headers.set('content-length', String(body.byteLength));
      endResponse(new Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
