#!/usr/bin/env node
// Gregor beside its peers, measured on this machine in one run (issue 8): the same workload
// against a single Gregor node, NATS JetStream (file storage) and Redis Streams (appendonly,
// fsync every second), plus this machine's ceilings: a plain Node TCP sink that appends what it
// receives to a file, and raw loopback TCP bandwidth. Prints a table with ratios; --json FILE
// writes every figure.
//
//   node scripts/bench-peers.mjs [--records 300000] [--record-size 1024] [--rate 5000]
//                                [--e2e-records 25000] [--window 4096] [--json out.json]
//
// Needs the build (npx tsc -b) and, for the peers, `apt-get install -y nats-server redis-server`
// (a peer that is not installed is skipped with a note). Ports 39300-39399, temp dirs under
// os.tmpdir(); every process it starts is stopped and every directory removed, also on failure.
//
// Each client runs in its own Node process (this script re-run with --child), one at a time, so
// all systems get the same kind of client and the same CPU. The NATS and Redis clients are the
// few lines of protocol each workload needs, written here:
//  - Gregor: `gregor bench produce|consume` (@gregor/client): records batched per partition
//    (batch.size --batch-size, 1 MiB; linger.ms 5), up to 5 batches in flight,
//    buffer.memory 32 MiB; acks=1. Consumer: one Fetch in flight, --partition-fetch-bytes (4 MiB).
//  - NATS JetStream: each message a PUB to the stream subject with a reply inbox, acknowledged by
//    its own PubAck (as nats.go's PublishAsync); up to --window unacknowledged, protocol lines
//    coalesced into large socket writes. Consumer: a pull consumer (AckNone), two fetch
//    requests of 1,000 messages outstanding.
//  - Redis Streams: XADD pipelined, up to --window replies outstanding, commands coalesced into
//    large socket writes (as redis-benchmark -P). Consumer: XREAD COUNT 1000 from the last id.
//  End-to-end: records carry their send time in the value's first 8 bytes; the consumer
//  (started at the stream's end before the producer) measures send-to-receive.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
export const BIN = join(root, 'packages/cli/dist/bin.js');
/** The V8 flags every broker launcher uses (packages/cli/src/node-flags.ts). */
export const { BROKER_NODE_FLAGS } = await import(join(root, 'packages/cli/dist/node-flags.js'));
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Shared helpers (also used by bench-all.mjs)

export function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const key = a.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[key] = true;
    else {
      out[key] = /^-?\d+(\.\d+)?$/.test(next) ? Number(next) : next;
      i++;
    }
  }
  return out;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const wallClockMs = () => performance.timeOrigin + performance.now();

/** Latency percentiles in the manner of Kafka's perf test (nearest rank). */
class Latencies {
  constructor(expected) {
    this.samples = new Float64Array(Math.max(1, expected));
    this.count = 0;
    this.sum = 0;
    this.max = 0;
  }
  record(ms) {
    if (this.count < this.samples.length) this.samples[this.count] = ms;
    this.count++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }
  summary() {
    const n = Math.min(this.count, this.samples.length);
    const sorted = this.samples.subarray(0, n).slice().sort();
    const p = (q) => (n === 0 ? 0 : sorted[Math.min(n - 1, Math.floor(n * q))]);
    return { latencyAvgMs: this.count ? this.sum / this.count : 0, latencyP50Ms: p(0.5), latencyP99Ms: p(0.99), latencyP999Ms: p(0.999), latencyMaxMs: this.max };
  }
}

function payloadOf(size) {
  const payload = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) payload[i] = 65 + Math.floor(Math.random() * 26);
  return payload;
}

/** Spawns a process and remembers it, so cleanup() can stop whatever is still running. */
const started = new Set();
export function startProcess(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  started.add(child);
  child.output = '';
  child.stdout?.on('data', (d) => (child.output += d.toString()));
  child.stderr?.on('data', (d) => (child.output += d.toString()));
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  void child.exited.then(() => started.delete(child));
  return child;
}

