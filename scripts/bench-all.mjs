#!/usr/bin/env node
// Every figure of the performance issue (8), measured on this machine in one run, with each
// target marked met or missed:
//  - ceilings: a plain Node TCP sink appending 1 MiB writes to a file, loopback TCP;
//  - start-up of a node with an empty log (spawn to serving), three times;
//  - single node, 1 partition, 1 KiB, acks=1, batched producer: produce and consume MB/s;
//  - end-to-end latency at --rate msg/s (default 5,000), 1 KiB;
//  - broker RSS idle, and sampled every second under a sustained load at half the produce rate;
//  - a CPU profile of the broker (node --cpu-prof) during an unthrottled produce and consume,
//    summarized as the top self-time functions and the share per package;
//  - 3 nodes, RF=3, acks=all, min.insync.replicas=2: throughput, then p99 at half that rate
//    (with a profile of each node);
//  - Gregor beside NATS JetStream and Redis Streams on the same workloads (bench-peers.mjs).
//
//   node scripts/bench-all.mjs [--records 300000] [--rate 5000] [--e2e-records 25000]
//                              [--batch-size 1048576] [--partition-fetch-bytes 4194304]
//                              [--sustain-seconds 30] [--skip-peers] [--skip-cluster]
//                              [--json out.json] [--profile-dir DIR]
//
// Needs the build (npx tsc -b); the peers need `apt-get install -y nats-server redis-server`.
// Ports 39300-39399; every process it starts is stopped and every temp directory removed.
// Nothing here is a test: the figures are printed (and written with --json), never asserted.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeProfile } from './bench-profile.mjs';
import { cleanup, formatPeers, gregor, gregorJson, measureCeilings, medianOf, parseArgs, rssBytes, runPeers, runsOf, settle, startGregorNode } from './bench-peers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line) => process.stderr.write(`[bench-all] ${line}\n`);

const options = parseArgs(process.argv.slice(2), {
  records: 300_000,
  recordSize: 1024,
  rate: 5000,
  e2eRecords: 25_000,
  window: 4096,
  batchSize: 1_048_576,
  partitionFetchBytes: 4_194_304,
  sustainSeconds: 30,
  repeat: 3,
  skipPeers: false,
  skipCluster: false,
  json: undefined,
  profileDir: undefined,
});

/**
 * The throughput runs' producer and consumer settings: batch.size of --batch-size (1 MiB, the
 * size of the ceiling's writes; Kafka's 16 KiB default is kept for the latency runs at a fixed
 * rate, as a latency-minded producer would be configured; the sustained run, at half the
 * unthrottled rate, needs the large batches to keep up) and max.partition.fetch.bytes of
 * --partition-fetch-bytes (4 MiB), as one tunes kafka-producer-perf-test for throughput.
 */
const tuned = () => ['--batch-size', String(options.batchSize)];
const fetchTuned = () => ['--partition-fetch-max-bytes', String(options.partitionFetchBytes), '--fetch-max-bytes', String(Math.max(52_428_800, options.partitionFetchBytes))];

/** Samples a process's RSS every intervalMs, labelled by the current phase. */
function rssSampler(pid, intervalMs = 1000) {
  const samples = [];
  let phase = 'idle';
  const take = () => samples.push({ tMs: performance.now(), phase, rssBytes: rssBytes(pid) });
  take();
  const timer = setInterval(take, intervalMs);
  return {
    samples,
    setPhase(p) {
      phase = p;
      take();
    },
    stop() {
      clearInterval(timer);
      take();
    },
  };
}

/** CLOCK_MONOTONIC in microseconds: the clock V8 stamps profile samples with. */
const nowUs = () => Number(process.hrtime.bigint() / 1000n);
const mean = (xs) => (xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length);

async function measureStartup(port, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const node = await startGregorNode(port);
    times.push(node.startupMs);
    await node.stop();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { runsMs: times, medianMs: sorted[Math.floor(sorted.length / 2)] };
}

