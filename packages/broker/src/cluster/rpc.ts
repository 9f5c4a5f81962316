import { connect, type Socket } from 'node:net';
import { FrameDecoder } from '@gregor/raft';
import { Packr } from 'msgpackr';
import type { Logger } from 'pino';

/**
 * Cluster-internal RPC between brokers and controllers (BrokerRegistration, BrokerHeartbeat,
 * forwarded admin operations, AlterPartition, metadata fetches): msgpackr payloads in the same
 * 4-byte length frames as raft, on the controller listener. A connection opens with a hello
 * naming the caller; the raft transport hands such connections to `RpcServer.adopt`. Requests
 * carry ids and may be in flight together; every bound (frame size, requests in flight per
 * connection, per client) is explicit, and every call has a deadline.
 */
export const RPC_HELLO = 'gregor-rpc';
const RPC_VERSION = 1;

/** Largest RPC frame: metadata snapshots for a lagging broker are the biggest payloads. */
export const RPC_FRAME_BYTES_MAX = 64 * 1024 * 1024;
/** Requests a server runs at once for one connection; beyond it the socket is paused. */
const SERVER_IN_FLIGHT_PER_CONNECTION_MAX = 256;
/** Calls a client keeps in flight at once; more are refused with RpcError(REQUEST_TIMED_OUT). */
const CLIENT_IN_FLIGHT_MAX = 1024;

const packr = new Packr({ useRecords: false, moreTypes: false, int64AsType: 'number' });

/** Kafka error codes used by the RPC layer itself. */
const NOT_CONTROLLER = 41;
const REQUEST_TIMED_OUT = 7;
const NETWORK_EXCEPTION = 13;
const UNKNOWN_SERVER_ERROR = -1;

/** An RPC failure with Kafka's error code; NOT_CONTROLLER may name the active controller. */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  constructor(
    readonly code: number,
    message: string,
    readonly leaderId: number | null = null,
  ) {
    super(message);
  }
}

interface RequestFrame {
  readonly id: number;
  readonly method: string;
  readonly body: unknown;
}
interface ResponseFrame {
  readonly id: number;
  readonly ok: boolean;
  readonly body?: unknown;
  readonly code?: number;
  readonly message?: string;
  readonly leaderId?: number | null;
}

function frame(payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(4 + payload.length);
  out.writeUInt32BE(payload.length, 0);
  out.set(payload, 4);
  return out;
}

export type RpcHandler = (body: unknown, from: number) => Promise<unknown> | unknown;

/** Serves RPC methods on sockets adopted from the controller listener. */
export class RpcServer {
  private readonly handlers = new Map<string, RpcHandler>();
  private readonly sockets = new Set<Socket>();
  private readonly log: Logger;
  private closed = false;

  constructor(log: Logger) {
    this.log = log;
  }

  handle(method: string, handler: RpcHandler): void {
    this.handlers.set(method, handler);
  }

  /** Takes over a connection whose hello the raft transport did not recognise. */
  adopt(hello: Readonly<Record<string, unknown>>, socket: Socket, decoder: FrameDecoder, pending: Buffer[]): void {
    if (this.closed || hello['hello'] !== RPC_HELLO || typeof hello['from'] !== 'number' || hello['version'] !== RPC_VERSION) {
      socket.destroy();
      return;
    }
    const from = hello['from'];
    this.sockets.add(socket);
    let inFlight = 0;
    let paused = false;
    const reply = (response: ResponseFrame): void => {
      inFlight--;
      if (!socket.destroyed) socket.write(frame(packr.pack(response)));
      if (paused && inFlight < SERVER_IN_FLIGHT_PER_CONNECTION_MAX) {
        paused = false;
        socket.resume();
      }
    };
    const onFrame = (payload: Buffer): void => {
      let request: RequestFrame;
      try {
        request = packr.unpack(payload) as RequestFrame;
        if (typeof request.id !== 'number' || typeof request.method !== 'string') throw new Error('malformed request');
      } catch (err) {
        this.log.warn({ from, err: (err as Error).message }, 'closing rpc connection: bad frame');
        socket.destroy();
        return;
      }
      inFlight++;
      if (inFlight >= SERVER_IN_FLIGHT_PER_CONNECTION_MAX && !paused) {
        paused = true;
        socket.pause();
      }
      const handler = this.handlers.get(request.method);
      if (handler === undefined) {
        reply({ id: request.id, ok: false, code: UNKNOWN_SERVER_ERROR, message: `unknown rpc method ${request.method}` });
        return;
      }
      Promise.resolve()
        .then(() => handler(request.body, from))
        .then(
          (body) => reply({ id: request.id, ok: true, body }),
          (err: unknown) => {
            if (err instanceof RpcError) {
              reply({ id: request.id, ok: false, code: err.code, message: err.message, leaderId: err.leaderId });
            } else {
              this.log.error({ err, method: request.method, from }, 'rpc handler failed');
              reply({ id: request.id, ok: false, code: UNKNOWN_SERVER_ERROR, message: (err as Error)?.message ?? String(err) });
            }
          },
        );
    };
    socket.on('data', (chunk: Buffer) => {
      let frames: Buffer[];
      try {
        frames = decoder.push(chunk);
      } catch (err) {
        this.log.warn({ from, err: (err as Error).message }, 'closing rpc connection: oversized frame');
        socket.destroy();
        return;
      }
      for (const f of frames) onFrame(f);
    });
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    for (const f of pending) onFrame(f);
  }

  close(): void {
    this.closed = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }
}

