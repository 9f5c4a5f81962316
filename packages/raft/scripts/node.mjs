#!/usr/bin/env node
// One raft node as a process (the built dist: run `npx tsc -b packages/raft` first), for the
// real-process test and the benchmark. Its state machine keeps the applied values in order.
// Control is line-delimited JSON: commands on stdin, answers and events on stdout.
//
//   node packages/raft/scripts/node.mjs --id 1 --voters 1@127.0.0.1:9001,2@127.0.0.1:9002,3@127.0.0.1:9003 --data /tmp/n1
//
// Commands: {"id":1,"cmd":"propose","value":"x"}          -> {"id":1,"ok":true,"index":5,"term":2}
//           {"id":2,"cmd":"propose-bytes","bytes":1024,"count":1000,"concurrency":64}  (benchmark load)
//           {"id":3,"cmd":"status"}                         -> role, term, leaderId, commit, applied
//           {"id":4,"cmd":"values","read":true}             -> applied values (after a read barrier if read)
//           {"id":5,"cmd":"transfer","to":2}, {"cmd":"shutdown"} (controlled), {"cmd":"close"}
// Events:   {"event":"started","port":9001}, {"event":"role","role":"leader","term":2,"leaderId":1}
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { RaftServer } from '../dist/index.js';

const { values: args } = parseArgs({
  options: {
    id: { type: 'string' },
    voters: { type: 'string' },
    data: { type: 'string' },
    'tick-ms': { type: 'string', default: '50' },
    'election-ticks': { type: 'string', default: '10' },
    'heartbeat-ticks': { type: 'string', default: '2' },
    'snapshot-entries': { type: 'string', default: '20000' },
    'keep-values': { type: 'string', default: 'all' },
  },
});

const id = Number(args.id);
const voters = args.voters.split(',').map((s) => {
  const [vid, addr] = s.split('@');
  const [host, port] = addr.split(':');
  return { id: Number(vid), host, port: Number(port) };
});
const keepValues = args['keep-values'] === 'all';

const out = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);

/** Applied values in order; snapshots carry them all (or only a count when not keeping values). */
const machine = {
  values: [],
  count: 0,
  apply(entry) {
    if (entry.type !== 0) return;
    this.count++;
    if (keepValues) this.values.push(Buffer.from(entry.data).toString());
  },
  snapshot() {
    return Buffer.from(JSON.stringify({ count: this.count, values: this.values }));
  },
  restore(snapshot) {
    const s = JSON.parse(Buffer.from(snapshot.data).toString());
    this.count = s.count;
    this.values = s.values;
  },
};

const server = await RaftServer.open({
  id,
  voters,
  dataDir: args.data,
  stateMachine: machine,
  tickMs: Number(args['tick-ms']),
  electionTicks: Number(args['election-ticks']),
  heartbeatTicks: Number(args['heartbeat-ticks']),
  snapshotEntries: Number(args['snapshot-entries']),
  logger: {
    info() {},
    warn(o, msg) {
      process.stderr.write(`warn ${msg} ${JSON.stringify(o)}\n`);
    },
    error(o, msg) {
      process.stderr.write(`error ${msg} ${JSON.stringify(o)}\n`);
    },
  },
});
server.onLeaderChange((s) => out({ event: 'role', ...s }));
server.onFatal((err) => {
  process.stderr.write(`fatal: ${err.message}\n`);
  process.exit(70);
});
const port = await server.start();
out({ event: 'started', port });

async function handle(msg) {
  const s = server.status();
  switch (msg.cmd) {
    case 'propose': {
      const r = await server.propose(Buffer.from(String(msg.value)));
      return { index: r.index, term: r.term };
    }
    case 'propose-bytes': {
      // Benchmark load: `count` proposals of `bytes` each, `concurrency` in flight at a time;
      // latency is measured here, from the propose call to its entry applied on this node.
      const payload = Buffer.alloc(Number(msg.bytes), 0x61);
      const count = Number(msg.count);
      const latencies = new Float64Array(count);
      let next = 0;
      let failed = 0;
      const started = performance.now();
      const worker = async () => {
        while (next < count) {
          const k = next++;
          const t0 = performance.now();
          try {
            await server.propose(payload);
            latencies[k] = performance.now() - t0;
          } catch {
            latencies[k] = NaN;
            failed++;
          }
        }
      };
      await Promise.all(Array.from({ length: Number(msg.concurrency ?? 1) }, worker));
      const elapsedMs = performance.now() - started;
      const ok = Array.from(latencies).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
      const pct = (p) => (ok.length ? ok[Math.min(ok.length - 1, Math.floor((p / 100) * ok.length))] : NaN);
      return { elapsedMs, committed: ok.length, failed, p50: pct(50), p99: pct(99), max: ok.at(-1) ?? NaN };
    }
    case 'status':
      return { role: s.role, term: s.term, leaderId: s.leaderId, commit: s.commit, applied: server.applied, lastIndex: s.lastIndex, snapshotIndex: s.snapshotIndex, count: machine.count };
    case 'values':
      if (msg.read) await server.read();
      return { values: machine.values, count: machine.count, applied: server.applied };
    case 'transfer':
      await server.transferLeadership(Number(msg.to));
      return {};
    case 'shutdown':
      // Controlled shutdown: hand leadership over first if this node leads.
      await server.shutdown();
      setImmediate(() => process.exit(0));
      return {};
    case 'close':
      await server.close();
      setImmediate(() => process.exit(0));
      return {};
    default:
      throw new Error(`unknown command ${msg.cmd}`);
  }
}

const rl = createInterface({ input: process.stdin });
rl.on('line', (line) => {
  let msg;
  try {
    msg = JSON.parse(line);
  } catch {
    return;
  }
  handle(msg).then(
    (result) => out({ id: msg.id, ok: true, ...result }),
    (err) => out({ id: msg.id, ok: false, error: err.code ?? err.message }),
  );
});
rl.on('close', () => {
  void server.close().then(() => process.exit(0));
});
