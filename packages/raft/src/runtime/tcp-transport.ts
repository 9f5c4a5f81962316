import net from 'node:net';
import { Packr } from 'msgpackr';
import { defaultTransportLimits, type TransportLimits } from '../limits.js';
import type { Message, NodeId } from '../core/types.js';
import { decodeMessage, encodeMessage, MessageDecodeError } from './codec.js';

/**
 * Raft messages between nodes over TCP (Kafka's NetworkChannel role). Each node listens on its
 * own address and keeps one outbound connection per peer on which it sends; inbound connections
 * only receive. Frames are a 4-byte big-endian length and a msgpackr payload; the first frame on
 * a connection is a hello naming the sender. Everything is bounded: frame size (a peer
 * announcing more is cut off), and per-peer send queues in messages and bytes (raft tolerates
 * loss, so overflow drops the message rather than blocking the core). Lost connections are
 * retried with exponential backoff and jitter.
 */
export interface PeerAddress {
  readonly id: NodeId;
  readonly host: string;
  readonly port: number;
}

export interface TransportLogger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
}

export interface TcpTransportOptions {
  readonly id: NodeId;
  readonly host: string;
  readonly port: number;
  readonly peers: readonly PeerAddress[];
  readonly onMessage: (m: Message) => void;
  /**
   * Hands over connections whose hello is not raft's (KRaft's controller listener also serves
   * brokers' RPCs): the callee owns the socket from then on, with the frame decoder and any
   * frames that arrived after the hello. Without it such connections are closed.
   */
  readonly onForeignConnection?: ForeignConnectionHandler;
  readonly limits?: Partial<TransportLimits>;
  readonly logger?: TransportLogger;
}

export type ForeignConnectionHandler = (
  hello: Readonly<Record<string, unknown>>,
  socket: net.Socket,
  decoder: FrameDecoder,
  pending: Buffer[],
) => void;

export interface TransportStats {
  sent: number;
  received: number;
  dropped: number;
  rejectedFrames: number;
  connects: number;
}

const HELLO = 'gregor-raft';
const HELLO_VERSION = 1;
const helloPackr = new Packr({ useRecords: false });
const silent: TransportLogger = { info() {}, warn() {} };

