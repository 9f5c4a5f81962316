#!/usr/bin/env node
// Replication benchmark (issues 5 and 8): produce throughput and latency for 1 KiB messages on
// a 3-node cluster with RF=3, acks=all, min.insync.replicas=2, beside a single node with acks=1,
// measured in the same run on this machine. Prints a table and, with --json, JSON.
//
//   node scripts/bench-replication.mjs [--records 200000] [--json]
//       [--cluster-only]       skip the single-node rows
//       [--rate N]             the fixed-rate run at N msg/s instead of half the measured rate
//       [--runs N]             unthrottled cluster runs (median reported, all listed), default 1
//       [--profile DIR]        write the cluster nodes' CPU profiles (V8 sampling profiler) to DIR
//       [--profile-rate]       summarize the profiles over the fixed-rate run (default: the unthrottled runs)
//       [--root DIR]           use the build under DIR (another checkout) instead of this one
//       [--node-options OPTS]  extra NODE_OPTIONS for the cluster nodes (e.g. --max-semi-space-size=16)
//
// For every unthrottled cluster run it also prints the CPU time each node used (user + system,
// from /proc) per MB produced: on a 2-core machine shared by 3 nodes and the client, CPU per
// byte decides throughput, and it is less noisy than MB/s when other work runs alongside.
//
// Needs the build (npm test or npx tsc -b). Uses ports 39092-39099 and temporary directories.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(opt('--root', here));
const BIN = join(root, 'packages/cli/dist/bin.js');
const { DevCluster, BROKER_NODE_FLAGS } = await import(join(root, 'packages/cli/dist/index.js'));
const records = Number(opt('--records', 200000)) || 200000;
const asJson = args.includes('--json');
const clusterOnly = args.includes('--cluster-only');
const fixedRate = Number(opt('--rate', 0)) || 0;
const runs = Number(opt('--runs', 1)) || 1;
const profileDir = opt('--profile', undefined);
const CLK_TCK = 100;

