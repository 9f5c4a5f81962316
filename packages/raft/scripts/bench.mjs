#!/usr/bin/env node
// Raft benchmark (not a test): three node processes on 127.0.0.1 over TCP, logs on disk with an
// fsync per ready batch. Prints committed entries per second and commit latency p50/p99 for
// 1 KiB entries at several concurrencies, then the time from kill -9 of the leader to the next
// committed entry. Build first: `npx tsc -b packages/raft`.
//
//   node packages/raft/scripts/bench.mjs [--seconds 10] [--bytes 1024] [--concurrency 1,16,256,1024]
//                                        [--failovers 5] [--tick-ms 50] [--election-ticks 10] [--dir /var/tmp]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    bytes: { type: 'string', default: '1024' },
    concurrency: { type: 'string', default: '1,16,256,1024' },
    failovers: { type: 'string', default: '5' },
    'tick-ms': { type: 'string', default: '50' },
    'election-ticks': { type: 'string', default: '10' },
    dir: { type: 'string', default: os.tmpdir() },
  },
});

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node.mjs');
const bytes = Number(args.bytes);
const seconds = Number(args.seconds);

class Node {
  constructor(id, argv) {
    this.id = id;
    this.argv = argv;
    this.child = null;
    this.nextId = 1;
    this.waiting = new Map();
  }
  start() {
    this.child = spawn(process.execPath, [script, ...this.argv], { stdio: ['pipe', 'pipe', 'inherit'] });
    const rl = createInterface({ input: this.child.stdout });
    return new Promise((resolve, reject) => {
      rl.on('line', (line) => {
        const msg = JSON.parse(line);
        if (typeof msg.id === 'number') {
          this.waiting.get(msg.id)?.(msg);
          this.waiting.delete(msg.id);
        } else if (msg.event === 'started') resolve();
      });
      this.child.on('exit', () => {
        this.child = null;
        for (const w of this.waiting.values()) w({ ok: false, error: 'exited' });
        this.waiting.clear();
        reject(new Error(`node ${this.id} exited`));
      });
    });
  }
  request(cmd) {
    if (!this.child) return Promise.resolve({ ok: false, error: 'down' });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.stdin.write(`${JSON.stringify({ ...cmd, id })}\n`);
    });
  }
  kill() {
    const child = this.child;
    if (!child) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
  }
}

async function freePorts(n) {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise((resolve) => {
      const s = net.createServer();
      s.listen(0, '127.0.0.1', () => resolve(s));
    })),
  );
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

async function leaderOf(nodes, excluding = null) {
  for (;;) {
    for (const n of nodes) {
      if (n === excluding || !n.child) continue;
      const s = await n.request({ cmd: 'status' });
      if (s.ok && s.role === 'leader') return n;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
const root = fs.mkdtempSync(path.join(args.dir, 'gregor-raft-bench-'));
const ports = await freePorts(3);
const voters = ports.map((p, i) => `${i + 1}@127.0.0.1:${p}`).join(',');
const nodes = [1, 2, 3].map(
  (id) =>
    new Node(id, [
      '--id', String(id), '--voters', voters, '--data', path.join(root, `n${id}`),
      '--tick-ms', args['tick-ms'], '--election-ticks', args['election-ticks'], '--keep-values', 'count', '--snapshot-entries', '20000',
    ]),
);
const cleanup = async () => {
  await Promise.all(nodes.map((n) => n.kill()));
  fs.rmSync(root, { recursive: true, force: true });
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

try {
  await Promise.all(nodes.map((n) => n.start()));
  let leader = await leaderOf(nodes);
  console.log(`3 nodes on 127.0.0.1, data in ${root} (fsync per ready batch), leader n${leader.id}; ${os.cpus().length} CPUs, Node ${process.version}`);
  console.log(`entry size ${bytes} B, ${seconds}s per run, tick ${args['tick-ms']} ms, election timeout ${args['election-ticks']} ticks`);
  console.log('');
  console.log('concurrency  entries/s   MiB/s   p50 ms   p99 ms   max ms');
  const results = [];
  for (const concurrency of args.concurrency.split(',').map(Number)) {
    // Warm up briefly, then size the measured run to take about `seconds`.
    const warm = await leader.request({ cmd: 'propose-bytes', bytes, count: Math.max(200, concurrency * 4), concurrency });
    const rate = warm.committed / (warm.elapsedMs / 1000);
    const count = Math.max(concurrency * 4, Math.round(rate * seconds));
    const r = await leader.request({ cmd: 'propose-bytes', bytes, count, concurrency });
    const perSec = r.committed / (r.elapsedMs / 1000);
    results.push({ concurrency, entriesPerSec: Math.round(perSec), p50: r.p50, p99: r.p99, max: r.max, failed: r.failed });
    console.log(
      `${String(concurrency).padStart(11)}  ${String(Math.round(perSec)).padStart(9)}  ${((perSec * bytes) / 1048576).toFixed(1).padStart(6)}  ${fmt(r.p50).padStart(7)}  ${fmt(r.p99).padStart(7)}  ${fmt(r.max).padStart(7)}${r.failed ? `  (${r.failed} failed)` : ''}`,
    );
  }

  console.log('');
  console.log('failover: kill -9 of the leader -> next committed entry (proposals retried on the survivors every 5 ms)');
  const failovers = [];
  for (let k = 0; k < Number(args.failovers); k++) {
    leader = await leaderOf(nodes);
    await leader.request({ cmd: 'propose-bytes', bytes, count: 200, concurrency: 16 });
    const killed = leader;
    const t0 = performance.now();
    await killed.kill();
    const survivors = nodes.filter((n) => n !== killed);
    let committedAt = null;
    while (committedAt === null) {
      const attempts = survivors.map((n) => n.request({ cmd: 'propose', value: `failover-${k}` }));
      const timer = new Promise((r) => setTimeout(() => r(null), 5));
      const first = await Promise.race([Promise.any(attempts.map((p) => p.then((r) => (r.ok ? r : Promise.reject(r))))).catch(() => null), timer]);
      if (first && first.ok) committedAt = performance.now();
    }
    const ms = committedAt - t0;
    failovers.push(ms);
    const next = await leaderOf(survivors);
    console.log(`  run ${k + 1}: killed n${killed.id}, n${next.id} leads, first commit after ${ms.toFixed(0)} ms`);
    await killed.start();
    // Let the restarted node catch up before the next round.
    const target = (await next.request({ cmd: 'status' })).commit;
    for (;;) {
      const s = await killed.request({ cmd: 'status' });
      if (s.ok && s.applied >= target) break;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const sorted = [...failovers].sort((a, b) => a - b);
  console.log(`  median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms`);
  console.log('');
  console.log(JSON.stringify({ bytes, seconds, tickMs: Number(args['tick-ms']), electionTicks: Number(args['election-ticks']), results, failoversMs: failovers.map(Math.round) }));
} finally {
  await cleanup();
}