/** Splits a byte stream into length-prefixed frames without copying whole chunks more than once. */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly frameBytesMax: number) {}

  /** Returns the complete frames' payloads; throws RangeError on an oversized frame. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.buffered < 4) break;
      const head = this.peek(4);
      const length = head.readUInt32BE(0);
      if (length > this.frameBytesMax) throw new RangeError(`frame of ${length} bytes exceeds ${this.frameBytesMax}`);
      if (this.buffered < 4 + length) break;
      const all = this.take(4 + length);
      frames.push(all.subarray(4));
    }
    return frames;
  }

  private peek(n: number): Buffer {
    if (this.chunks[0]!.length >= n) return this.chunks[0]!;
    return Buffer.concat(this.chunks).subarray(0, n);
  }

  private take(n: number): Buffer {
    const first = this.chunks[0]!;
    let out: Buffer;
    if (first.length >= n) {
      out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
    } else {
      const all = Buffer.concat(this.chunks);
      out = all.subarray(0, n);
      this.chunks = all.length > n ? [all.subarray(n)] : [];
    }
    this.buffered -= n;
    return out;
  }
}

function frame(payload: Buffer): Buffer {
  const out = Buffer.allocUnsafe(4 + payload.length);
  out.writeUInt32BE(payload.length, 0);
  payload.copy(out, 4);
  return out;
}

class Peer {
  socket: net.Socket | null = null;
  isConnected = false;
  private queue: Buffer[] = [];
  private queueHead = 0;
  private queueBytes = 0;
  private attempts = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly transport: TcpTransport,
    readonly address: PeerAddress,
    private readonly limits: TransportLimits,
  ) {}

  enqueue(bytes: Buffer): boolean {
    const queued = this.queue.length - this.queueHead;
    if (queued >= this.limits.sendQueueMessagesMax || this.queueBytes + bytes.length > this.limits.sendQueueBytesMax) return false;
    this.queue.push(bytes);
    this.queueBytes += bytes.length;
    if (this.isConnected) this.flush();
    else if (this.socket === null && this.timer === null) this.connect();
    return true;
  }

  connect(): void {
    if (this.closed || this.socket !== null) return;
    this.timer = null;
    const socket = net.connect({ host: this.address.host, port: this.address.port });
    this.socket = socket;
    socket.setNoDelay(true);
    socket.setTimeout(this.limits.connectTimeoutMs);
    socket.on('timeout', () => {
      if (!this.isConnected) socket.destroy(new Error('connect timeout'));
    });
    socket.on('connect', () => {
      socket.setTimeout(0);
      this.isConnected = true;
      this.attempts = 0;
      this.transport.stats.connects++;
      const hello = helloPackr.pack({ hello: HELLO, version: HELLO_VERSION, from: this.transport.id });
      socket.write(frame(hello));
      this.flush();
    });
    socket.on('drain', () => this.flush());
    socket.on('data', () => {
      // Outbound connections carry no answers; a peer that talks here is ignored.
    });
    socket.on('error', () => {
      // 'close' follows and schedules the retry.
    });
    socket.on('close', () => {
      this.socket = null;
      this.isConnected = false;
      this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    if (this.closed || this.timer !== null) return;
    const base = Math.min(this.limits.reconnectBackoffMsMax, this.limits.reconnectBackoffMs * 2 ** this.attempts);
    // +-20% jitter (Kafka's reconnect.backoff jitter) so peers do not reconnect in lockstep.
    const delay = base * (0.8 + 0.4 * Math.random());
    this.attempts = Math.min(this.attempts + 1, 30);
    this.timer = setTimeout(() => this.connect(), delay);
    this.timer.unref();
  }

  private flush(): void {
    const socket = this.socket;
    if (socket === null || !this.isConnected) return;
    if (socket.writableNeedDrain) return;
    socket.cork();
    while (this.queueHead < this.queue.length) {
      const bytes = this.queue[this.queueHead]!;
      this.queueHead++;
      this.queueBytes -= bytes.length;
      this.transport.stats.sent++;
      if (!socket.write(bytes)) break;
    }
    socket.uncork();
    if (this.queueHead === this.queue.length) {
      this.queue = [];
      this.queueHead = 0;
    } else if (this.queueHead > 1024) {
      this.queue = this.queue.slice(this.queueHead);
      this.queueHead = 0;
    }
  }

  close(): void {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.socket?.destroy();
    this.socket = null;
    this.queue = [];
    this.queueHead = 0;
    this.queueBytes = 0;
  }
}

export class TcpTransport {
  readonly id: NodeId;
  readonly stats: TransportStats = { sent: 0, received: 0, dropped: 0, rejectedFrames: 0, connects: 0 };
  private readonly limits: TransportLimits;
  private readonly peers = new Map<NodeId, Peer>();
  private readonly inbound = new Set<net.Socket>();
  private server: net.Server | null = null;
  private readonly logger: TransportLogger;

  constructor(private readonly options: TcpTransportOptions) {
    this.id = options.id;
    this.limits = { ...defaultTransportLimits, ...options.limits };
    this.logger = options.logger ?? silent;
    for (const p of options.peers) if (p.id !== this.id) this.peers.set(p.id, new Peer(this, p, this.limits));
  }

  /** Listens, then starts connecting to every peer. Resolves with the bound port. */
  async start(): Promise<number> {
    const server = net.createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    for (const peer of this.peers.values()) peer.connect();
    return (server.address() as net.AddressInfo).port;
  }

  /** Queues `m` for its destination; returns false if it was dropped (unknown peer, full queue, oversized). */
  send(m: Message): boolean {
    const peer = this.peers.get(m.to);
    if (peer === undefined) {
      this.stats.dropped++;
      return false;
    }
    const payload = encodeMessage(m);
    if (payload.length > this.limits.frameBytesMax) {
      this.stats.dropped++;
      this.logger.warn({ to: m.to, type: m.type, bytes: payload.length }, 'raft message exceeds frameBytesMax; dropped');
      return false;
    }
    if (!peer.enqueue(frame(payload))) {
      this.stats.dropped++;
      return false;
    }
    return true;
  }

  isConnected(peer: NodeId): boolean {
    return this.peers.get(peer)?.isConnected ?? false;
  }

  async close(): Promise<void> {
    for (const peer of this.peers.values()) peer.close();
    for (const socket of this.inbound) socket.destroy();
    this.inbound.clear();
    const server = this.server;
    this.server = null;
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(socket: net.Socket): void {
    this.inbound.add(socket);
    socket.setNoDelay(true);
    const decoder = new FrameDecoder(this.limits.frameBytesMax);
    let from: NodeId | null = null;
    const reject = (reason: string): void => {
      this.stats.rejectedFrames++;
      this.logger.warn({ from, reason }, 'closing raft connection after a bad frame');
      socket.destroy();
    };
    socket.on('data', (chunk: Buffer) => {
      let frames: Buffer[];
      try {
        frames = decoder.push(chunk);
      } catch (err) {
        reject((err as Error).message);
        return;
      }
      for (let i = 0; i < frames.length; i++) {
        const payload = frames[i]!;
        if (from === null) {
          let hello: unknown;
          try {
            hello = helloPackr.unpack(payload);
          } catch {
            reject('undecodable hello');
            return;
          }
          const h = hello as { hello?: unknown; from?: unknown };
          const foreign = this.options.onForeignConnection;
          if (h.hello !== HELLO && typeof h.hello === 'string' && foreign !== undefined && typeof hello === 'object') {
            socket.removeAllListeners('data');
            socket.removeAllListeners('close');
            this.inbound.delete(socket);
            foreign(hello as Record<string, unknown>, socket, decoder, frames.slice(i + 1));
            return;
          }
          if (h.hello !== HELLO || typeof h.from !== 'number' || !this.peers.has(h.from)) {
            reject('bad hello');
            return;
          }
          from = h.from;
          continue;
        }
        let m: Message;
        try {
          m = decodeMessage(payload);
        } catch (err) {
          if (err instanceof MessageDecodeError) {
            reject(err.message);
            return;
          }
          throw err;
        }
        if (m.from !== from || m.to !== this.id) {
          reject(`message from ${m.from} to ${m.to} on the connection of ${from}`);
          return;
        }
        this.stats.received++;
        this.options.onMessage(m);
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => this.inbound.delete(socket));
  }
}