async function singleNode(dir) {
  const out = {};
  const node = await startGregorNode(39311, { dir: join(dir, 'single') });
  const rss = rssSampler(node.pid);
  try {
    const b = node.bootstrap;
    await sleep(3000);
    out.idleRssBytes = rssBytes(node.pid);
    await gregor(['topics', 'create', 'bench', '--partitions', '1', '--bootstrap-server', b]);
    await gregor(['topics', 'create', 'e2e', '--partitions', '1', '--bootstrap-server', b]);
    await gregor(['topics', 'create', 'sustain', '--partitions', '1', '--bootstrap-server', b]);
    rss.setPhase('produce');
    // An unmeasured warm-up run (a fifth of the records), as for the peers.
    await gregorJson(['bench', 'produce', '--topic', 'bench', '--num-records', String(Math.round(options.records / 5)), '--record-size', String(options.recordSize), '--acks', '1', ...tuned(), '--bootstrap-server', b]);
    // medianOf settles (sync) before each run, here as for the ceilings and the peers.
    out.produce = await medianOf(options.repeat, () => gregorJson(['bench', 'produce', '--topic', 'bench', '--num-records', String(options.records), '--record-size', String(options.recordSize), '--acks', '1', ...tuned(), '--bootstrap-server', b]));
    log(`single node produce: ${out.produce.mbPerSec.toFixed(1)} MB/s, p99 ${out.produce.latencyP99Ms.toFixed(1)} ms`);
    rss.setPhase('consume');
    out.consume = await medianOf(options.repeat, () => gregorJson(['bench', 'consume', '--topic', 'bench', '--num-records', String(options.records), ...fetchTuned(), '--bootstrap-server', b]));
    log(`single node consume: ${out.consume.mbPerSec.toFixed(1)} MB/s`);
    rss.setPhase('end-to-end');
    out.endToEnd = await gregorJson(['bench', 'produce', '--topic', 'e2e', '--num-records', String(options.e2eRecords), '--record-size', String(options.recordSize), '--acks', '1', '--linger-ms', '0', '--throughput', String(options.rate), '--end-to-end', '--bootstrap-server', b]);
    log(`end-to-end at ${options.rate} msg/s: p99 ${out.endToEnd.endToEnd.latencyP99Ms.toFixed(2)} ms`);
    const sustainRate = Math.max(1000, Math.round(out.produce.recordsPerSec / 2));
    rss.setPhase('sustained');
    const sustainStart = performance.now();
    out.sustained = await gregorJson(['bench', 'produce', '--topic', 'sustain', '--num-records', String(sustainRate * options.sustainSeconds), '--record-size', String(options.recordSize), '--acks', '1', '--throughput', String(sustainRate), ...tuned(), '--bootstrap-server', b]);
    out.sustained.rate = sustainRate;
    rss.setPhase('after');
    await sleep(2000);
    rss.stop();
    const during = rss.samples.filter((s) => s.phase === 'sustained' && s.tMs >= sustainStart);
    const q = Math.floor(during.length / 4);
    out.rss = {
      idleBytes: out.idleRssBytes,
      maxBytes: Math.max(...rss.samples.map((s) => s.rssBytes).filter((x) => !Number.isNaN(x))),
      sustainedSecondQuarterMeanBytes: mean(during.slice(q, 2 * q).map((s) => s.rssBytes)),
      sustainedLastQuarterMeanBytes: mean(during.slice(3 * q).map((s) => s.rssBytes)),
      afterBytes: rss.samples.at(-1).rssBytes,
      samples: rss.samples.map((s) => ({ phase: s.phase, tS: +((s.tMs - rss.samples[0].tMs) / 1000).toFixed(1), rssMB: +(s.rssBytes / MB).toFixed(1) })),
    };
    log(`rss: idle ${(out.rss.idleBytes / MB).toFixed(0)} MB, max ${(out.rss.maxBytes / MB).toFixed(0)} MB, sustained ${(out.rss.sustainedSecondQuarterMeanBytes / MB).toFixed(0)} -> ${(out.rss.sustainedLastQuarterMeanBytes / MB).toFixed(0)} MB`);
  } finally {
    rss.stop();
    await node.stop();
  }
  return out;
}