export async function stopProcess(child, signal = 'SIGTERM', graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

export async function cleanup() {
  await Promise.all([...started].map((c) => stopProcess(c, 'SIGTERM', 5000)));
}

export async function waitFor(check, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

export function canConnect(port) {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Resident set size of a process in bytes (VmRSS), or NaN once it is gone. */
export function rssBytes(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/**
 * Runs a throughput workload `repeat` times and keeps the run with the median `key` (MB/s),
 * listing every run's value: on a shared machine one run can be an outlier either way.
 */
/**
 * The median of `repeat` runs. Every run starts once the writeback of what ran before is done
 * (settle: sync): a produce leaves hundreds of MB dirty, and the kernel's flushing takes CPU and
 * disk from whatever runs next.
 */
export async function medianOf(repeat, run, key = 'mbPerSec') {
  const runs = [];
  for (let i = 0; i < Math.max(1, repeat); i++) {
    await settle();
    runs.push(await run(i));
  }
  return medianRun(runs, key);
}

/**
 * Removes a finished phase's data and waits for the kernel to write back what is dirty, so the
 * next phase does not pay for the last one's writeback (a sustained run leaves gigabytes).
 */
export async function settle(...dirs) {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  execFileSync('sync');
  await sleep(500);
}

/** Runs this script in child mode for one client workload and returns its JSON result. */
export async function runChild(role, options, timeoutMs = 600_000) {
  const child = startProcess(process.execPath, [SELF, '--child', role, JSON.stringify(options)]);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const { code } = await child.exited;
  clearTimeout(timer);
  const last = child.output.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (code !== 0 || last === undefined) throw new Error(`${role} failed (exit ${code}):\n${child.output.slice(-2000)}`);
  return JSON.parse(last);
}

/** Runs the gregor CLI and returns its last JSON line. */
export async function gregorJson(args, timeoutMs = 600_000) {
  const child = startProcess(process.execPath, [BIN, ...args, '--json']);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const { code } = await child.exited;
  clearTimeout(timer);
  const last = child.output.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (code !== 0 || last === undefined) throw new Error(`gregor ${args.join(' ')} failed (exit ${code}):\n${child.output.slice(-2000)}`);
  return JSON.parse(last);
}

export async function gregor(args) {
  const child = startProcess(process.execPath, [BIN, ...args]);
  const { code } = await child.exited;
  if (code !== 0) throw new Error(`gregor ${args.join(' ')} failed (exit ${code}):\n${child.output.slice(-2000)}`);
  return child.output;
}

/**
 * Starts one Gregor node (combined broker and controller, empty log) and measures start-up:
 * from spawn to the "is serving" line, which the node prints once its listener accepts.
 */
export async function startGregorNode(port, { nodeOptions = [], dir } = {}) {
  const logDir = dir ?? mkdtempSync(join(tmpdir(), 'gregor-bench-node-'));
  const t0 = performance.now();
  const child = startProcess(process.execPath, [...BROKER_NODE_FLAGS, ...nodeOptions, BIN, 'broker', 'start', '--log-dirs', logDir, '--listeners', `PLAINTEXT://127.0.0.1:${port}`, '--log-level', 'warn']);
  await waitFor(() => child.output.includes('is serving') || child.exitCode !== null, 30_000, 'the Gregor node to serve');
  if (child.exitCode !== null) throw new Error(`the Gregor node exited:\n${child.output}`);
  const startupMs = performance.now() - t0;
  return {
    child,
    pid: child.pid,
    bootstrap: `127.0.0.1:${port}`,
    startupMs,
    logDir,
    async stop() {
      await stopProcess(child, 'SIGTERM');
      if (dir === undefined) rmSync(logDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Child workloads

/** Collects writes into one buffer and sends it once per turn of the event loop (or when full). */
class Coalescer {
  constructor(socket, bytes = 4 * MB) {
    this.socket = socket;
    this.buf = Buffer.allocUnsafe(bytes);
    this.pos = 0;
    this.scheduled = false;
    this.drained = Promise.resolve();
  }
  ensure(bytes) {
    if (this.pos + bytes > this.buf.length) this.flush();
    if (bytes > this.buf.length) throw new Error('write larger than the coalescing buffer');
  }
  ascii(text) {
    this.ensure(text.length);
    this.pos += this.buf.write(text, this.pos, 'latin1');
  }
  bytes(b) {
    this.ensure(b.length);
    b.copy(this.buf, this.pos);
    this.pos += b.length;
  }
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }
  flush() {
    if (this.pos === 0) return;
    // A copy: the socket may hold the buffer after write() returns.
    const ok = this.socket.write(Buffer.from(this.buf.subarray(0, this.pos)));
    this.pos = 0;
    if (!ok) this.drained = new Promise((resolve) => this.socket.once('drain', resolve));
  }
}

function connectTo(port) {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setNoDelay(true);
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends `count` messages through `send(i)` at `rate`/s (-1: as fast as the window allows). */
async function pace(count, rate, window, outstanding, send, flushNow) {
  const startMs = performance.now();
  for (let i = 0; i < count; i++) {
    while (outstanding() >= window) await outstanding.wait();
    send(i);
    if (rate > 0) {
      flushNow();
      const aheadMs = ((i + 1) * 1000) / rate - (performance.now() - startMs);
      if (aheadMs > 1) await sleep(aheadMs);
    } else if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
  }
  flushNow();
}

/** Waiter helper: a counter of outstanding requests and a promise for "one finished". */
function outstandingCounter() {
  let n = 0;
  let waiter = null;
  const f = () => n;
  f.add = () => n++;
  f.done = () => {
    n--;
    if (waiter !== null) {
      const w = waiter;
      waiter = null;
      w();
    }
  };
  f.wait = () => new Promise((resolve) => (waiter = resolve));
  return f;
}

// --- NATS ------------------------------------------------------------------------------------

class Nats {
  static async connect(port) {
    const nats = new Nats(await connectTo(port));
    await nats.ready;
    return nats;
  }
  constructor(socket) {
    this.socket = socket;
    this.out = new Coalescer(socket);
    this.handlers = new Map();
    this.pongs = [];
    this.buf = Buffer.alloc(0);
    this.nextSid = 1;
    this.ready = new Promise((resolve, reject) => {
      this.onInfo = () => {
        this.out.ascii('CONNECT {"verbose":false,"pedantic":false,"headers":true,"no_responders":true,"protocol":1}\r\n');
        this.ping().then(resolve, reject);
      };
      socket.once('error', reject);
    });
    socket.on('data', (chunk) => this.onData(chunk));
  }
  ping() {
    this.out.ascii('PING\r\n');
    this.out.flush();
    return new Promise((resolve) => this.pongs.push(resolve));
  }
  sub(subject, handler) {
    const sid = this.nextSid++;
    this.handlers.set(sid, handler);
    this.out.ascii(`SUB ${subject} ${sid}\r\n`);
    this.out.schedule();
    return sid;
  }
  pub(subject, reply, payload) {
    this.out.ascii(reply === null ? `PUB ${subject} ${payload.length}\r\n` : `PUB ${subject} ${reply} ${payload.length}\r\n`);
    this.out.bytes(payload);
    this.out.ascii('\r\n');
    this.out.schedule();
  }
  /** A request with a one-off inbox; resolves with the reply payload parsed as JSON. */
  async request(subject, body) {
    const inbox = `_INBOX.req.${this.nextSid}`;
    let resolve;
    const reply = new Promise((r) => (resolve = r));
    const sid = this.sub(inbox, (_s, payload) => resolve(payload));
    this.pub(subject, inbox, Buffer.from(JSON.stringify(body)));
    this.out.flush();
    const payload = await reply;
    this.out.ascii(`UNSUB ${sid}\r\n`);
    this.handlers.delete(sid);
    const json = JSON.parse(payload.toString());
    if (json.error) throw new Error(`${subject}: ${JSON.stringify(json.error)}`);
    return json;
  }
  onData(chunk) {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    let pos = 0;
    const buf = this.buf;
    for (;;) {
      const eol = buf.indexOf('\r\n', pos, 'latin1');
      if (eol < 0) break;
      const c = buf[pos];
      if (c === 0x4d || c === 0x48) {
        // MSG <subject> <sid> [reply] <size> | HMSG <subject> <sid> [reply] <hdr size> <total size>
        const parts = buf.toString('latin1', pos, eol).split(' ');
        const isH = c === 0x48;
        const total = Number(parts[parts.length - 1]);
        const headerBytes = isH ? Number(parts[parts.length - 2]) : 0;
        if (eol + 2 + total + 2 > buf.length) break;
        const start = eol + 2;
        const handler = this.handlers.get(Number(parts[2]));
        const fixed = isH ? 5 : 4;
        const reply = parts.length > fixed ? parts[3] : null;
        const header = isH ? buf.toString('latin1', start, start + headerBytes) : null;
        if (handler !== undefined) handler(parts[1], buf.subarray(start + headerBytes, start + total), reply, header);
        pos = start + total + 2;
        continue;
      }
      const line = buf.toString('latin1', pos, eol);
      pos = eol + 2;
      if (line.startsWith('PING')) {
        this.out.ascii('PONG\r\n');
        this.out.schedule();
      } else if (line.startsWith('PONG')) this.pongs.shift()?.();
      else if (line.startsWith('INFO')) {
        this.onInfo?.();
        this.onInfo = null;
      }
      else if (line.startsWith('-ERR')) {
        console.error(`nats: ${line}`);
        process.exit(1);
      }
    }
    this.buf = pos >= buf.length ? Buffer.alloc(0) : buf.subarray(pos);
  }
  close() {
    this.out.flush();
    this.socket.end();
  }
}

const NATS_STREAM = 'bench';

async function natsProduce({ port, records, recordSize, rate = -1, window, endToEnd = false }) {
  const nats = await Nats.connect(port);
  const payload = payloadOf(recordSize);
  const sentAt = new Float64Array(records);
  const lat = new Latencies(records);
  const out = outstandingCounter();
  let acked = 0;
  let failed = null;
  nats.sub('_INBOX.ack.*', (subject, body) => {
    const i = Number(subject.slice(subject.lastIndexOf('.') + 1));
    if (body.indexOf('"error"') >= 0) failed ??= body.toString();
    lat.record(performance.now() - sentAt[i]);
    acked++;
    out.done();
  });
  await nats.ping();
  const t0 = performance.now();
  await pace(
    records,
    rate,
    window,
    out,
    (i) => {
      sentAt[i] = performance.now();
      if (endToEnd) payload.writeDoubleLE(performance.timeOrigin + sentAt[i], 0);
      out.add();
      nats.pub(NATS_STREAM, `_INBOX.ack.${i}`, payload);
    },
    () => nats.out.flush(),
  );
  while (acked < records) await out.wait();
  const elapsedMs = performance.now() - t0;
  nats.close();
  if (failed !== null) throw new Error(`JetStream publish failed: ${failed}`);
  return { records, bytes: records * recordSize, elapsedMs, recordsPerSec: records / (elapsedMs / 1000), mbPerSec: (records * recordSize) / MB / (elapsedMs / 1000), ...lat.summary() };
}

/** Reads `records` messages through a pull consumer, `outstandingPulls` fetch requests at a time. */
async function natsPullConsumer(nats, { durable, deliverPolicy, batch, expiresMs, outstandingPulls, onMessage }) {
  await nats.request(`$JS.API.CONSUMER.DURABLE.CREATE.${NATS_STREAM}.${durable}`, {
    stream_name: NATS_STREAM,
    config: { durable_name: durable, ack_policy: 'none', deliver_policy: deliverPolicy, max_waiting: 512 },
  });
  let stopped = false;
  const pull = (k) => {
    if (stopped) return;
    nats.pub(`$JS.API.CONSUMER.MSG.NEXT.${NATS_STREAM}.${durable}`, `_INBOX.pull.${k}`, Buffer.from(JSON.stringify({ batch, expires: expiresMs * 1e6 })));
    nats.out.flush();
  };
  for (let k = 0; k < outstandingPulls; k++) {
    let got = 0;
    nats.sub(`_INBOX.pull.${k}`, (_subject, body, _reply, header) => {
      // Status messages (404 no messages, 408 request expired, 409) end a pull request.
      if (header !== null && /^NATS\/1\.0 \d{3}/.test(header) && body.length === 0) {
        got = 0;
        pull(k);
        return;
      }
      onMessage(body);
      if (++got === batch) {
        got = 0;
        pull(k);
      }
    });
  }
  await nats.ping();
  for (let k = 0; k < outstandingPulls; k++) pull(k);
  return () => (stopped = true);
}

async function natsConsume({ port, records, durable = 'reader' }) {
  const nats = await Nats.connect(port);
  let count = 0;
  let bytes = 0;
  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  const t0 = performance.now();
  const stop = await natsPullConsumer(nats, {
    durable,
    deliverPolicy: 'all',
    batch: 1000,
    expiresMs: 5000,
    outstandingPulls: 2,
    onMessage(body) {
      count++;
      bytes += body.length;
      if (count === records) finish();
    },
  });
  await done;
  stop();
  const elapsedMs = performance.now() - t0;
  nats.close();
  return { records: count, bytes, elapsedMs, recordsPerSec: count / (elapsedMs / 1000), mbPerSec: bytes / MB / (elapsedMs / 1000) };
}

async function natsEndToEnd({ port, records, recordSize, rate }) {
  const reader = await Nats.connect(port);
  const lat = new Latencies(records);
  let count = 0;
  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  const stop = await natsPullConsumer(reader, {
    durable: 'e2e',
    deliverPolicy: 'new',
    batch: 256,
    expiresMs: 1000,
    outstandingPulls: 2,
    onMessage(body) {
      lat.record(wallClockMs() - body.readDoubleLE(0));
      if (++count === records) finish();
    },
  });
  const produced = await natsProduce({ port, records, recordSize, rate, window: 4096, endToEnd: true });
  await Promise.race([done, sleep(10_000)]);
  stop();
  reader.close();
  return { ...produced, endToEnd: { records: count, ...lat.summary() } };
}

// --- Redis -----------------------------------------------------------------------------------

/** An incremental RESP2 reader: calls onReply(value) per top-level reply (bulk strings as views). */
class RespReader {
  constructor(onReply) {
    this.onReply = onReply;
    this.buf = Buffer.alloc(0);
    this.pos = 0;
    this.stack = [];
  }
  push(chunk) {
    this.buf = this.pos >= this.buf.length ? chunk : Buffer.concat([this.buf.subarray(this.pos), chunk]);
    this.pos = 0;
    const buf = this.buf;
    for (;;) {
      const eol = buf.indexOf('\r\n', this.pos, 'latin1');
      if (eol < 0) return;
      const type = buf[this.pos];
      let value;
      if (type === 0x24) {
        const len = Number(buf.toString('latin1', this.pos + 1, eol));
        if (len < 0) value = null;
        else {
          if (eol + 2 + len + 2 > buf.length) return;
          value = buf.subarray(eol + 2, eol + 2 + len);
          this.pos = eol + 2 + len + 2;
        }
        if (len < 0) this.pos = eol + 2;
      } else if (type === 0x2a) {
        const len = Number(buf.toString('latin1', this.pos + 1, eol));
        this.pos = eol + 2;
        if (len > 0) {
          this.stack.push({ items: [], left: len });
          continue;
        }
        value = len < 0 ? null : [];
      } else {
        const text = buf.toString('latin1', this.pos + 1, eol);
        this.pos = eol + 2;
        if (type === 0x2d) throw new Error(`redis: ${text}`);
        value = type === 0x3a ? Number(text) : text;
      }
      // Attach to the open array(s), closing every one that is complete.
      for (;;) {
        const top = this.stack[this.stack.length - 1];
        if (top === undefined) {
          this.onReply(value);
          break;
        }
        top.items.push(value);
        if (--top.left > 0) break;
        this.stack.pop();
        value = top.items;
      }
    }
  }
}

class Redis {
  static async connect(port) {
    return new Redis(await connectTo(port));
  }
  constructor(socket) {
    this.socket = socket;
    this.out = new Coalescer(socket);
    this.callbacks = [];
    this.head = 0;
    const reader = new RespReader((value) => {
      const cb = this.callbacks[this.head];
      this.callbacks[this.head++] = undefined;
      if (this.head > 65536) {
        this.callbacks = this.callbacks.slice(this.head);
        this.head = 0;
      }
      cb(value);
    });
    socket.on('data', (chunk) => reader.push(chunk));
  }
  /** Queues a command (strings and buffers); the callback gets the reply. */
  command(args, callback) {
    this.out.ascii(`*${args.length}\r\n`);
    for (const a of args) {
      if (typeof a === 'string') this.out.ascii(`$${Buffer.byteLength(a)}\r\n${a}\r\n`);
      else {
        this.out.ascii(`$${a.length}\r\n`);
        this.out.bytes(a);
        this.out.ascii('\r\n');
      }
    }
    this.callbacks.push(callback);
    this.out.schedule();
  }
  call(args) {
    return new Promise((resolve) => {
      this.command(args, resolve);
      this.out.flush();
    });
  }
  close() {
    this.out.flush();
    this.socket.end();
  }
}

const REDIS_KEY = 'bench';

async function redisProduce({ port, records, recordSize, rate = -1, window, endToEnd = false }) {
  const redis = await Redis.connect(port);
  const payload = payloadOf(recordSize);
  const lat = new Latencies(records);
  const out = outstandingCounter();
  let acked = 0;
  const t0 = performance.now();
  await pace(
    records,
    rate,
    window,
    out,
    () => {
      const sentAt = performance.now();
      if (endToEnd) payload.writeDoubleLE(performance.timeOrigin + sentAt, 0);
      out.add();
      redis.command(['XADD', REDIS_KEY, '*', 'v', payload], () => {
        lat.record(performance.now() - sentAt);
        acked++;
        out.done();
      });
    },
    () => redis.out.flush(),
  );
  while (acked < records) await out.wait();
  const elapsedMs = performance.now() - t0;
  redis.close();
  return { records, bytes: records * recordSize, elapsedMs, recordsPerSec: records / (elapsedMs / 1000), mbPerSec: (records * recordSize) / MB / (elapsedMs / 1000), ...lat.summary() };
}

/** XREAD loop from `from` until `records` entries were seen; `onEntry(valueBuffer)` per entry. */
async function redisRead(redis, { records, from, blockMs, onEntry }) {
  let last = from;
  let count = 0;
  while (count < records) {
    const args = blockMs === undefined ? ['XREAD', 'COUNT', '1000', 'STREAMS', REDIS_KEY, last] : ['XREAD', 'COUNT', '1000', 'BLOCK', String(blockMs), 'STREAMS', REDIS_KEY, last];
    const reply = await redis.call(args);
    if (reply === null) continue;
    const entries = reply[0][1];
    for (const [id, fields] of entries) {
      onEntry(fields[1]);
      count++;
      last = id.toString('latin1');
    }
  }
  return count;
}

async function redisConsume({ port, records }) {
  const redis = await Redis.connect(port);
  let bytes = 0;
  const t0 = performance.now();
  const count = await redisRead(redis, { records, from: '0-0', onEntry: (v) => (bytes += v.length) });
  const elapsedMs = performance.now() - t0;
  redis.close();
  return { records: count, bytes, elapsedMs, recordsPerSec: count / (elapsedMs / 1000), mbPerSec: bytes / MB / (elapsedMs / 1000) };
}

async function redisEndToEnd({ port, records, recordSize, rate }) {
  const reader = await Redis.connect(port);
  // Start from the stream's current last id, so only this run's entries are read.
  const info = await reader.call(['XREVRANGE', REDIS_KEY, '+', '-', 'COUNT', '1']);
  const from = info.length > 0 ? info[0][0].toString('latin1') : '0-0';
  const lat = new Latencies(records);
  const reading = redisRead(reader, { records, from, blockMs: 500, onEntry: (v) => lat.record(wallClockMs() - v.readDoubleLE(0)) });
  const produced = await redisProduce({ port, records, recordSize, rate, window: 4096, endToEnd: true });
  const count = await Promise.race([reading, sleep(10_000).then(() => lat.count)]);
  reader.socket.destroy();
  return { ...produced, endToEnd: { records: count, ...lat.summary() } };
}

// --- Ceilings --------------------------------------------------------------------------------

/**
 * A TCP server that appends every received chunk to a file (or drops it), answering "k" at the
 * end: with writeSync per chunk (the least work Node can do), or with `pipe` through
 * fs.createWriteStream (the idiomatic way: writes go through libuv's thread pool).
 */
async function sink({ port, file, pipe = false }) {
  // Half-open: the answer goes out after the client has ended its side.
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    if (pipe) {
      const out = createWriteStream(file, { flags: 'a' });
      socket.pipe(out);
      out.on('finish', () => socket.end('k'));
      return;
    }
    const fd = file ? openSync(file, 'a') : -1;
    socket.on('data', (chunk) => {
      if (fd >= 0) writeSync(fd, chunk);
    });
    socket.on('end', () => {
      if (fd >= 0) closeSync(fd);
      socket.end('k');
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  console.log('listening');
  await new Promise(() => undefined);
}

/** Writes `totalBytes` in `chunkBytes` writes to the sink and times it until the sink's answer. */
async function source({ port, totalBytes, chunkBytes }) {
  const socket = await connectTo(port);
  const chunk = payloadOf(chunkBytes);
  const t0 = performance.now();
  const answered = new Promise((resolve) => socket.once('data', resolve));
  for (let sent = 0; sent < totalBytes; sent += chunkBytes) {
    if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve));
  }
  socket.end();
  await answered;
  const elapsedMs = performance.now() - t0;
  return { bytes: totalBytes, elapsedMs, mbPerSec: totalBytes / MB / (elapsedMs / 1000) };
}

const CHILD_ROLES = { 'nats-produce': natsProduce, 'nats-consume': natsConsume, 'nats-e2e': natsEndToEnd, 'redis-produce': redisProduce, 'redis-consume': redisConsume, 'redis-e2e': redisEndToEnd, sink, source };

// ---------------------------------------------------------------------------------------------
// The orchestration

/** The machine's ceilings: TCP sink appending 1 MiB writes to a file, and raw loopback TCP. */
export async function measureCeilings({ port = 39390, totalBytes = 1024 * MB, chunkBytes = MB, dir, repeat = 3 } = {}) {
  const results = {};
  for (const [name, withFile, pipe] of [['appendToFile', true, false], ['appendToFileStream', true, true], ['loopbackTcp', false, false]]) {
    const file = withFile ? join(dir, 'sink.bin') : undefined;
    const server = startProcess(process.execPath, [SELF, '--child', 'sink', JSON.stringify({ port, file, pipe })]);
    try {
      await waitFor(() => server.output.includes('listening') || server.exitCode !== null, 10_000, 'the sink');
      // The file grows by every run, as a partition's log does: deleting it between runs let the
      // next run rewrite pages the kernel had just freed, which on this VM is ~10x faster than
      // pages it must get afresh (5.5 GB/s against 0.4-0.5 GB/s, measured with writeSync of 1 MiB
      // chunks), and a log append never gets that.
      results[name] = await medianOf(repeat, () => runChild('source', { port, totalBytes, chunkBytes }));
    } finally {
      await stopProcess(server);
      if (file) rmSync(file, { force: true });
    }
  }
  return results;
}

function which(binary) {
  return ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin'].map((d) => join(d, binary)).find((p) => existsSync(p));
}

/** Starts nats-server with JetStream and the bench stream; null when it is not installed. */
async function startNats(dir, port) {
  const bin = which('nats-server');
  if (bin === undefined) return null;
  const server = startProcess(bin, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', join(dir, 'nats')]);
  await waitFor(() => canConnect(port), 10_000, 'nats-server');
  const setup = await Nats.connect(port);
  // File storage, one replica, default sync (sync_interval 2 min): acknowledged once written to the OS.
  await setup.request(`$JS.API.STREAM.CREATE.${NATS_STREAM}`, { name: NATS_STREAM, subjects: [NATS_STREAM], storage: 'file', retention: 'limits', num_replicas: 1, discard: 'old' });
  setup.close();
  return server;
}

/** Starts redis-server with the AOF fsynced every second; null when it is not installed. */
async function startRedis(dir, port) {
  const bin = which('redis-server');
  if (bin === undefined) return null;
  const data = join(dir, 'redis');
  mkdirSync(data);
  const server = startProcess(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', data, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--daemonize', 'no', '--protected-mode', 'no']);
  await waitFor(() => canConnect(port), 10_000, 'redis-server');
  return server;
}

/** The run with the median `key` among `runs`, with every run's value listed. */
function medianRun(runs, key = 'mbPerSec') {
  const sorted = [...runs].sort((a, b) => a[key] - b[key]);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], runs: runs.map((r) => +r[key].toFixed(key === 'mbPerSec' ? 1 : 2)), runsKey: key };
}

/**
 * The peer comparison: the same produce, consume and end-to-end workloads on each system. All
 * three servers run at once (idle while another is measured) and the runs are interleaved
 * (Gregor, NATS, Redis, Gregor, ...), so a change in the machine's background load touches every
 * system alike; each system first gets an unmeasured warm-up run of a fifth of the records.
 */
export async function runPeers(options) {
  const { records, recordSize, rate, e2eRecords, window, repeat = 3, batchSize = 1_048_576, partitionFetchBytes = 4_194_304, ports = { gregor: 39301, nats: 39302, redis: 39303 } } = options;
  const dir = mkdtempSync(join(tmpdir(), 'gregor-bench-peers-'));
  const out = { config: { records, recordSize, rate, e2eRecords, window, repeat }, systems: {}, ceilings: null };
  const stops = [];
  try {
    out.ceilings = options.ceilings ?? (await measureCeilings({ dir, repeat }));
    await settle();
    log(`ceilings: append ${out.ceilings.appendToFile.mbPerSec.toFixed(0)} MB/s, loopback ${out.ceilings.loopbackTcp.mbPerSec.toFixed(0)} MB/s`);

    const systems = [];
    const node = await startGregorNode(ports.gregor, { dir: join(dir, 'gregor') });
    stops.push(() => node.stop());
    const b = node.bootstrap;
    for (const topic of ['bench', 'e2e']) await gregor(['topics', 'create', topic, '--partitions', '1', '--bootstrap-server', b]);
    // batch.size and max.partition.fetch.bytes tuned for throughput, as the peers' clients
    // coalesce their messages into large socket writes and reads.
    const gregorProduce = (n) => gregorJson(['bench', 'produce', '--topic', 'bench', '--num-records', String(n), '--record-size', String(recordSize), '--acks', '1', '--batch-size', String(batchSize), '--bootstrap-server', b]);
    systems.push({
      name: 'gregor',
      durability: 'page cache (log.flush.interval.messages unset: no fsync per write), acks=1, 1 replica',
      produce: gregorProduce,
      consume: () => gregorJson(['bench', 'consume', '--topic', 'bench', '--num-records', String(records), '--partition-fetch-max-bytes', String(partitionFetchBytes), '--fetch-max-bytes', String(Math.max(52_428_800, partitionFetchBytes)), '--bootstrap-server', b]),
      endToEnd: () => gregorJson(['bench', 'produce', '--topic', 'e2e', '--num-records', String(e2eRecords), '--record-size', String(recordSize), '--acks', '1', '--linger-ms', '0', '--throughput', String(rate), '--end-to-end', '--bootstrap-server', b]),
    });

    const nats = await startNats(dir, ports.nats);
    if (nats === null) out.systems.nats = { skipped: 'nats-server is not installed (apt-get install -y nats-server)' };
    else {
      stops.push(() => stopProcess(nats));
      systems.push({
        name: 'nats',
        durability: 'JetStream file storage, 1 replica, default sync_interval (2 min): acknowledged once written to the OS',
        produce: (n) => runChild('nats-produce', { port: ports.nats, records: n, recordSize, window }),
        consume: (i) => runChild('nats-consume', { port: ports.nats, records, durable: `reader${i}` }),
        endToEnd: () => runChild('nats-e2e', { port: ports.nats, records: e2eRecords, recordSize, rate }),
      });
    }

    const redis = await startRedis(dir, ports.redis);
    if (redis === null) out.systems.redis = { skipped: 'redis-server is not installed (apt-get install -y redis-server)' };
    else {
      stops.push(() => stopProcess(redis));
      systems.push({
        name: 'redis',
        durability: 'appendonly yes, appendfsync everysec (RDB snapshots off): acknowledged once in memory and written to the AOF',
        produce: (n) => runChild('redis-produce', { port: ports.redis, records: n, recordSize, window }),
        consume: () => runChild('redis-consume', { port: ports.redis, records }),
        endToEnd: () => runChild('redis-e2e', { port: ports.redis, records: e2eRecords, recordSize, rate }),
      });
    }

    for (const system of systems) await system.produce(Math.max(1, Math.round(records / 5)));
    const runs = new Map(systems.map((system) => [system.name, { produce: [], consume: [] }]));
    // Interleaved, so not through medianOf, but settled before every run as medianOf does
    // (unsettled, consume runs of one system went from ~900 to ~400 MB/s).
    for (let i = 0; i < repeat; i++) {
      for (const system of systems) {
        await settle();
        runs.get(system.name).produce.push(await system.produce(records));
      }
    }
    for (let i = 0; i < repeat; i++) {
      for (const system of systems) {
        await settle();
        runs.get(system.name).consume.push(await system.consume(i));
      }
    }
    for (const system of systems) {
      const e2e = await system.endToEnd();
      const produce = medianRun(runs.get(system.name).produce);
      const consume = medianRun(runs.get(system.name).consume);
      out.systems[system.name] = { durability: system.durability, produce, consume, endToEnd: e2e.endToEnd, produceAtRate: e2e };
      log(`${system.name}: produce ${produce.mbPerSec.toFixed(0)} MB/s, consume ${consume.mbPerSec.toFixed(0)} MB/s, e2e p99 ${e2e.endToEnd.latencyP99Ms.toFixed(2)} ms`);
    }
  } finally {
    for (const stop of stops.reverse()) await stop();
    rmSync(dir, { recursive: true, force: true });
  }
  // Gregor first in the table, then the peers.
  out.systems = Object.fromEntries(['gregor', 'nats', 'redis'].filter((n) => out.systems[n] !== undefined).map((n) => [n, out.systems[n]]));
  return out;
}

function log(line) {
  process.stderr.write(`[bench] ${line}\n`);
}

const f0 = (n) => (n === undefined || Number.isNaN(n) ? '-' : n.toLocaleString('en-US', { maximumFractionDigits: 0 }));
const f1 = (n) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(1));
const f2 = (n) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(2));

export const runsOf = (x) => (x?.runs && x.runs.length > 1 ? `[${x.runs.join(', ')}]` : '');

/** The comparison as Markdown tables. */
export function formatPeers(result) {
  const { config, systems, ceilings } = result;
  const g = systems.gregor;
  const lines = [];
  lines.push(`Workload: ${f0(config.records)} records of ${config.recordSize} B, one partition/stream, unthrottled producer; consumer reads ${f0(config.records)} back from the start; end-to-end: ${f0(config.e2eRecords)} records at ${f0(config.rate)} msg/s. Throughput: the median of ${config.repeat} runs interleaved across the systems after a warm-up run each (all runs in brackets, in order). MB = MiB.`);
  lines.push('');
  lines.push('| system | durability when acknowledged | produce MB/s | records/s | produce p50 / p99 / p99.9 / max ms | consume MB/s | e2e p50 / p99 / p99.9 / max ms at rate | Gregor produce / this | Gregor consume / this |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, s] of Object.entries(systems)) {
    if (s.skipped) {
      lines.push(`| ${name} | ${s.skipped} | | | | | | | |`);
      continue;
    }
    const p = s.produce;
    const e = s.endToEnd;
    lines.push(
      `| ${name} | ${s.durability} | ${f1(p.mbPerSec)} ${runsOf(p)} | ${f0(p.recordsPerSec)} | ${f2(p.latencyP50Ms)} / ${f2(p.latencyP99Ms)} / ${f2(p.latencyP999Ms)} / ${f2(p.latencyMaxMs)} | ${f1(s.consume.mbPerSec)} ${runsOf(s.consume)} | ${f2(e.latencyP50Ms)} / ${f2(e.latencyP99Ms)} / ${f2(e.latencyP999Ms)} / ${f2(e.latencyMaxMs)} | ${g && !g.skipped ? f2(g.produce.mbPerSec / p.mbPerSec) + 'x' : '-'} | ${g && !g.skipped ? f2(g.consume.mbPerSec / s.consume.mbPerSec) + 'x' : '-'} |`,
    );
  }
  if (ceilings) {
    lines.push('');
    lines.push('| ceiling (same run) | MB/s | Gregor produce / ceiling | Gregor consume / ceiling |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const [name, label] of [
      ['appendToFile', 'Node TCP sink appending 1 MiB writes to a growing file (writeSync per chunk)'],
      ['appendToFileStream', 'the same sink, socket.pipe(fs.createWriteStream)'],
      ['loopbackTcp', 'loopback TCP, Node to Node, 1 MiB writes'],
    ]) {
      const c = ceilings[name];
      if (c === undefined) continue;
      lines.push(`| ${label} | ${f1(c.mbPerSec)} ${runsOf(c)} | ${g && !g.skipped ? (100 * g.produce.mbPerSec / c.mbPerSec).toFixed(0) + ' %' : '-'} | ${g && !g.skipped ? (100 * g.consume.mbPerSec / c.mbPerSec).toFixed(0) + ' %' : '-'} |`);
    }
  }
  return lines.join('\n');
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const result = await CHILD_ROLES[argv[1]](JSON.parse(argv[2]));
    if (result !== undefined) console.log(JSON.stringify(result));
    process.exit(0);
  }
  const options = parseArgs(argv, { records: 300_000, recordSize: 1024, rate: 5000, e2eRecords: 25_000, window: 4096, batchSize: 1_048_576, partitionFetchBytes: 4_194_304, json: undefined });
  const onSignal = () => void cleanup().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await runPeers(options);
    console.log(formatPeers(result));
    if (typeof options.json === 'string') writeFileSync(options.json, JSON.stringify(result, null, 2));
  } finally {
    await cleanup();
  }
}

if (process.argv[1] === SELF) {
  main().catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
}