function gregor(...a) {
  return execFileSync(process.execPath, [BIN, ...a], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function bench(bootstrap, topic, acks, extra = []) {
  const out = gregor('bench', 'produce', '--topic', topic, '--num-records', String(records), '--record-size', '1024', '--acks', acks === -1 ? 'all' : String(acks), '--bootstrap-server', bootstrap, '--json', ...extra);
  return JSON.parse(out.trim().split('\n').pop());
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

const results = [];
if (!clusterOnly) {
  const single = mkdtempSync(join(tmpdir(), 'gregor-bench-single-'));
  const broker = spawn(process.execPath, [...BROKER_NODE_FLAGS, BIN, 'broker', 'start', '--log-dirs', single, '--listeners', 'PLAINTEXT://127.0.0.1:39092', '--log-level', 'warn'], { stdio: ['ignore', 'pipe', 'inherit'] });
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
}

const dataDir = mkdtempSync(join(tmpdir(), 'gregor-bench-cluster-'));
if (profileDir !== undefined) mkdirSync(profileDir, { recursive: true });
const nodeOptions = [profileDir !== undefined ? `--import=${join(here, 'scripts/bench-cpu-prof.mjs')}` : '', opt('--node-options', '')].filter(Boolean).join(' ');
const env = nodeOptions !== '' ? { NODE_OPTIONS: nodeOptions, ...(profileDir !== undefined ? { GREGOR_CPU_PROF_DIR: resolve(profileDir) } : {}) } : undefined;
const cluster = await DevCluster.start({ dataDir, nodes: 3, port: 39093, controllerPort: 39096, logLevel: 'warn', overrides: new Map(), ...(env ? { env } : {}) });
let leader = -1;
/** The unthrottled runs' span on CLOCK_MONOTONIC (microseconds), which V8 stamps samples with. */
const window = {};
const nowUs = () => Number(process.hrtime.bigint() / 1000n);
const cpu = [];
try {
  const bootstrap = cluster.bootstrap;
  gregor('topics', 'create', 'bench-rf3', '--partitions', '1', '--replication-factor', '3', '--config', 'min.insync.replicas=2', '--bootstrap-server', bootstrap);
  leader = JSON.parse(gregor('topics', 'describe', 'bench-rf3', '--json', '--bootstrap-server', bootstrap))[0]?.partitions?.[0]?.leader ?? -1;
  const full = [];
  window.fromUs = nowUs();
  for (let i = 0; i < runs; i++) {
    const before = cluster.children.map((c) => cpuSeconds(c.pid));
    const r = bench(bootstrap, 'bench-rf3', -1);
    const after = cluster.children.map((c) => cpuSeconds(c.pid));
    const mb = (records * 1024) / 1e6;
    cpu.push(Object.fromEntries(cluster.ids.map((id, k) => [id === leader ? `${id} (leader)` : String(id), +((after[k] - before[k]) / mb * 1000).toFixed(2)])));
    full.push(r);
  }
  window.toUs = nowUs();
  const sorted = [...full].sort((a, b) => a.mbPerSec - b.mbPerSec);
  const median = sorted[Math.floor(sorted.length / 2)];
  results.push({ setup: '3 nodes, RF=3, acks=all', ...median, allMbPerSec: full.map((r) => +r.mbPerSec.toFixed(1)), cpuMsPerMb: cpu });
  const rate = fixedRate || Math.round((median.recordsPerSec ?? 0) / 2);
  const rateRecords = Math.min(records, rate * 20);
  if (args.includes('--profile-rate')) window.fromUs = nowUs();
  const before = cluster.children.map((c) => cpuSeconds(c.pid));
  const atRate = bench(bootstrap, 'bench-rf3', -1, ['--throughput', String(rate), '--num-records', String(rateRecords)]);
  const after = cluster.children.map((c) => cpuSeconds(c.pid));
  if (args.includes('--profile-rate')) window.toUs = nowUs();
  const cpuAtRate = Object.fromEntries(cluster.ids.map((id, k) => [id === leader ? `${id} (leader)` : String(id), +(((after[k] - before[k]) / ((rateRecords * 1024) / 1e6)) * 1000).toFixed(2)]));
  results.push({ setup: `3 nodes, RF=3, acks=all, ${fixedRate ? 'fixed' : 'half'} rate (${rate} msg/s)`, ...atRate, cpuMsPerMb: cpuAtRate });
} finally {
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
if (profileDir !== undefined) {
  const { summarizeProfile } = await import(join(here, 'scripts/bench-profile.mjs'));
  const pids = new Map(cluster.children.map((child, i) => [child.pid, cluster.ids[i]]));
  for (const f of readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))) {
    const id = pids.get(Number(f.split('.')[1]));
    if (id === undefined) continue;
    const s = summarizeProfile(JSON.parse(readFileSync(join(profileDir, f), 'utf8')), 14, window);
    console.error(`\nnode ${id}${id === leader ? ' (leader)' : ''}: ${join(profileDir, f)} busy ${s.busyPct.toFixed(1)}% over ${(s.durationMs / 1000).toFixed(1)} s of the measured runs, gc ${s.gcPct.toFixed(1)}%`);
    for (const row of s.top) console.error(`  ${row.busyPct.toFixed(1).padStart(5)}%  ${row.fn}`);
  }
}

if (asJson) console.log(JSON.stringify(results, null, 2));
else {
  const fmt = (n) => (n === undefined ? '-' : typeof n === 'number' ? n.toFixed(n >= 100 ? 0 : 2) : String(n));
  console.log('setup | records/s | MB/s | p50 ms | p99 ms | max ms');
  console.log('--- | ---: | ---: | ---: | ---: | ---:');
  for (const r of results) console.log(`${r.setup} | ${fmt(r.recordsPerSec)} | ${fmt(r.mbPerSec)} | ${fmt(r.latencyP50Ms)} | ${fmt(r.latencyP99Ms)} | ${fmt(r.latencyMaxMs)}`);
  const full = results.find((r) => r.allMbPerSec !== undefined);
  if (full !== undefined) {
    console.log(`\nunthrottled runs, MB/s: ${full.allMbPerSec.join(', ')}`);
    console.log(`CPU ms per MB produced, per node and run: ${full.cpuMsPerMb.map((c) => JSON.stringify(c)).join(' ')}`);
    console.log(`CPU ms per MB produced at the fixed rate, per node: ${JSON.stringify(results.at(-1).cpuMsPerMb)}`);
  }
}