/** A separate broker run under node --cpu-prof, so profiling never colours the figures above. */
async function profileSingleNode(dir, profileDir) {
  const profDir = join(profileDir, 'single-node');
  mkdirSync(profDir, { recursive: true });
  const node = await startGregorNode(39312, { dir: join(dir, 'profiled'), nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] });
  let produce;
  let consume;
  const windows = {};
  try {
    const b = node.bootstrap;
    await gregor(['topics', 'create', 'bench', '--partitions', '1', '--bootstrap-server', b]);
    windows.produce = { fromUs: nowUs() };
    produce = await gregorJson(['bench', 'produce', '--topic', 'bench', '--num-records', String(options.records), '--record-size', String(options.recordSize), '--acks', '1', ...tuned(), '--bootstrap-server', b]);
    windows.produce.toUs = nowUs();
    windows.consume = { fromUs: nowUs() };
    consume = await gregorJson(['bench', 'consume', '--topic', 'bench', '--num-records', String(options.records), ...fetchTuned(), '--bootstrap-server', b]);
    windows.consume.toUs = nowUs();
  } finally {
    await node.stop();
  }
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (file === undefined) return { produce, consume, summary: null };
  const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8'));
  // The windows include the bench client's own start-up (~0.3 s), when the broker idles.
  return {
    produce,
    consume,
    file: join(profDir, file),
    summary: summarizeProfile(profile, 25, windows.produce),
    consumeSummary: summarizeProfile(profile, 25, windows.consume),
  };
}

