#!/usr/bin/env node
// Builds the Explorer (web/ -> web/dist), which the server serves at `/`. Runs after `npm install`/`npm ci` in the
// root (postinstall) and as `npm run build:web`. Does nothing when web/dist is newer than every web source, so a
// repeated install costs one directory walk. Installs web/'s own dependencies (`npm ci --prefix web`) when missing.
//
//   EXPLORER_SKIP_BUILD=1   skip (the API works without the page; / then answers 404)
//   EXPLORER_FORCE_BUILD=1  build even when web/dist looks fresh
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const rel = (p) => path.relative(root, p) || '.';
const log = (message) => console.log(`[build:web] ${message}`);

if (process.env.EXPLORER_SKIP_BUILD === '1' || process.env.EXPLORER_SKIP_BUILD === 'true') {
  log('EXPLORER_SKIP_BUILD is set: not building the Explorer.');
  process.exit(0);
}
if (!existsSync(path.join(web, 'package.json'))) {
  // A tree without web/ (the Docker image's build context leaves it out): nothing to build.
  process.exit(0);
}

/** Newest modification time under `entry` (a file or a directory), skipping generated and installed files. */
function newest(entry) {
  let info;
  try {
    info = statSync(entry);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const name of readdirSync(entry)) {
    if (name === 'node_modules' || name === 'dist' || name === 'gql' || name.startsWith('.')) continue;
    latest = Math.max(latest, newest(path.join(entry, name)));
  }
  return latest;
}

// The child npm must not inherit the root install's flags (npm_config_omit=dev from `npm ci --omit=dev`, a global
// prefix...): the page's build tools are web/'s devDependencies.
const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (
    /^npm_config_(omit|include|production|only|dev|global|location|prefix|dry_run|package_lock_only|workspaces?|include_workspace_root|ignore_scripts|save|audit|fund)$/i.test(
      key,
    )
  )
    delete env[key];
}

function npm(args) {
  const command = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  log(`npm ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `[build:web] "npm ${args.join(' ')}" failed (exit ${result.status ?? result.signal}). The API still works; ` +
        'fix the error above and run `npm run build:web`, or set EXPLORER_SKIP_BUILD=1 to install without the page.',
    );
    process.exit(result.status || 1);
  }
}

const installed = path.join(web, 'node_modules', '.package-lock.json');
const lock = path.join(web, 'package-lock.json');
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
  npm(['ci', '--prefix', rel(web), '--no-audit', '--no-fund', '--loglevel=error']);
}

const built = path.join(web, 'dist', 'index.html');
const sources = [
  path.join(web, 'src'),
  path.join(web, 'public'),
  path.join(web, 'index.html'),
  path.join(web, 'vite.config.ts'),
  path.join(web, 'codegen.ts'),
  path.join(web, 'tsconfig.json'),
  path.join(web, 'package.json'),
  lock,
  path.join(root, 'schema', 'schema.graphql'),
];
const sourceTime = Math.max(...sources.map(newest));
const builtTime = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtTime >= sourceTime && process.env.EXPLORER_FORCE_BUILD !== '1') {
  log(`${rel(built)} is up to date.`);
  process.exit(0);
}

npm(['run', 'build', '--prefix', rel(web), '--silent']);
log(`built ${rel(path.join(web, 'dist'))}: served at / by \`npm start\`.`);
