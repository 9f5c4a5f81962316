#!/usr/bin/env node
// Replication benchmark (issue 5): produce throughput and latency for 1 KiB messages on a
// 3-node cluster with RF=3, acks=all, min.insync.replicas=2, beside a single node with acks=1,
// measured in the same run on this machine. Prints a table and, with --json, JSON.
//
//   node scripts/bench-replication.mjs [--records 200000] [--json]
//
// Needs the build (npm test or npx tsc -b). Uses ports 39092-39099 and temporary directories.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'packages/cli/dist/bin.js');
const { DevCluster } = await import(join(root, 'packages/cli/dist/index.js'));
const args = process.argv.slice(2);
const records = Number(args[args.indexOf('--records') + 1] || 200000) || 200000;
const asJson = args.includes('--json');

function gregor(...a) {
  return execFileSync(process.execPath, [BIN, ...a], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function bench(bootstrap, topic, acks, extra = []) {
  const out = gregor('bench', 'produce', '--topic', topic, '--num-records', String(records), '--record-size', '1024', '--acks', acks === -1 ? 'all' : String(acks), '--bootstrap-server', bootstrap, '--json', ...extra);
  return JSON.parse(out.trim().split('\n').pop());
}

const results = [];
const single = mkdtempSync(join(tmpdir(), 'gregor-bench-single-'));
const broker = spawn(process.execPath, [BIN, 'broker', 'start', '--log-dirs', single, '--listeners', 'PLAINTEXT://127.0.0.1:39092', '--log-level', 'warn'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => broker.stdout.on('data', (d) => d.toString().includes('Bootstrap servers') && resolve()));
try {
  gregor('topics', 'create', 'bench-single', '--partitions', '1', '--bootstrap-server', '127.0.0.1:39092');
  results.push({ setup: 'single node, acks=1', ...bench('127.0.0.1:39092', 'bench-single', 1) });
  results.push({ setup: 'single node, acks=1, 5k msg/s', ...bench('127.0.0.1:39092', 'bench-single', 1, ['--throughput', '5000', '--num-records', '50000']) });
} finally {
  broker.kill('SIGTERM');
  await new Promise((r) => broker.once('exit', r));
  rmSync(single, { recursive: true, force: true });
}

const dataDir = mkdtempSync(join(tmpdir(), 'gregor-bench-cluster-'));
const cluster = await DevCluster.start({ dataDir, nodes: 3, port: 39093, controllerPort: 39096, logLevel: 'warn', overrides: new Map() });
try {
  const bootstrap = cluster.bootstrap;
  gregor('topics', 'create', 'bench-rf3', '--partitions', '1', '--replication-factor', '3', '--config', 'min.insync.replicas=2', '--bootstrap-server', bootstrap);
  results.push({ setup: '3 nodes, RF=3, acks=all', ...bench(bootstrap, 'bench-rf3', -1) });
  const rate = Math.round((results.at(-1).recordsPerSec ?? 0) / 2);
  results.push({ setup: `3 nodes, RF=3, acks=all, half rate (${rate} msg/s)`, ...bench(bootstrap, 'bench-rf3', -1, ['--throughput', String(rate), '--num-records', String(Math.min(records, rate * 20))]) });
} finally {
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

if (asJson) console.log(JSON.stringify(results, null, 2));
else {
  const fmt = (n) => (n === undefined ? '-' : typeof n === 'number' ? n.toFixed(n >= 100 ? 0 : 2) : String(n));
  console.log('setup | records/s | MB/s | p50 ms | p99 ms | max ms');
  console.log('--- | ---: | ---: | ---: | ---: | ---:');
  for (const r of results) console.log(`${r.setup} | ${fmt(r.recordsPerSec)} | ${fmt(r.mbPerSec)} | ${fmt(r.latencyP50Ms)} | ${fmt(r.latencyP99Ms)} | ${fmt(r.latencyMaxMs)}`);
}