async function cluster(dir, profileDir) {
  const { DevCluster } = await import(join(root, 'packages/cli/dist/index.js'));
  const profDir = join(profileDir, 'cluster');
  mkdirSync(profDir, { recursive: true });
  const out = {};
  const startCluster = (name, env) =>
    DevCluster.start({ dataDir: join(dir, name), nodes: 3, port: 39321, controllerPort: 39331, logLevel: 'warn', overrides: new Map(), ...(env ? { env } : {}) });
  const createTopic = async (b, topic = 'rf3') => {
    await gregor(['topics', 'create', topic, '--partitions', '1', '--replication-factor', '3', '--config', 'min.insync.replicas=2', '--bootstrap-server', b]);
    const described = JSON.parse(await gregor(['topics', 'describe', topic, '--json', '--bootstrap-server', b]));
    return described[0]?.partitions?.[0]?.leader ?? -1;
  };
  const c = await startCluster('cluster');
  try {
    const b = c.bootstrap;
    out.leader = await createTopic(b);
    await gregorJson(['bench', 'produce', '--topic', 'rf3', '--num-records', String(Math.round(options.records / 5)), '--record-size', String(options.recordSize), '--acks', 'all', ...tuned(), '--bootstrap-server', b]);
    out.full = await medianOf(options.repeat, () => gregorJson(['bench', 'produce', '--topic', 'rf3', '--num-records', String(options.records), '--record-size', String(options.recordSize), '--acks', 'all', ...tuned(), '--bootstrap-server', b]));
    log(`3 nodes RF=3 acks=all: ${out.full.mbPerSec.toFixed(1)} MB/s`);
    const half = Math.max(1000, Math.round(out.full.recordsPerSec / 2));
    out.halfRate = await gregorJson(['bench', 'produce', '--topic', 'rf3', '--num-records', String(Math.min(options.records, half * 20)), '--record-size', String(options.recordSize), '--acks', 'all', '--throughput', String(half), '--bootstrap-server', b]);
    out.halfRate.rate = half;
    log(`3 nodes at half rate (${half} msg/s): p99 ${out.halfRate.latencyP99Ms.toFixed(2)} ms`);
    // The issue's latency target: p99 at half of the 100 MB/s throughput target (50 MiB/s of 1 KiB
    // records), with the producer's defaults (batch.size 16 KiB, linger.ms 5). Once the writeback
    // of the runs above is done (sync), on a topic of its own: the 1 GiB segment of rf3 rolls
    // during these runs otherwise, and a roll (three files created) can stall a node for tens of
    // ms while the disk is busy (docs/performance.md). Median p99 of `repeat` runs.
    await createTopic(b, 'rf3-latency');
    const targetHalf = Math.round((50 * MB) / options.recordSize);
    const latencyRun = (records) => gregorJson(['bench', 'produce', '--topic', 'rf3-latency', '--num-records', String(records), '--record-size', String(options.recordSize), '--acks', 'all', '--throughput', String(targetHalf), '--bootstrap-server', b]);
    // An unmeasured warm-up on the new topic first, as every other workload gets.
    await settle();
    await latencyRun(Math.round(Math.min(options.records, targetHalf * 20) / 5));
    out.targetHalfRate = await medianOf(options.repeat, () => latencyRun(Math.min(options.records, targetHalf * 20)), 'latencyP99Ms');
    out.targetHalfRate.rate = targetHalf;
    log(`3 nodes at 50 MB/s (${targetHalf} msg/s): p99 ${out.targetHalfRate.latencyP99Ms.toFixed(2)} ms`);
    out.endToEnd = await gregorJson(['bench', 'produce', '--topic', 'rf3', '--num-records', String(options.e2eRecords), '--record-size', String(options.recordSize), '--acks', 'all', '--linger-ms', '0', '--throughput', String(options.rate), '--end-to-end', '--bootstrap-server', b]);
    log(`3 nodes end-to-end at ${options.rate} msg/s: p99 ${out.endToEnd.endToEnd.latencyP99Ms.toFixed(2)} ms`);
    out.rssBytes = Object.fromEntries(c.children.map((child, i) => [c.ids[i], rssBytes(child.pid)]));
  } finally {
    await c.stop();
  }
  await settle(join(dir, 'cluster'));
  // A second, profiled cluster for one unthrottled run: the profiler's cost stays out of the figures above.
  // Node refuses --cpu-prof in NODE_OPTIONS; the preload starts the same profiler.
  const p = await startCluster('cluster-profiled', { NODE_OPTIONS: `--import=${join(root, 'scripts/bench-cpu-prof.mjs')}`, GREGOR_CPU_PROF_DIR: profDir });
  try {
    out.profiledLeader = await createTopic(p.bootstrap);
    out.window = { fromUs: nowUs() };
    out.profiledRun = await gregorJson(['bench', 'produce', '--topic', 'rf3', '--num-records', String(options.records), '--record-size', String(options.recordSize), '--acks', 'all', ...tuned(), '--bootstrap-server', p.bootstrap]);
    out.window.toUs = nowUs();
  } finally {
    await p.stop();
  }
  // Profiles are named CPU.<pid>.cpuprofile; match them to node ids through the pids.
  const pids = new Map(p.children.map((child, i) => [child.pid, p.ids[i]]));
  out.profiles = {};
  for (const f of readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'))) {
    const pid = Number(f.split('.')[1]);
    const id = pids.get(pid) ?? `pid ${pid}`;
    out.profiles[id] = { file: join(profDir, f), summary: summarizeProfile(JSON.parse(readFileSync(join(profDir, f), 'utf8')), 25, out.window) };
  }
  return out;
}

const f1 = (n) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(1));
const f2 = (n) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(2));
const mbOf = (bytes) => bytes / MB;

