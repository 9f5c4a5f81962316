import type { Socket } from 'node:net';
import {
  apiSpec,
  DecodeError,
  decodeRequestHeader,
  encodeResponseHeader,
  Reader,
  requestHeaderVersion,
  responseHeaderVersion,
  Writer,
} from '@gregor/protocol';
import type { Logger } from 'pino';
import { FrameReader, FrameTooLargeError, type Frame } from './frame-reader.js';
import type { BufferPool } from '../buffer-pool.js';
import { NO_RESPONSE, type Handler, type RequestContext } from '../handlers/handler.js';
import type { BrokerServices } from '../services/broker-services.js';
import { IN_FLIGHT_REQUESTS_PER_CONNECTION_MAX, SOCKET_WRITE_BUFFER_BYTES_MAX } from '../limits.js';

/** A request in flight: its response slot, filled when the handler finishes. */
interface Slot {
  readonly correlationId: number;
  done: boolean;
  /** The encoded response frame, or null for "no response" (acks=0). */
  chunks: Buffer[] | null;
  /** Run once the response is handed to the socket or dropped (RequestContext.onResponseWritten). */
  written: Array<() => void> | null;
}

function runWritten(slot: Slot): void {
  const callbacks = slot.written;
  if (callbacks === null) return;
  slot.written = null;
  for (const callback of callbacks) callback();
}

/**
 * Told about every answered request (the ops endpoint's per-API metrics). Called on the request
 * path, so implementations must be cheap and must not allocate per call.
 */
export interface RequestObserver {
  /** A monotonic timestamp in milliseconds, taken when a request frame is read. */
  startedMs(): number;
  requestDone(apiKey: number, startedMs: number, requestBytes: number, responseBytes: number): void;
}

export interface ConnectionOptions {
  readonly id: number;
  readonly socket: Socket;
  readonly listenerName: string;
  readonly frameBytesMax: number;
  /**
   * Where frames that span socket reads are assembled. A frame goes back to it once its handler
   * has settled when the handler says it keeps no views of it (Handler.requestBytesReusable).
   */
  readonly framePool?: BufferPool;
  readonly idleMs: number;
  readonly handlers: ReadonlyMap<number, Handler>;
  readonly services: BrokerServices;
  readonly log: Logger;
  readonly onClose: (id: number) => void;
  /** Answers an ApiVersions request whose version we do not serve (KIP-511 fallback). */
  readonly apiVersionsFallback: (correlationId: number) => Buffer;
  /** Per-API request metrics (set when ops.listener is on). */
  readonly requestObserver?: RequestObserver;
}

/**
 * One client connection. Requests are decoded and dispatched in arrival order, several may be
 * in flight at once, and responses are written strictly in request order (Kafka's per-connection
 * ordering guarantee, which clients rely on to match correlation ids). Reading pauses while too
 * many requests are outstanding or too many response bytes wait in the socket (back-pressure).
 * Malformed frames, unknown API keys and unsupported versions close the connection, as Kafka
 * does; handler failures are logged and close the connection rather than answer wrongly.
 */
export class Connection {
  private readonly opts: ConnectionOptions;
  private readonly frames: FrameReader;
  private readonly inFlight: Slot[] = [];
  private paused = false;
  private closed = false;
  private idleTimer: NodeJS.Timeout | null = null;
  readonly remoteAddress: string;

  constructor(opts: ConnectionOptions) {
    this.opts = opts;
    this.frames = new FrameReader(opts.frameBytesMax, opts.framePool ?? null);
    this.remoteAddress = `${opts.socket.remoteAddress ?? '?'}:${opts.socket.remotePort ?? '?'}`;
    const socket = opts.socket;
    socket.setNoDelay(true);
    socket.on('data', (data: Buffer) => this.onData(data));
    socket.on('drain', () => this.maybeResume());
    socket.on('error', (err) => {
      opts.log.debug({ err: err.message, connection: opts.id }, 'connection error');
      this.close();
    });
    socket.on('close', () => this.close());
    this.touch();
  }

