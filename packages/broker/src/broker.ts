import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { encodeApiVersionsResponse, encodeResponseHeader, ErrorCode, Writer } from '@gregor/protocol';
import type { Logger } from 'pino';
import type { BrokerConfig, Listener } from './config.js';
import { brokerHandlers } from './handlers/registry.js';
import type { Handler } from './handlers/handler.js';
import { CONNECTIONS_MAX } from './limits.js';
import { createLogger } from './logger.js';
import { formatLogDir, newClusterId, readMetaProperties } from './meta-properties.js';
import { Connection } from './server/connection.js';
import type { BrokerServices } from './services/broker-services.js';
import { FetchWaiters } from './services/fetch-waiters.js';
import { LocalController } from './services/local-controller.js';
import { ReplicaManager } from './services/replica-manager.js';

/** How often logs are ticked (flush.ms, segment.ms checks). Kafka: log.flush.scheduler.interval.ms. */
const LOG_TICK_MS = 1000;

export interface BrokerOptions {
  readonly config: BrokerConfig;
  readonly log?: Logger;
  readonly nowMs?: () => number;
}

export interface BoundListener {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/**
 * A single-node Gregor broker: the log directory (formatted with meta.properties on first
 * start), the local controller holding topic metadata, the replica manager holding partition
 * logs, and one TCP server per listener. `start()` resolves once every listener accepts
 * connections; `stop()` closes listeners and connections, then flushes and closes every log
 * (writing the clean-shutdown markers that let the next start skip recovery).
 */
export class Broker {
  readonly config: BrokerConfig;
  readonly log: Logger;
  private readonly nowMs: () => number;
  private readonly servers: Server[] = [];
  private readonly connections = new Map<number, Connection>();
  private nextConnectionId = 1;
  private timers: NodeJS.Timeout[] = [];
  private replicas: ReplicaManager | null = null;
  private services: BrokerServices | null = null;
  private bound: BoundListener[] = [];
  private stopping = false;

  constructor(opts: BrokerOptions) {
    this.config = opts.config;
    this.log = opts.log ?? createLogger(opts.config.logLevel, { node: opts.config.nodeId });
    this.nowMs = opts.nowMs ?? Date.now;
  }

  get listeners(): readonly BoundListener[] {
    return this.bound;
  }

  get clusterId(): string {
    return this.services?.metadata.clusterId ?? '';
  }

  async start(): Promise<void> {
    const started = performance.now();
    const config = this.config;
    const logDir = config.logDirs[0]!;
    let meta = readMetaProperties(logDir);
    if (meta === null) {
      meta = formatLogDir(logDir, config.clusterId ?? newClusterId(), config.nodeId);
      this.log.info({ logDir, clusterId: meta.clusterId }, 'formatted log directory');
    } else if (meta.nodeId !== config.nodeId) {
      throw new Error(`${logDir}/meta.properties belongs to node ${meta.nodeId}, but node.id is ${config.nodeId}`);
    } else if (config.clusterId !== null && meta.clusterId !== config.clusterId) {
      throw new Error(`${logDir}/meta.properties belongs to cluster ${meta.clusterId}, but cluster.id is ${config.clusterId}`);
    }

    // Bind first: the advertised port may be 0 (ephemeral) and metadata must name the real one.
    for (const listener of config.listeners) await this.listen(listener);
    const advertised = this.advertisedFor(config.listeners[0]!.name);

    const controller = new LocalController({
      clusterId: meta.clusterId,
      self: { nodeId: config.nodeId, host: advertised.host, port: advertised.port, rack: config.rack },
      metadataDir: join(logDir, '__cluster_metadata'),
      numPartitions: config.numPartitions,
      defaultReplicationFactor: config.defaultReplicationFactor,
    });
    const replicas = new ReplicaManager({
      nodeId: config.nodeId,
      logDir,
      metadata: controller,
      brokerDefaults: config.topicDefaults,
      nowMs: this.nowMs,
      log: this.log,
    });
    controller.onChange((delta) => replicas.applyDelta(delta));
    await replicas.startup();
    this.replicas = replicas;

    const handlers = new Map<number, Handler>(brokerHandlers.map((h) => [h.apiKey, h]));
    this.services = {
      config,
      nodeId: config.nodeId,
      metadata: controller,
      admin: controller,
      replicas,
      fetchWaiters: new FetchWaiters(),
      apiVersions: [...handlers.values()]
        .map((h) => ({ apiKey: h.apiKey, minVersion: h.advertisedMinVersion ?? h.minVersion, maxVersion: h.maxVersion }))
        .sort((a, b) => a.apiKey - b.apiKey),
      log: this.log,
      nowMs: this.nowMs,
    };
    this.handlers = handlers;

    this.timers.push(
      setInterval(() => void replicas.tick().catch((err) => this.fatal(err, 'log tick failed')), LOG_TICK_MS),
      setInterval(() => {
        void replicas.runRetention().then(
          (deleted) => deleted > 0 && this.log.info({ segments: deleted }, 'retention deleted segments'),
          (err) => this.fatal(err, 'retention failed'),
        );
      }, config.logRetentionCheckIntervalMs),
    );
    for (const timer of this.timers) timer.unref();
    this.accepting = true;
    this.log.info(
      {
        clusterId: meta.clusterId,
        listeners: this.bound.map((l) => `${l.name}://${l.host}:${l.port}`),
        startupMs: Math.round(performance.now() - started),
      },
      'broker started',
    );
  }

