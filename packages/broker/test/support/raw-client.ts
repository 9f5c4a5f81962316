import { connect, type Socket } from 'node:net';
import {
  apis,
  decodeResponseHeader,
  encodeRequestHeader,
  Reader,
  requestHeaderVersion,
  responseHeaderVersion,
  Writer,
  type RequestByKey,
  type ResponseByKey,
} from '@gregor/protocol';

/**
 * A minimal raw Kafka connection for protocol-level tests: sends exactly the bytes we choose
 * (well-formed requests of any version, or garbage) and reads response frames, so tests can see
 * precisely what the broker answers or whether it closes the connection.
 */
export class RawClient {
  private readonly socket: Socket;
  private buffered = Buffer.alloc(0);
  private waiting: Array<(frame: Buffer | null) => void> = [];
  private frames: Buffer[] = [];
  private correlation = 1;
  closed = false;
  private closedWaiters: Array<() => void> = [];

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (d: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, d]);
      while (this.buffered.length >= 4) {
        const size = this.buffered.readInt32BE(0);
        if (this.buffered.length < 4 + size) break;
        const frame = this.buffered.subarray(4, 4 + size);
        this.buffered = this.buffered.subarray(4 + size);
        const waiter = this.waiting.shift();
        if (waiter) waiter(frame);
        else this.frames.push(frame);
      }
    });
    const onClose = () => {
      this.closed = true;
      for (const w of this.waiting) w(null);
      this.waiting = [];
      for (const w of this.closedWaiters) w();
    };
    socket.on('close', onClose);
    socket.on('error', () => undefined);
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host }, () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  writeRaw(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Next response frame (without size prefix), or null if the broker closed the connection. */
  nextFrame(timeoutMs = 5000): Promise<Buffer | null> {
    const queued = this.frames.shift();
    if (queued) return Promise.resolve(queued);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no response within timeout')), timeoutMs);
      this.waiting.push((frame) => {
        clearTimeout(timer);
        resolve(frame);
      });
    });
  }

  /** Resolves true when the broker closes the connection within the timeout. */
  waitClosed(timeoutMs = 5000): Promise<boolean> {
    if (this.closed) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.closedWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  encode<K extends keyof RequestByKey>(key: K, version: number, body: RequestByKey[K], correlationId = this.correlation++): Buffer {
    const w = new Writer(256);
    const at = w.reserve(4);
    encodeRequestHeader(w, requestHeaderVersion(key, version), {
      requestApiKey: key,
      requestApiVersion: version,
      correlationId,
      clientId: 'raw-test',
    });
    apis[key].encodeRequest(w, version, body);
    w.patchInt32At(at, w.length - 4);
    return w.toBuffer();
  }

  async request<K extends keyof RequestByKey>(key: K, version: number, body: RequestByKey[K]): Promise<ResponseByKey[K]> {
    const correlationId = this.correlation++;
    this.writeRaw(this.encode(key, version, body, correlationId));
    const frame = await this.nextFrame();
    if (frame === null) throw new Error('connection closed by broker');
    const r = new Reader(frame);
    const header = decodeResponseHeader(r, responseHeaderVersion(key, version));
    if (header.correlationId !== correlationId) throw new Error(`correlation ${header.correlationId} != ${correlationId}`);
    return apis[key].decodeResponse(r, version);
  }

  close(): void {
    this.socket.destroy();
  }
}
