import { connect as netConnect, type Socket } from 'node:net';
import {
  apis,
  ApiKey,
  decodeApiVersionsResponse,
  decodeResponseHeader,
  encodeRequestHeader,
  ErrorCode,
  KafkaError,
  Reader,
  requestHeaderVersion,
  responseHeaderVersion,
  Writer,
  type ApiVersionsResponse,
  type ApiVersionsResponseApiVersion,
  type RequestByKey,
  type ResponseByKey,
} from '@gregor/protocol';
import { ClientClosedError, ConnectionError, RequestTimeoutError, UnsupportedVersionError } from './errors.js';
import { FrameReceiver } from './frame-receiver.js';
import {
  CONNECT_TIMEOUT_MS_DEFAULT,
  IN_FLIGHT_REQUESTS_MAX_DEFAULT,
  QUEUED_REQUESTS_MAX,
  REQUEST_TIMEOUT_MS_DEFAULT,
  RESPONSE_FRAME_BYTES_MAX,
} from './limits.js';
import { clientVersionRange, negotiateVersions } from './versions.js';

export type ApiKeyNumber = keyof RequestByKey;

export interface ConnectionOptions {
  readonly host: string;
  readonly port: number;
  /** client.id, sent in every request header. */
  readonly clientId?: string;
  /** request.timeout.ms: how long a response may take before the connection is dropped. */
  readonly requestTimeoutMs?: number;
  /** TCP connect plus the ApiVersions handshake. */
  readonly connectTimeoutMs?: number;
  /** max.in.flight.requests.per.connection. */
  readonly inFlightRequestsMax?: number;
  /** Broker node id this connection is for (-1 for a bootstrap connection); informational. */
  readonly nodeId?: number;
}

export interface SendOptions {
  /** Version to speak; default the negotiated one. */
  readonly version?: number;
  /** Overrides requestTimeoutMs for this request (a long-poll fetch adds its maxWaitMs). */
  readonly timeoutMs?: number;
}

type Decode = (r: Reader, version: number) => unknown;

interface Pending {
  readonly apiKey: number;
  readonly version: number;
  readonly correlationId: number;
  readonly chunks: Buffer[];
  readonly timeoutMs: number;
  /** False for acks=0 produce: resolved once written, never matched to a response. */
  readonly expectsResponse: boolean;
  readonly decode: Decode;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  timer: NodeJS.Timeout | null;
}

/**
 * One TCP connection to a broker. Requests are length-framed and carry a correlation id; up to
 * inFlightRequestsMax are outstanding at once and the rest wait in a queue. Kafka answers the
 * requests of one connection in order, so each response must match the oldest in-flight
 * request; anything else means the stream is corrupt and the connection closes.
 *
 * connect() opens the socket and negotiates versions with ApiVersions (KIP-35): it first asks
 * at our highest version and, when the broker answers UNSUPPORTED_VERSION with a v0 body
 * (KIP-511), asks again at the highest ApiVersions version the broker listed.
 *
 * A request that gets no response within its timeout fails with RequestTimeoutError and takes
 * the connection down with it, as Kafka's NetworkClient does: later responses on the stream can
 * no longer be trusted to belong to anyone. Every failure of the socket fails every waiting
 * request with ConnectionError. Both are retriable.
 *
 * States: connecting -> open -> closed (close(), socket error, timeout, protocol error).
 */
export class Connection {
  readonly host: string;
  readonly port: number;
  readonly nodeId: number;
  private readonly clientId: string;
  private readonly requestTimeoutMs: number;
  private readonly inFlightRequestsMax: number;
  private readonly socket: Socket;
  private readonly receiver: FrameReceiver;
  private readonly inFlight: Pending[] = [];
  private inFlightHead = 0;
  private readonly queued: Pending[] = [];
  private nextCorrelationId = 1;
  private closedError: Error | null = null;
  private readonly closeListeners: Array<(error: Error) => void> = [];
  private readonly socketClosed: Promise<void>;
  private negotiated = new Map<number, number>();
  private brokerApis: readonly ApiVersionsResponseApiVersion[] = [];