function targets(r) {
  const rows = [];
  const add = (target, measured, met) => rows.push({ target, measured, met });
  const append = r.ceilings.appendToFile.mbPerSec;
  const s = r.single;
  const stream = r.ceilings.appendToFileStream.mbPerSec;
  const ofCeilings = (x) => `${f1(x)} MB/s = ${((100 * x) / append).toFixed(0)} % of ${f1(append)} MB/s (writeSync sink), ${((100 * x) / stream).toFixed(0)} % of ${f1(stream)} MB/s (stream sink)`;
  add('single node produce >= 60 % of the append ceiling', ofCeilings(s.produce.mbPerSec), s.produce.mbPerSec >= 0.6 * append);
  add('single node consume >= 60 % of the append ceiling', ofCeilings(s.consume.mbPerSec), s.consume.mbPerSec >= 0.6 * append);
  if (r.cluster) {
    add('3 nodes RF=3 acks=all >= 100 MB/s', `${f1(r.cluster.full.mbPerSec)} MB/s`, r.cluster.full.mbPerSec >= 100);
    add('3 nodes p99 produce latency at half of 100 MB/s <= 10 ms', `${f2(r.cluster.targetHalfRate.latencyP99Ms)} ms at ${r.cluster.targetHalfRate.rate} msg/s ${runsOf(r.cluster.targetHalfRate)}`, r.cluster.targetHalfRate.latencyP99Ms <= 10);
    add('3 nodes p99 produce latency at half of the measured throughput', `${f2(r.cluster.halfRate.latencyP99Ms)} ms at ${r.cluster.halfRate.rate} msg/s`, null);
  }
  add(`end-to-end p99 at ${options.rate} msg/s <= 5 ms`, `${f2(s.endToEnd.endToEnd.latencyP99Ms)} ms`, s.endToEnd.endToEnd.latencyP99Ms <= 5);
  if (r.peers) {
    for (const peer of ['nats', 'redis']) {
      const p = r.peers.systems[peer];
      const g = r.peers.systems.gregor;
      if (p?.skipped || g === undefined) continue;
      const ratio = g.produce.mbPerSec / p.produce.mbPerSec;
      add(`produce throughput >= 2x ${peer}`, `${f2(ratio)}x (${f1(g.produce.mbPerSec)} vs ${f1(p.produce.mbPerSec)} MB/s)`, ratio >= 2);
      const cRatio = g.consume.mbPerSec / p.consume.mbPerSec;
      add(`consume throughput >= 2x ${peer}`, `${f2(cRatio)}x (${f1(g.consume.mbPerSec)} vs ${f1(p.consume.mbPerSec)} MB/s)`, cRatio >= 2);
    }
  }
  add('idle broker RSS < 120 MB', `${f1(mbOf(s.rss.idleBytes))} MB`, mbOf(s.rss.idleBytes) < 120);
  const growth = s.rss.sustainedLastQuarterMeanBytes / s.rss.sustainedSecondQuarterMeanBytes - 1;
  add(
    `RSS flat under sustained load (${options.sustainSeconds} s at ${s.sustained.rate} msg/s; last quarter within 10 % of the second)`,
    `${f1(mbOf(s.rss.sustainedSecondQuarterMeanBytes))} -> ${f1(mbOf(s.rss.sustainedLastQuarterMeanBytes))} MB (${(100 * growth).toFixed(1)} %), max ${f1(mbOf(s.rss.maxBytes))} MB`,
    Math.abs(growth) <= 0.1,
  );
  add('start-up with an empty log (spawn to serving) within 1 s', `median ${f1(r.startup.medianMs)} ms (${r.startup.runsMs.map((m) => m.toFixed(0)).join(', ')})`, Math.max(...r.startup.runsMs) <= 1000);
  return rows;
}

function profileTable(summary, title) {
  if (summary === null) return `${title}: no profile written`;
  const lines = [`${title}: ${summary.samples} samples over ${(summary.durationMs / 1000).toFixed(1)} s, idle ${summary.idlePct.toFixed(1)} %, GC ${summary.gcPct.toFixed(1)} %`, ''];
  lines.push('| self time, % of all | % of busy | function |', '| ---: | ---: | --- |');
  for (const row of summary.top.slice(0, 20)) lines.push(`| ${row.selfPct.toFixed(1)} | ${row.busyPct.toFixed(1)} | \`${row.fn}\` |`);
  lines.push('', '| area | % of all | % of busy |', '| --- | ---: | ---: |');
  for (const row of summary.areas.slice(0, 10)) lines.push(`| ${row.area} | ${row.selfPct.toFixed(1)} | ${row.busyPct.toFixed(1)} |`);
  return lines.join('\n');
}