  private touch(): void {
    if (this.idleTimer !== null) this.idleTimer.refresh();
    else {
      this.idleTimer = setTimeout(() => {
        this.opts.log.debug({ connection: this.opts.id }, 'closing idle connection (connections.max.idle.ms)');
        this.close();
      }, this.opts.idleMs);
      this.idleTimer.unref();
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.opts.socket.destroy();
    // Responses waiting behind an unfinished one are never written; still-running ones drop
    // theirs in complete().
    for (const slot of this.inFlight) if (slot.done) runWritten(slot);
    this.opts.onClose(this.opts.id);
  }

  private onData(data: Buffer): void {
    if (this.closed) return;
    this.touch();
    let frames: Frame[];
    try {
      frames = this.frames.push(data);
    } catch (err) {
      if (err instanceof FrameTooLargeError) {
        this.opts.log.warn({ connection: this.opts.id, remote: this.remoteAddress, reason: err.message }, 'closing connection: bad frame');
        this.close();
        return;
      }
      throw err;
    }
    for (const frame of frames) {
      if (this.closed) return;
      this.onFrame(frame);
    }
    this.maybePause();
  }

  private onFrame({ bytes: frame, pooled }: Frame): void {
    const observer = this.opts.requestObserver;
    const startedMs = observer !== undefined ? observer.startedMs() : 0;
    const requestBytes = frame.length + 4;
    const apiKey = frame.readInt16BE(0);
    const apiVersion = frame.readInt16BE(2);
    const correlationId = frame.readInt32BE(4);
    const handler = this.opts.handlers.get(apiKey);
    const spec = apiSpec(apiKey);
    const log = this.opts.log;
    // The frame's pool buffer goes back once the handler has settled, if it keeps no views of it.
    const pool = this.opts.framePool;
    let held = handler?.requestBytesReusable === true ? pooled : null;
    const releaseFrame = (): void => {
      if (held === null || pool === undefined) return;
      pool.release(held);
      held = null;
    };

    if (handler === undefined || spec === undefined) {
      log.warn({ connection: this.opts.id, apiKey, apiVersion }, 'closing connection: unsupported API key');
      this.close();
      return;
    }
    if (apiVersion < handler.minVersion || apiVersion > handler.maxVersion) {
      if (apiKey === 18) {
        // KIP-511: answer an ApiVersions of a version we do not know with a v0 response carrying
        // UNSUPPORTED_VERSION and our ranges, so the client can retry with a version we serve.
        this.enqueueEncoded(correlationId, [this.opts.apiVersionsFallback(correlationId)]);
        return;
      }
      log.warn({ connection: this.opts.id, api: spec.name, apiVersion }, 'closing connection: unsupported API version');
      this.close();
      return;
    }

    let request: unknown;
    let clientId: string | null = null;
    try {
      const reader = new Reader(frame);
      const header = decodeRequestHeader(reader, requestHeaderVersion(apiKey, apiVersion));
      clientId = header.clientId;
      request = spec.decodeRequest(reader, apiVersion);
      if (reader.remaining !== 0) throw new DecodeError(`${reader.remaining} trailing bytes after the request`);
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err;
      log.warn({ connection: this.opts.id, api: spec.name, apiVersion, reason: err.message }, 'closing connection: malformed request');
      this.close();
      return;
    }

    const slot: Slot = { correlationId, done: false, chunks: null, written: null };
    this.inFlight.push(slot);
    const ctx: RequestContext = {
      apiKey,
      apiVersion,
      correlationId,
      clientId,
      connectionId: this.opts.id,
      remoteAddress: this.remoteAddress,
      listenerName: this.opts.listenerName,
      services: this.opts.services,
      log,
      onResponseWritten: (callback) => (slot.written ??= []).push(callback),
    };
    const complete = (response: unknown): void => {
      releaseFrame();
      if (this.closed) {
        runWritten(slot);
        return;
      }
      if (response === NO_RESPONSE) {
        slot.chunks = null;
      } else {
        try {
          slot.chunks = this.encodeResponse(apiKey, apiVersion, correlationId, response);
        } catch (err) {
          log.error({ err, api: spec.name, apiVersion }, 'failed to encode a response; closing connection');
          runWritten(slot);
          this.close();
          return;
        }
      }
      slot.done = true;
      if (observer !== undefined) {
        let responseBytes = 0;
        const chunks = slot.chunks;
        if (chunks !== null) for (let i = 0; i < chunks.length; i++) responseBytes += chunks[i]!.length;
        observer.requestDone(apiKey, startedMs, requestBytes, responseBytes);
      }
      this.flush();
    };
    const fail = (err: unknown): void => {
      releaseFrame();
      runWritten(slot);
      log.error({ err, api: spec.name, apiVersion, connection: this.opts.id }, 'request handler failed; closing connection');
      this.close();
    };
    try {
      const result = handler.handle(request as never, ctx);
      if (result instanceof Promise) result.then(complete, fail);
      else complete(result);
    } catch (err) {
      fail(err);
    }
  }

  private encodeResponse(apiKey: number, apiVersion: number, correlationId: number, body: unknown): Buffer[] {
    const spec = apiSpec(apiKey)!;
    const w = new Writer(1024);
    const sizeAt = w.reserve(4);
    encodeResponseHeader(w, responseHeaderVersion(apiKey, apiVersion), { correlationId });
    spec.encodeResponse(w, apiVersion, body as never);
    w.patchInt32At(sizeAt, w.length - 4);
    return w.toChunks();
  }

  private enqueueEncoded(correlationId: number, chunks: Buffer[]): void {
    this.inFlight.push({ correlationId, done: true, chunks, written: null });
    this.flush();
  }

  /** Writes every finished response at the head of the queue, in request order. */
  private flush(): void {
    const socket = this.opts.socket;
    let corked = false;
    while (this.inFlight.length > 0 && this.inFlight[0]!.done) {
      const slot = this.inFlight.shift()!;
      const chunks = slot.chunks;
      if (chunks === null) {
        runWritten(slot);
        continue;
      }
      if (!corked) {
        socket.cork();
        corked = true;
      }
      const last = chunks.length - 1;
      for (let i = 0; i < last; i++) socket.write(chunks[i]!);
      // Write callbacks run in order, also with an error when the socket is destroyed first.
      if (slot.written === null) socket.write(chunks[last]!);
      else socket.write(chunks[last]!, () => runWritten(slot));
    }
    if (corked) socket.uncork();
    this.maybePause();
    this.maybeResume();
  }

  private get overloaded(): boolean {
    return (
      this.inFlight.length >= IN_FLIGHT_REQUESTS_PER_CONNECTION_MAX ||
      this.opts.socket.writableLength >= SOCKET_WRITE_BUFFER_BYTES_MAX
    );
  }

  private maybePause(): void {
    if (!this.paused && !this.closed && this.overloaded) {
      this.paused = true;
      this.opts.socket.pause();
    }
  }

  private maybeResume(): void {
    if (this.paused && !this.closed && !this.overloaded) {
      this.paused = false;
      this.opts.socket.resume();
    }
  }
}
