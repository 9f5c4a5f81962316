import { connect as netConnect, type Socket } from 'node:net';
import {
  ApiKey,
  decodeFetchResponse,
  decodeResponseHeader,
  encodeFetchRequest,
  encodeRequestHeader,
  Reader,
  requestHeaderVersion,
  responseHeaderVersion,
  Writer,
  type FetchRequest,
  type FetchResponse,
} from '@gregor/protocol';
import { REPLICA_FETCH_FRAME_BYTES_MAX, REPLICA_FETCH_RECEIVE_BYTES_INITIAL } from './limits.js';

/**
 * A follower's connection to its leader, for replica fetches only (Kafka's fetcher thread keeps
 * a dedicated NetworkClient too). One Fetch is in flight at a time, so its response always
 * starts at the front of one receive buffer: the socket reads straight into that buffer
 * (net.Socket `onread`), and the decoded records are views of it. Replicated bytes are thus
 * neither copied nor allocated per response, which on the follower removed most of the garbage
 * collector's work (each new Buffer counts as external memory and brings the next major GC
 * closer).
 *
 * The contract that makes the reuse safe: a response's records stay valid until the next
 * fetch() is called (the leader sends nothing unasked). The replica fetcher appends them to the
 * log (a synchronous write) and keeps no reference before it sends its next fetch.
 *
 * The buffer grows to the largest response seen (bounded by REPLICA_FETCH_FRAME_BYTES_MAX) and
 * never shrinks; a grown buffer is a new one, so views of the old one stay intact.
 */
export class ReplicaFetchConnection {
  private readonly socket: Socket;
  private readonly clientId: string;
  private receive = Buffer.allocUnsafe(REPLICA_FETCH_RECEIVE_BYTES_INITIAL);
  private filled = 0;
  private pending: { version: number; correlationId: number; resolve: (r: FetchResponse) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | null = null;
  private nextCorrelationId = 1;
  private closedError: Error | null = null;

  private constructor(address: { host: string; port: number }, clientId: string) {
    this.clientId = clientId;
    // Node asks for the first read target inside connect(): the fields above already exist.
    this.socket = netConnect({
      host: address.host,
      port: address.port,
      onread: {
        buffer: () => this.readTarget(),
        callback: (bytes: number) => {
          this.onRead(bytes);
          return true;
        },
      },
    });
    this.socket.setNoDelay(true);
    this.socket.on('error', (error) => this.fail(new Error(`replica fetch connection failed: ${error.message}`, { cause: error })));
    this.socket.on('close', () => this.fail(new Error('replica fetch connection closed')));
  }

  /** Opens the TCP connection; rejects when it cannot be established within `timeoutMs`. */
  static open(address: { host: string; port: number }, clientId: string, timeoutMs: number): Promise<ReplicaFetchConnection> {
    const connection = new ReplicaFetchConnection(address, clientId);
    const socket = connection.socket;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        connection.destroy();
        reject(new Error(`connecting to ${address.host}:${address.port} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      const onError = (error: Error): void => {
        clearTimeout(timer);
        connection.destroy();
        reject(error);
      };
      socket.once('error', onError);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.off('error', onError);
        resolve(connection);
      });
    });
  }

  get isOpen(): boolean {
    return this.closedError === null;
  }

  /**
   * Sends one Fetch at `version` and resolves with its response; rejects on a socket error, a
   * malformed or mismatched response, or no response within `timeoutMs` (the connection is then
   * closed: later bytes could not be matched to a request). The response's records are views of
   * the receive buffer, valid until the next call.
   */
  fetch(request: FetchRequest, version: number, timeoutMs: number): Promise<FetchResponse> {
    if (this.closedError !== null) return Promise.reject(this.closedError);
    if (this.pending !== null) return Promise.reject(new Error('a replica fetch is already in flight'));
    const correlationId = this.nextCorrelationId;
    this.nextCorrelationId = correlationId === 0x7fffffff ? 1 : correlationId + 1;
    const w = new Writer(1024);
    const sizeAt = w.reserve(4);
    encodeRequestHeader(w, requestHeaderVersion(ApiKey.Fetch, version), { requestApiKey: ApiKey.Fetch, requestApiVersion: version, correlationId, clientId: this.clientId });
    encodeFetchRequest(w, version, request);
    w.patchInt32At(sizeAt, w.length - 4);
    const bytes = w.toBuffer();
    return new Promise<FetchResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = null;
        reject(new Error(`replica fetch (correlation id ${correlationId}) got no response in ${timeoutMs} ms`));
        this.destroy();
      }, timeoutMs);
      this.pending = { version, correlationId, resolve, reject, timer };
      this.socket.write(bytes);
    });
  }

  destroy(): void {
    this.fail(new Error('replica fetch connection closed'));
    this.socket.destroy();
  }

  /** Where the socket's next read lands: after what was received, in room for the whole frame. */
  private readTarget(): Buffer {
    let needed = this.filled + 1;
    if (this.filled >= 4) needed = Math.max(needed, 4 + this.receive.readInt32BE(0));
    if (needed > this.receive.length) {
      const grown = Buffer.allocUnsafe(Math.min(Math.max(needed, this.receive.length * 2), REPLICA_FETCH_FRAME_BYTES_MAX + 4));
      this.receive.copy(grown, 0, 0, this.filled);
      this.receive = grown;
    }
    return this.receive.subarray(this.filled);
  }

  private onRead(bytes: number): void {
    if (this.closedError !== null) return;
    this.filled += bytes;
    if (this.filled < 4) return;
    const size = this.receive.readInt32BE(0);
    if (size < 4 || size > REPLICA_FETCH_FRAME_BYTES_MAX) {
      this.destroyWith(new Error(`replica fetch response frame of ${size} bytes is outside 4..${REPLICA_FETCH_FRAME_BYTES_MAX}`));
      return;
    }
    if (this.filled < 4 + size) return;
    const pending = this.pending;
    if (this.filled > 4 + size || pending === null) {
      this.destroyWith(new Error('replica fetch connection received bytes it did not ask for'));
      return;
    }
    this.pending = null;
    clearTimeout(pending.timer);
    // The next read lands at the front again (Node takes the next read target as soon as this
    // callback returns). The frame's bytes stay intact meanwhile: nothing more arrives before
    // the next fetch is sent, and bytes that did would fail the check above first.
    this.filled = 0;
    let response: FetchResponse;
    try {
      const r = new Reader(this.receive.subarray(4, 4 + size));
      const header = decodeResponseHeader(r, responseHeaderVersion(ApiKey.Fetch, pending.version));
      if (header.correlationId !== pending.correlationId) throw new Error(`response correlation id ${header.correlationId}, expected ${pending.correlationId}`);
      response = decodeFetchResponse(r, pending.version);
    } catch (error) {
      pending.reject(error as Error);
      this.destroyWith(error as Error);
      return;
    }
    pending.resolve(response);
  }

  private destroyWith(error: Error): void {
    this.fail(error);
    this.socket.destroy();
  }

  private fail(error: Error): void {
    if (this.closedError !== null) return;
    this.closedError = error;
    const pending = this.pending;
    this.pending = null;
    if (pending !== null) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
  }
}