async function main() {
  const onSignal = () => void cleanup().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const dir = mkdtempSync(join(tmpdir(), 'gregor-bench-all-'));
  const profileDir = options.profileDir ?? join(dir, 'profiles');
  mkdirSync(profileDir, { recursive: true });
  const result = { date: new Date().toISOString(), options, machine: machine() };
  try {
    result.ceilings = await measureCeilings({ dir, repeat: options.repeat });
    log(`ceilings: append ${f1(result.ceilings.appendToFile.mbPerSec)} MB/s (stream ${f1(result.ceilings.appendToFileStream.mbPerSec)} MB/s), loopback ${f1(result.ceilings.loopbackTcp.mbPerSec)} MB/s`);
    await settle();
    result.startup = await measureStartup(39310);
    log(`start-up: median ${f1(result.startup.medianMs)} ms`);
    result.single = await singleNode(dir);
    await settle(join(dir, 'single'));
    result.profile = await profileSingleNode(dir, profileDir);
    await settle(join(dir, 'profiled'));
    if (!options.skipCluster) result.cluster = await cluster(dir, profileDir);
    await settle(join(dir, 'cluster'), join(dir, 'cluster-profiled'));
    if (!options.skipPeers) result.peers = await runPeers({ ...options, ceilings: result.ceilings });
    result.targets = targets(result);
  } finally {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
  print(result);
  if (typeof options.json === 'string') writeFileSync(options.json, JSON.stringify(result, null, 2));
}

function machine() {
  const cpus = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0;
  const mem = /MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1];
  return { node: process.version, cpus, memGiB: mem ? +(Number(mem) / 1024 / 1024).toFixed(1) : null };
}

