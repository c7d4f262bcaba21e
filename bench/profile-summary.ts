import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the server's main thread spent its time, from the `.cpuprofile` files `npm run bench -- --profile` writes:
 * self time grouped by who owns the code (ours, GraphQL, Yoga, Pothos, the LadybugDB binding, Node), then the
 * heaviest functions. LadybugDB runs queries on its own threads: while the main thread waits for them it is idle,
 * so "idle" is the store's share as this thread sees it (the floor breakdown of bench/results says which queries).
 *
 *   npx tsx bench/profile-summary.ts bench/profiles/1000000/*.cpuprofile
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const OWNERS: [RegExp, string][] = [
  [/@ladybugdb\/core/, 'LadybugDB binding (result conversion, prepare/execute calls)'],
  [/node_modules\/graphql\//, 'graphql-js (parse, validate, execute)'],
  [/node_modules\/(graphql-yoga|@graphql-yoga|@whatwg-node|@envelop|@graphql-tools)/, 'Yoga / envelop / fetch layer'],
  [/node_modules\/@pothos/, 'Pothos plugins (dataloader, complexity, relay)'],
  [/node_modules\/@escape\.tech/, 'GraphQL Armor (limits)'],
  [/node_modules\/dataloader/, 'DataLoader'],
  [/node_modules\/pino/, 'pino (logs)'],
  [/node_modules\//, 'other libraries'],
  [/\/src\//, 'ours (src/)'],
  [/^node:|^internal\//, 'Node.js internals (http, streams, timers)'],
];

function owner(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(idle)') return 'idle (waiting: store threads, network)';
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (functionName === '(program)') return 'native code outside JS (V8, bindings)';
  for (const [pattern, name] of OWNERS) if (pattern.test(url)) return name;
  return url === '' ? 'native code outside JS (V8, bindings)' : 'other';
}

function summarise(file: string, top: number): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const busy = total - [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of self) {
    const node = byId.get(id)!;
    owners.set(owner(node), (owners.get(owner(node)) ?? 0) + micros);
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const pct = (micros: number, of: number) => `${((100 * micros) / of).toFixed(1)}%`;
  const ms = (micros: number) => (micros / 1000).toFixed(0);
  return [
    `### ${path.basename(file)}: ${ms(total)} ms sampled, main thread busy ${pct(busy, total)}`,
    '',
    '| owner | self ms | of all | of busy |',
    '| --- | ---: | ---: | ---: |',
    ...[...owners]
      .sort((a, b) => b[1] - a[1])
      .map(([name, t]) => `| ${name} | ${ms(t)} | ${pct(t, total)} | ${name.startsWith('idle') ? '' : pct(t, busy)} |`),
    '',
    `| heaviest functions (self) | ms | of busy |`,
    '| --- | ---: | ---: |',
    ...[...functions]
      .filter(([name]) => !name.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => `| \`${name}\` | ${ms(t)} | ${pct(t, busy)} |`),
    '',
  ].join('\n');
}

const files = process.argv.slice(2).filter((a) => a.endsWith('.cpuprofile'));
if (files.length === 0) {
  console.error('usage: npx tsx bench/profile-summary.ts <file.cpuprofile>...');
  process.exit(2);
}
for (const file of files) console.log(summarise(file, 15));