  private handlers = new Map<number, Handler>();
  private accepting = false;

  private advertisedFor(listenerName: string): { host: string; port: number } {
    const bound = this.bound.find((b) => b.name === listenerName)!;
    const adv = this.config.advertisedListeners.find((l) => l.name === listenerName);
    if (adv === undefined) return bound;
    const host = adv.host === '' || adv.host === '0.0.0.0' ? '127.0.0.1' : adv.host;
    return { host, port: adv.port === 0 ? bound.port : adv.port };
  }

  private listen(listener: Listener): Promise<void> {
    const server = createServer({ noDelay: true }, (socket) => this.accept(socket, listener.name));
    server.maxConnections = CONNECTIONS_MAX;
    this.servers.push(server);
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: listener.host === '' ? '0.0.0.0' : listener.host, port: listener.port }, () => {
        server.off('error', reject);
        const address = server.address();
        const port = typeof address === 'object' && address !== null ? address.port : listener.port;
        this.bound.push({ name: listener.name, host: listener.host === '' ? '0.0.0.0' : listener.host, port });
        resolve();
      });
    });
  }

  private accept(socket: Socket, listenerName: string): void {
    if (!this.accepting || this.services === null) {
      socket.destroy();
      return;
    }
    const id = this.nextConnectionId++;
    const connection = new Connection({
      id,
      socket,
      listenerName,
      frameBytesMax: this.config.socketRequestMaxBytes,
      idleMs: this.config.connectionsMaxIdleMs,
      handlers: this.handlers,
      services: this.services,
      log: this.log,
      onClose: (closedId) => this.connections.delete(closedId),
      apiVersionsFallback: (correlationId) => this.apiVersionsFallback(correlationId),
    });
    this.connections.set(id, connection);
  }

  /** KIP-511: a v0 ApiVersions response with UNSUPPORTED_VERSION and the versions we serve. */
  private apiVersionsFallback(correlationId: number): Buffer {
    const w = new Writer(512);
    const sizeAt = w.reserve(4);
    encodeResponseHeader(w, 0, { correlationId });
    encodeApiVersionsResponse(w, 0, {
      errorCode: ErrorCode.UNSUPPORTED_VERSION,
      apiKeys: this.services!.apiVersions.map((v) => ({ ...v })),
      throttleTimeMs: 0,
    });
    w.patchInt32At(sizeAt, w.length - 4);
    return w.toBuffer();
  }

  private fatal(err: unknown, msg: string): void {
    // An fsync or write error leaves the page cache untrustworthy (STYLE.md principle 8): stop.
    this.log.fatal({ err }, msg);
    void this.stop().finally(() => process.exit(1));
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.accepting = false;
    for (const timer of this.timers) clearInterval(timer);
    // server.close() waits for open connections, so stop accepting first, then drop them.
    const closed = Promise.all(this.servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    for (const connection of [...this.connections.values()]) connection.close();
    await closed;
    if (this.replicas !== null) await this.replicas.shutdown();
    this.log.info('broker stopped');
  }
}