function print(r) {
  const out = [];
  out.push(`# Gregor performance, ${r.date} (Node ${r.machine.node}, ${r.machine.cpus} cores, ${r.machine.memGiB} GiB; MB = MiB)`, '');
  out.push('## Targets', '', '| target | measured | met |', '| --- | --- | --- |');
  for (const t of r.targets) out.push(`| ${t.target} | ${t.measured} | ${t.met === null ? '(figure, no target)' : t.met ? 'yes' : '**no**'} |`);
  out.push('', '## Single node, 1 partition, 1 KiB, acks=1', '', '| workload | records/s | MB/s | p50 ms | p99 ms | p99.9 ms | max ms |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  // Brackets: every run of a median, beside the figure the median was taken of.
  const runsBeside = (x, key) => ((x.runsKey ?? 'mbPerSec') === key ? ` ${runsOf(x)}` : '');
  const row = (name, x) => out.push(`| ${name} | ${Math.round(x.recordsPerSec).toLocaleString('en-US')} | ${f1(x.mbPerSec)}${runsBeside(x, 'mbPerSec')} | ${x.latencyP50Ms === undefined ? '' : f2(x.latencyP50Ms)} | ${x.latencyP99Ms === undefined ? '' : f2(x.latencyP99Ms) + runsBeside(x, 'latencyP99Ms')} | ${x.latencyP999Ms === undefined ? '' : f2(x.latencyP999Ms)} | ${x.latencyMaxMs === undefined ? '' : f2(x.latencyMaxMs)} |`);
  const s = r.single;
  row('produce, unthrottled (latency: send to ack)', s.produce);
  row('consume from the beginning', s.consume);
  row(`produce at ${options.rate} msg/s, linger.ms=0 (send to ack)`, s.endToEnd);
  row(`  end-to-end at ${options.rate} msg/s (send to consumer)`, { ...s.endToEnd.endToEnd, recordsPerSec: s.endToEnd.recordsPerSec, mbPerSec: s.endToEnd.mbPerSec });
  row(`sustained ${options.sustainSeconds} s at ${s.sustained.rate} msg/s`, s.sustained);
  out.push('', `Broker RSS: idle ${f1(mbOf(s.rss.idleBytes))} MB; max ${f1(mbOf(s.rss.maxBytes))} MB; sustained load second quarter ${f1(mbOf(s.rss.sustainedSecondQuarterMeanBytes))} MB, last quarter ${f1(mbOf(s.rss.sustainedLastQuarterMeanBytes))} MB; after ${f1(mbOf(s.rss.afterBytes))} MB.`);
  out.push(`Start-up (spawn to serving, empty log): ${r.startup.runsMs.map((m) => m.toFixed(0)).join(', ')} ms.`);
  if (r.cluster) {
    const c = r.cluster;
    out.push('', '## 3 nodes, RF=3, acks=all, min.insync.replicas=2, 1 KiB', '', '| workload | records/s | MB/s | p50 ms | p99 ms | p99.9 ms | max ms |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    row('produce, unthrottled', c.full);
    row(`produce at half rate (${c.halfRate.rate} msg/s)`, c.halfRate);
    row(`produce at 50 MB/s (${c.targetHalfRate.rate} msg/s)`, c.targetHalfRate);
    row(`produce at ${options.rate} msg/s, linger.ms=0`, c.endToEnd);
    row(`  end-to-end at ${options.rate} msg/s`, { ...c.endToEnd.endToEnd, recordsPerSec: c.endToEnd.recordsPerSec, mbPerSec: c.endToEnd.mbPerSec });
    out.push('', `Node RSS after the runs: ${Object.entries(c.rssBytes).map(([id, b]) => `node ${id} ${f1(mbOf(b))} MB`).join(', ')}; partition leader: node ${c.leader}.`);
  }
  if (r.peers) out.push('', '## Beside NATS JetStream and Redis Streams', '', formatPeers(r.peers));
  out.push(
    '',
    '## Ceilings (same run)',
    '',
    `TCP sink appending 1 MiB writes to a file with writeSync: ${f1(r.ceilings.appendToFile.mbPerSec)} MB/s ${runsOf(r.ceilings.appendToFile)}; ` +
      `the same with socket.pipe(fs.createWriteStream): ${f1(r.ceilings.appendToFileStream.mbPerSec)} MB/s ${runsOf(r.ceilings.appendToFileStream)}; ` +
      `loopback TCP: ${f1(r.ceilings.loopbackTcp.mbPerSec)} MB/s ${runsOf(r.ceilings.loopbackTcp)}. Median of ${options.repeat} runs of 1 GiB each, appended to one growing file (as a log grows); the targets use the writeSync sink.`,
  );
  out.push('', '## Broker CPU profile, single node, during the unthrottled produce', '', `(a separate profiled run: produce ${f1(r.profile.produce?.mbPerSec)} MB/s, consume ${f1(r.profile.consume?.mbPerSec)} MB/s)`, '', profileTable(r.profile.summary, 'single node, produce'));
  if (r.profile.consumeSummary) out.push('', '## Broker CPU profile, single node, during the consume', '', profileTable(r.profile.consumeSummary, 'single node, consume'));
  if (r.cluster?.profiles) {
    const leaderId = r.cluster.profiledLeader;
    const leader = r.cluster.profiles[leaderId];
    if (leader) out.push('', `## Partition leader's CPU profile, 3 nodes, during an unthrottled acks=all produce (node ${leaderId}; this profiled run: ${f1(r.cluster.profiledRun.mbPerSec)} MB/s)`, '', profileTable(leader.summary, `node ${leaderId}`));
    const follower = Object.entries(r.cluster.profiles).find(([id]) => Number(id) !== leaderId);
    if (follower) out.push('', `## A follower's CPU profile, same window (node ${follower[0]})`, '', profileTable(follower[1].summary, `node ${follower[0]}`));
  }
  console.log(out.join('\n'));
}

main().catch(async (error) => {
  console.error(error);
  await cleanup();
  process.exit(1);
});
