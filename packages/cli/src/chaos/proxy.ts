import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A fault-injecting TCP proxy for one directed node-to-node path (the kernel here has no netem).
 * It forwards bytes both ways and can, on command: cut the path (close every connection and
 * refuse new ones), drop everything flowing one way (a one-way partition: the other direction
 * still flows, so TCP stays up and the receiver just hears nothing), or delay every chunk.
 */
export type ProxyMode = 'pass' | 'cut' | 'drop-forward' | 'drop-backward';

export class FaultProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private mode: ProxyMode = 'pass';
  private delayMs = 0;
  port = 0;

  constructor(
    private readonly target: { host: string; port: number },
    private readonly listenPort = 0,
  ) {}

  async start(): Promise<number> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.listenPort, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    return this.port;
  }

  get currentMode(): ProxyMode {
    return this.mode;
  }

  setMode(mode: ProxyMode): void {
    const wasDropping = this.mode === 'drop-forward' || this.mode === 'drop-backward';
    this.mode = mode;
    // Cutting closes everything; ending a drop does too, since the streams lost bytes midway.
    if (mode === 'cut' || (wasDropping && mode === 'pass')) this.closeAll();
  }

  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  private closeAll(): void {
    for (const p of this.pairs) {
      p.client.destroy();
      p.upstream.destroy();
    }
    this.pairs.clear();
  }

  private accept(client: Socket): void {
    if (this.mode === 'cut') {
      client.destroy();
      return;
    }
    client.setNoDelay(true);
    const upstream = connect({ host: this.target.host, port: this.target.port });
    upstream.setNoDelay(true);
    const pair = { client, upstream };
    this.pairs.add(pair);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
    this.pipe(client, upstream, 'forward');
    this.pipe(upstream, client, 'backward');
  }

  /** Forwards chunks in order, dropping or delaying them as the mode says. */
  private pipe(from: Socket, to: Socket, direction: 'forward' | 'backward'): void {
    let queue: Promise<void> = Promise.resolve();
    from.on('data', (chunk: Buffer) => {
      if (this.mode === 'cut') return;
      if ((direction === 'forward' && this.mode === 'drop-forward') || (direction === 'backward' && this.mode === 'drop-backward')) return;
      const delay = this.delayMs;
      if (delay <= 0) {
        if (!to.destroyed) to.write(chunk);
        return;
      }
      queue = queue.then(() => new Promise<void>((resolve) => setTimeout(() => {
        if (!to.destroyed) to.write(chunk);
        resolve();
      }, delay)));
    });
  }

  async stop(): Promise<void> {
    this.closeAll();
    const server = this.server;
    this.server = null;
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