export interface RpcTarget {
  readonly id: number;
  readonly host: string;
  readonly port: number;
}

interface PendingCall {
  readonly resolve: (body: unknown) => void;
  readonly reject: (err: RpcError) => void;
  readonly timer: NodeJS.Timeout;
}

/** One connection to one controller. */
class RpcConnection {
  private socket: Socket | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;
  private readonly calls = new Map<number, PendingCall>();
  private closed = false;

  constructor(
    readonly target: RpcTarget,
    private readonly selfId: number,
  ) {}

  get inFlight(): number {
    return this.calls.size;
  }

  private open(timeoutMs: number): Promise<void> {
    if (this.closed) return Promise.reject(new RpcError(NETWORK_EXCEPTION, 'rpc client closed'));
    if (this.ready !== null) return this.ready;
    this.ready = new Promise<void>((resolve, reject) => {
      const socket = connect({ host: this.target.host, port: this.target.port });
      socket.setNoDelay(true);
      const decoder = new FrameDecoder(RPC_FRAME_BYTES_MAX);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new RpcError(NETWORK_EXCEPTION, `connect to controller ${this.target.id} timed out`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.write(frame(packr.pack({ hello: RPC_HELLO, version: RPC_VERSION, from: this.selfId })));
        this.socket = socket;
        resolve();
      });
      socket.on('data', (chunk: Buffer) => {
        let frames: Buffer[];
        try {
          frames = decoder.push(chunk);
        } catch {
          socket.destroy();
          return;
        }
        for (const f of frames) this.onResponse(packr.unpack(f) as ResponseFrame);
      });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearTimeout(timer);
        reject(new RpcError(NETWORK_EXCEPTION, `connection to controller ${this.target.id} closed`));
        this.socket = null;
        this.ready = null;
        for (const [id, call] of this.calls) {
          clearTimeout(call.timer);
          call.reject(new RpcError(NETWORK_EXCEPTION, `connection to controller ${this.target.id} closed`));
          this.calls.delete(id);
        }
      });
    });
    return this.ready;
  }

  private onResponse(response: ResponseFrame): void {
    const call = this.calls.get(response.id);
    if (call === undefined) return;
    this.calls.delete(response.id);
    clearTimeout(call.timer);
    if (response.ok) call.resolve(response.body);
    else call.reject(new RpcError(response.code ?? UNKNOWN_SERVER_ERROR, response.message ?? 'rpc failed', response.leaderId ?? null));
  }

  async call(method: string, body: unknown, timeoutMs: number): Promise<unknown> {
    await this.open(timeoutMs);
    const socket = this.socket;
    if (socket === null) throw new RpcError(NETWORK_EXCEPTION, `not connected to controller ${this.target.id}`);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.calls.delete(id);
        reject(new RpcError(REQUEST_TIMED_OUT, `${method} to controller ${this.target.id} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.calls.set(id, { resolve, reject, timer });
      socket.write(frame(packr.pack({ id, method, body } satisfies RequestFrame)));
    });
  }

  close(): void {
    this.closed = true;
    this.socket?.destroy();
    for (const [id, call] of this.calls) {
      clearTimeout(call.timer);
      call.reject(new RpcError(NETWORK_EXCEPTION, 'rpc client closed'));
      this.calls.delete(id);
    }
  }
}

/**
 * Calls the active controller. It starts with its best guess (the last controller that answered,
 * or a hint from NOT_CONTROLLER), moves on to the next voter on connection failures, and retries
 * within the call's deadline, so callers see one answer or one error.
 */
export class RpcClient {
  private readonly connections: Map<number, RpcConnection>;
  private readonly order: readonly RpcTarget[];
  private guess = 0;
  private closed = false;

  constructor(
    private readonly selfId: number,
    targets: readonly RpcTarget[],
  ) {
    this.order = targets;
    this.connections = new Map(targets.map((t) => [t.id, new RpcConnection(t, selfId)]));
  }

  /** The controller the client currently believes active. */
  get activeGuess(): number {
    return this.order[this.guess]!.id;
  }

  async call<T>(method: string, body: unknown, opts: { timeoutMs?: number } = {}): Promise<T> {
    const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
    let lastError: RpcError = new RpcError(REQUEST_TIMED_OUT, `${method}: no controller answered`);
    let backoffMs = 25;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      if (this.closed) throw new RpcError(NETWORK_EXCEPTION, 'rpc client closed');
      const target = this.order[this.guess]!;
      const connection = this.connections.get(target.id)!;
      if (connection.inFlight >= CLIENT_IN_FLIGHT_MAX) throw new RpcError(REQUEST_TIMED_OUT, 'too many controller calls in flight');
      try {
        return (await connection.call(method, body, Math.max(1, deadline - Date.now()))) as T;
      } catch (err) {
        if (!(err instanceof RpcError)) throw err;
        lastError = err;
        if (err.code === NOT_CONTROLLER) {
          const hinted = err.leaderId === null ? -1 : this.order.findIndex((t) => t.id === err.leaderId);
          this.guess = hinted >= 0 && hinted !== this.guess ? hinted : (this.guess + 1) % this.order.length;
        } else if (err.code === NETWORK_EXCEPTION) {
          this.guess = (this.guess + 1) % this.order.length;
        } else {
          throw err;
        }
      }
      await new Promise((r) => setTimeout(r, Math.min(backoffMs, Math.max(0, deadline - Date.now()))));
      backoffMs = Math.min(backoffMs * 2, 500);
    }
    throw lastError;
  }

  close(): void {
    this.closed = true;
    for (const c of this.connections.values()) c.close();
  }
}
