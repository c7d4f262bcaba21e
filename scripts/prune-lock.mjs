// Run after `npm install`: @ladybugdb/core 0.19.1 declares platform packages (darwin, win32, linux-arm64) that the
// registry does not publish; npm records them as wanted but absent, and `npm ci` then refuses the lock file.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const core = lock.packages['node_modules/@ladybugdb/core'];
const wanted = Object.keys(core?.optionalDependencies ?? {});
const absent = wanted.filter((name) => !lock.packages[`node_modules/${name}`]);
for (const name of absent) delete core.optionalDependencies[name];
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(absent.length ? `Pruned from package-lock.json: ${absent.join(', ')}` : 'package-lock.json: nothing to prune');