  private constructor(socket: Socket, receiver: FrameReceiver, options: ConnectionOptions) {
    this.socket = socket;
    this.receiver = receiver;
    this.host = options.host;
    this.port = options.port;
    this.nodeId = options.nodeId ?? -1;
    this.clientId = options.clientId ?? 'gregor-client';
    this.requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS_DEFAULT;
    this.inFlightRequestsMax = Math.max(1, options.inFlightRequestsMax ?? IN_FLIGHT_REQUESTS_MAX_DEFAULT);
    this.socketClosed = new Promise((resolve) => socket.once('close', () => resolve()));
    receiver.onReceived = () => this.onReceived();
    socket.on('error', (error) => this.fail(new ConnectionError(`connection to ${this.address} failed: ${error.message}`, { cause: error })));
    socket.on('close', () => this.fail(new ConnectionError(`connection to ${this.address} closed`)));
  }

  /** Opens a connection and negotiates API versions; rejects with ConnectionError or KafkaError. */
  static async connect(options: ConnectionOptions): Promise<Connection> {
    const timeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS_DEFAULT;
    // Responses are read straight into their frames (see FrameReceiver), not into a new Buffer
    // per socket read.
    const receiver = new FrameReceiver(RESPONSE_FRAME_BYTES_MAX);
    const socket = netConnect({
      host: options.host,
      port: options.port,
      onread: {
        buffer: () => receiver.readTarget(),
        callback: (bytes: number) => {
          receiver.received(bytes);
          return true;
        },
      },
    });
    socket.setNoDelay(true);
    const address = `${options.host}:${options.port}`;
    let timer: NodeJS.Timeout | null = null;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        socket.destroy();
        reject(new ConnectionError(`connecting to ${address} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      await Promise.race([
        new Promise<void>((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('error', (error) => reject(new ConnectionError(`cannot connect to ${address}: ${error.message}`, { cause: error })));
        }),
        deadline,
      ]);
      const connection = new Connection(socket, receiver, options);
      try {
        await Promise.race([connection.negotiate(), deadline]);
      } catch (error) {
        connection.destroy();
        throw error;
      }
      return connection;
    } catch (error) {
      socket.destroy();
      throw error;
    } finally {
      if (timer !== null) clearTimeout(timer);
    }
  }

  get address(): string {
    return `${this.host}:${this.port}`;
  }

  get isOpen(): boolean {
    return this.closedError === null;
  }

  /** Requests written and awaiting a response. */
  get inFlightCount(): number {
    return this.inFlight.length - this.inFlightHead;
  }

  /** Requests waiting for an in-flight slot. */
  get queuedCount(): number {
    return this.queued.length;
  }

  /** True when a new request would be written at once rather than queued. */
  get hasCapacity(): boolean {
    return this.isOpen && this.queued.length === 0 && this.inFlightCount < this.inFlightRequestsMax;
  }

  /** The API ranges the broker advertised in ApiVersions. */
  get apiVersions(): readonly ApiVersionsResponseApiVersion[] {
    return this.brokerApis;
  }

  /** The negotiated version of an API, or -1 when broker and client share none. */
  versionOf(apiKey: number): number {
    return this.negotiated.get(apiKey) ?? -1;
  }

  /** The negotiated version of an API; throws UnsupportedVersionError when there is none. */
  versionFor(apiKey: number, minVersion = 0): number {
    const version = this.versionOf(apiKey);
    if (version < minVersion) {
      const name = apis[apiKey as ApiKeyNumber]?.name ?? `API ${apiKey}`;
      throw new UnsupportedVersionError(
        version < 0
          ? `broker ${this.address} serves no version of ${name} this client speaks`
          : `broker ${this.address} serves ${name} up to v${version}, this operation needs v${minVersion}`,
      );
    }
    return version;
  }

  /** Called once when the connection closes, with the reason. */
  onClose(listener: (error: Error) => void): void {
    if (this.closedError !== null) listener(this.closedError);
    else this.closeListeners.push(listener);
  }

  /**
   * Sends a request and resolves with its decoded response. Rejects with ConnectionError,
   * RequestTimeoutError, a DecodeError for an undecodable response, or UnsupportedVersionError.
   * Error codes inside the response are left for the caller.
   */
  send<K extends ApiKeyNumber>(apiKey: K, body: RequestByKey[K], options: SendOptions = {}): Promise<ResponseByKey[K]> {
    return this.enqueue(apiKey, body, options, true) as Promise<ResponseByKey[K]>;
  }

  /** Sends a request the broker does not answer (Produce with acks=0); resolves once written. */
  sendWithoutResponse<K extends ApiKeyNumber>(apiKey: K, body: RequestByKey[K], options: SendOptions = {}): Promise<void> {
    return this.enqueue(apiKey, body, options, false) as Promise<void>;
  }

  /** Closes the connection; waiting requests fail with ClientClosedError. */
  async close(): Promise<void> {
    if (this.closedError === null) {
      this.fail(new ClientClosedError(`connection to ${this.address}`));
      this.socket.end();
      const timer = setTimeout(() => this.socket.destroy(), 1000);
      await this.socketClosed;
      clearTimeout(timer);
    } else {
      this.socket.destroy();
      await this.socketClosed;
    }
  }

  /** Closes at once without waiting for the socket to drain. */
  destroy(): void {
    this.fail(new ClientClosedError(`connection to ${this.address}`));
    this.socket.destroy();
  }

  private async negotiate(): Promise<void> {
    const ours = clientVersionRange(ApiKey.ApiVersions)!;
    const request = { clientSoftwareName: 'gregor-client', clientSoftwareVersion: '0.1.0' };
    let response = await this.send(ApiKey.ApiVersions, request, { version: ours.max });
    if (response.errorCode === ErrorCode.UNSUPPORTED_VERSION) {
      // KIP-511: the broker answered with a v0 body listing what it serves; retry at its max.
      const theirs = response.apiKeys.find((api) => api.apiKey === ApiKey.ApiVersions);
      const version = Math.min(ours.max, theirs?.maxVersion ?? 0);
      response = await this.send(ApiKey.ApiVersions, request, { version });
    }
    if (response.errorCode !== ErrorCode.NONE) throw new KafkaError(response.errorCode, `ApiVersions from ${this.address}`);
    this.brokerApis = response.apiKeys;
    this.negotiated = negotiateVersions(response.apiKeys);
  }

  private enqueue(apiKey: number, body: unknown, options: SendOptions, expectsResponse: boolean): Promise<unknown> {
    if (this.closedError !== null) return Promise.reject(this.closedError);
    if (this.queued.length >= QUEUED_REQUESTS_MAX) {
      return Promise.reject(new ConnectionError(`${QUEUED_REQUESTS_MAX} requests are already queued on ${this.address}`));
    }
    const spec = apis[apiKey as ApiKeyNumber];
    let version: number;
    let chunks: Buffer[];
    const correlationId = this.nextCorrelationId;
    try {
      version = options.version ?? this.versionFor(apiKey);
      const w = new Writer(512);
      const sizeAt = w.reserve(4);
      encodeRequestHeader(w, requestHeaderVersion(apiKey, version), {
        requestApiKey: apiKey,
        requestApiVersion: version,
        correlationId,
        clientId: this.clientId,
      });
      (spec.encodeRequest as (w: Writer, v: number, m: unknown) => void)(w, version, body);
      w.patchInt32At(sizeAt, w.length - 4);
      chunks = w.toChunks();
    } catch (error) {
      return Promise.reject(error);
    }
    this.nextCorrelationId = correlationId === 0x7fffffff ? 1 : correlationId + 1;
    const decode: Decode = apiKey === ApiKey.ApiVersions ? decodeApiVersions : (spec.decodeResponse as Decode);
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        apiKey,
        version,
        correlationId,
        chunks,
        timeoutMs: options.timeoutMs ?? this.requestTimeoutMs,
        expectsResponse,
        decode,
        resolve,
        reject,
        timer: null,
      };
      if (this.queued.length === 0 && this.inFlightCount < this.inFlightRequestsMax) this.write(pending);
      else this.queued.push(pending);
    });
  }

  private write(pending: Pending): void {
    const socket = this.socket;
    const chunks = pending.chunks;
    if (chunks.length === 1) {
      if (pending.expectsResponse) socket.write(chunks[0]!);
      else socket.write(chunks[0]!, () => pending.resolve(undefined));
    } else {
      socket.cork();
      for (let i = 0; i < chunks.length - 1; i++) socket.write(chunks[i]!);
      if (pending.expectsResponse) socket.write(chunks[chunks.length - 1]!);
      else socket.write(chunks[chunks.length - 1]!, () => pending.resolve(undefined));
      socket.uncork();
    }
    if (!pending.expectsResponse) return;
    pending.timer = setTimeout(() => {
      const name = apis[pending.apiKey as ApiKeyNumber].name;
      const error = new RequestTimeoutError(
        `${name} v${pending.version} (correlation id ${pending.correlationId}) to ${this.address} got no response in ${pending.timeoutMs} ms`,
      );
      pending.timer = null;
      pending.reject(error);
      this.destroyWith(new ConnectionError(`connection to ${this.address} dropped after a request timed out`));
    }, pending.timeoutMs);
    this.inFlight.push(pending);
  }

  private onReceived(): void {
    if (this.closedError !== null) return;
    const receiver = this.receiver;
    for (let frame = receiver.next(); frame !== null; frame = receiver.next()) {
      this.onFrame(frame);
      if (this.closedError !== null) return;
    }
    if (receiver.error !== null) {
      // A frame size outside the bounds: the byte stream cannot be trusted any more.
      this.destroyWith(new ConnectionError(`bad response stream from ${this.address}: ${receiver.error.message}`));
      return;
    }
    this.drainQueue();
  }

  private onFrame(frame: Buffer): void {
    const pending = this.inFlight[this.inFlightHead];
    const correlationId = frame.length >= 4 ? frame.readInt32BE(0) : -1;
    if (pending === undefined || correlationId !== pending.correlationId) {
      this.destroyWith(
        new ConnectionError(
          `response with correlation id ${correlationId} from ${this.address} does not match the oldest request (${pending?.correlationId ?? 'none'})`,
        ),
      );
      return;
    }
    this.inFlight[this.inFlightHead] = undefined as unknown as Pending;
    this.inFlightHead++;
    if (this.inFlightHead > 64 && this.inFlightHead * 2 > this.inFlight.length) {
      this.inFlight.splice(0, this.inFlightHead);
      this.inFlightHead = 0;
    }
    if (pending.timer !== null) clearTimeout(pending.timer);
    let response: unknown;
    try {
      const r = new Reader(frame);
      decodeResponseHeader(r, responseHeaderVersion(pending.apiKey, pending.version));
      response = pending.decode(r, pending.version);
    } catch (error) {
      pending.reject(error as Error);
      return;
    }
    pending.resolve(response);
  }

  private drainQueue(): void {
    while (this.queued.length > 0 && this.inFlightCount < this.inFlightRequestsMax && this.closedError === null) {
      this.write(this.queued.shift()!);
    }
  }

  private destroyWith(error: Error): void {
    this.fail(error);
    this.socket.destroy();
  }

  private fail(error: Error): void {
    if (this.closedError !== null) return;
    this.closedError = error;
    for (let i = this.inFlightHead; i < this.inFlight.length; i++) {
      const pending = this.inFlight[i]!;
      if (pending.timer !== null) clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.inFlight.length = 0;
    this.inFlightHead = 0;
    for (const pending of this.queued) pending.reject(error);
    this.queued.length = 0;
    for (const listener of this.closeListeners) listener(error);
    this.closeListeners.length = 0;
  }
}

/**
 * ApiVersions responses: a broker that does not serve the requested version answers
 * UNSUPPORTED_VERSION with a v0 body (KIP-511), whatever version was asked. The error code is
 * the first field in every version, so peek at it before choosing the decoder.
 */
function decodeApiVersions(r: Reader, version: number): ApiVersionsResponse {
  if (version > 0 && r.remaining >= 2 && r.buf.readInt16BE(r.pos) === ErrorCode.UNSUPPORTED_VERSION) {
    return decodeApiVersionsResponse(r, 0);
  }
  return decodeApiVersionsResponse(r, version);
}
