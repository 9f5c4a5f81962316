import { createServer, type Server, type Socket } from 'node:net';
import {
  apis,
  decodeRequestHeader,
  encodeResponseHeader,
  Reader,
  requestHeaderVersion,
  responseHeaderVersion,
  Writer,
  type RequestByKey,
  type RequestHeader,
} from '@gregor/protocol';
import { FrameReceiver } from '../src/frame-receiver.js';

/**
 * A tiny scripted broker for connection tests: decodes request frames with the real codecs and
 * lets each test answer them (or not) as it likes. Listens on 127.0.0.1 only.
 */

export interface FakeRequest {
  readonly header: RequestHeader;
  readonly body: unknown;
  readonly socket: Socket;
}

/** What a handler returns: a response body to encode, raw frame bytes, or nothing (no answer). */
export type FakeReply = { body: unknown; version?: number } | { raw: Buffer } | null;

export type FakeHandler = (request: FakeRequest, broker: FakeBroker) => FakeReply | Promise<FakeReply>;

/** Encodes a response frame for a request at `version` (default the request's). */
export function encodeResponseFrame(apiKey: number, version: number, correlationId: number, body: unknown): Buffer {
  const w = new Writer();
  const at = w.reserve(4);
  encodeResponseHeader(w, responseHeaderVersion(apiKey, version), { correlationId });
  (apis[apiKey as keyof RequestByKey].encodeResponse as (w: Writer, v: number, m: unknown) => void)(w, version, body);
  w.patchInt32At(at, w.length - 4);
  return w.toBuffer();
}

export class FakeBroker {
  readonly requests: FakeRequest[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private handler: FakeHandler;
  port = 0;

  constructor(handler: FakeHandler) {
    this.handler = handler;
    this.server = createServer((socket) => this.accept(socket));
  }

  setHandler(handler: FakeHandler): void {
    this.handler = handler;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    const decoder = new FrameReceiver(64 * 1024 * 1024);
    // Answer strictly in arrival order, as a Kafka broker does, even when handlers are async.
    let chain = Promise.resolve();
    socket.on('data', (chunk: Buffer) => {
      decoder.push(chunk);
      for (let frame = decoder.next(); frame !== null; frame = decoder.next()) {
        const apiKey = frame.readInt16BE(0);
        const version = frame.readInt16BE(2);
        const r = new Reader(frame);
        const header = decodeRequestHeader(r, requestHeaderVersion(apiKey, version));
        let body: unknown = null;
        try {
          body = apis[apiKey as keyof RequestByKey].decodeRequest(r, version);
        } catch {
          body = null;
        }
        const request: FakeRequest = { header, body, socket };
        this.requests.push(request);
        chain = chain.then(async () => {
          const reply = await this.handler(request, this);
          if (reply === null || socket.destroyed) return;
          if ('raw' in reply) socket.write(reply.raw);
          else socket.write(encodeResponseFrame(apiKey, reply.version ?? version, header.correlationId, reply.body));
        });
      }
    });
  }
}

/** An ApiVersions v3+ answer listing every API the codecs know at their full ranges. */
export function apiVersionsBody(overrides: Record<number, { minVersion: number; maxVersion: number }> = {}): unknown {
  const apiKeys = Object.values(apis).map((spec) => ({
    apiKey: spec.key,
    minVersion: overrides[spec.key]?.minVersion ?? spec.minVersion,
    maxVersion: overrides[spec.key]?.maxVersion ?? spec.maxVersion,
  }));
  return { errorCode: 0, apiKeys, throttleTimeMs: 0, supportedFeatures: [], finalizedFeaturesEpoch: -1n, finalizedFeatures: [], zkMigrationReady: false };
}
