import { createServer, type Server, type Socket } from 'node:net';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetadataImage } from '@gregor/controller';
import { encodeApiVersionsResponse, encodeResponseHeader, ErrorCode, Writer } from '@gregor/protocol';
import type { Logger } from 'pino';
import type { BrokerConfig, Listener } from './config.js';
import { BrokerLifecycle, type BrokerState } from './cluster/broker-lifecycle.js';
import { ClusterAdmin } from './cluster/cluster-admin.js';
import { ControllerNode } from './cluster/controller-node.js';
import { ImageMetadataView } from './cluster/image-view.js';
import { MetadataFetcher } from './cluster/metadata-fetcher.js';
import { RpcClient } from './cluster/rpc.js';
import { brokerHandlers } from './handlers/registry.js';
import type { Handler } from './handlers/handler.js';
import { CONNECTIONS_MAX, REQUEST_FRAME_POOL_BUFFER_BYTES_MAX, REQUEST_FRAME_POOL_BYTES_MAX } from './limits.js';
import { UNSAFE_ACK_BEFORE_REPLICATION } from './unsafe.js';
import { createLogger } from './logger.js';
import { formatLogDir, newClusterId, readMetaProperties, type MetaProperties } from './meta-properties.js';
import { Connection } from './server/connection.js';
import { BufferPool } from './buffer-pool.js';
import { NodeMetrics } from './ops/node-metrics.js';
import { OpsServer } from './ops/ops-server.js';
import type { BrokerServices } from './services/broker-services.js';
import { FetchWaiters } from './services/fetch-waiters.js';
import { GroupCoordinator } from './groups/coordinator.js';
import { ProducerIdManager, type ProducerIdBlock } from './services/producer-ids.js';
import { LocalController } from './services/local-controller.js';
import type { MetadataView, TopicAdmin } from './services/metadata.js';
import { ReplicaManager, type ReplicationHooks } from './services/replica-manager.js';
import type { AlterPartitionResponse } from '@gregor/controller';
import type { WriteReply } from './cluster/controller-node.js';

/**
 * The broker epoch a cleanly stopped broker held, kept in its log dir (Kafka's
 * .kafka_cleanshutdown file, KIP-966) so that on restart it may re-register at once instead of
 * waiting for its old session to expire. Read once and removed, so a later crash never reuses it.
 */
const CLEAN_SHUTDOWN_FILE = '.kafka_cleanshutdown';

function takeCleanShutdownEpoch(logDir: string): number {
  const path = join(logDir, CLEAN_SHUTDOWN_FILE);
  if (!existsSync(path)) return -1;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { brokerEpoch?: unknown };
    return typeof parsed.brokerEpoch === 'number' ? parsed.brokerEpoch : -1;
  } catch {
    return -1;
  } finally {
    rmSync(path, { force: true });
  }
}

function writeCleanShutdownEpoch(logDir: string, brokerEpoch: number): void {
  writeFileSync(join(logDir, CLEAN_SHUTDOWN_FILE), JSON.stringify({ version: 0, brokerEpoch }));
}

/** How often logs are ticked (flush.ms, segment.ms checks). Kafka: log.flush.scheduler.interval.ms. */
const LOG_TICK_MS = 1000;
/** How often a leader reconsiders its partitions' ISR (shrinks and expansions). */
const ISR_CHECK_INTERVAL_MS = 500;
/** How long start() waits for the controller to unfence this broker. */
const UNFENCE_WAIT_MS = 120_000;
/** How long a clean stop waits for the controller to move leaderships off this broker. */
const CONTROLLED_SHUTDOWN_MS = 15_000;

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
 * A Gregor node. Standalone (no process.roles): one broker that is its own controller, with topic
 * metadata in a local file. In a cluster (process.roles and controller.quorum.voters set) the
 * node runs the controller role (a voter of the metadata quorum), the broker role, or both:
 * the broker registers with the active controller, heartbeats, follows the metadata log into
 * its image and serves clients from it. `start()` resolves once the node serves (a broker:
 * registered and unfenced); `stop()` is a controlled shutdown: leaderships move away first,
 * then connections close and logs are flushed and closed with their clean-shutdown markers.
 */
export class Broker {
  readonly config: BrokerConfig;
  readonly log: Logger;
  private readonly nowMs: () => number;
  private readonly servers: Server[] = [];
  private readonly connections = new Map<number, Connection>();
  private nextConnectionId = 1;
  /** Produce request frames assembled from several socket reads, shared by every connection. */
  private readonly framePool = new BufferPool({ minBytes: 64 * 1024, maxBufferBytes: REQUEST_FRAME_POOL_BUFFER_BYTES_MAX, maxPooledBytes: REQUEST_FRAME_POOL_BYTES_MAX });
  private timers: NodeJS.Timeout[] = [];
  private replicas: ReplicaManager | null = null;
  private groups: GroupCoordinator | null = null;
  private services: BrokerServices | null = null;
  private bound: BoundListener[] = [];
  private stopping = false;
  private handlers = new Map<number, Handler>();
  private accepting = false;
  private controller: ControllerNode | null = null;
  private lifecycle: BrokerLifecycle | null = null;
  private fetcher: MetadataFetcher | null = null;
  private rpc: RpcClient | null = null;
  private meta: MetaProperties | null = null;
  /** The operations endpoint (ops.listener): probes and Prometheus metrics; null when off. */
  private ops: OpsServer | null = null;
  private metrics: NodeMetrics | null = null;

  constructor(opts: BrokerOptions) {
    this.config = opts.config;
    this.log = opts.log ?? createLogger(opts.config.logLevel, { node: opts.config.nodeId });
    this.nowMs = opts.nowMs ?? Date.now;
  }

  /** Client listeners as bound (ports resolved when configured as 0). */
  get listeners(): readonly BoundListener[] {
    return this.bound;
  }

  get clusterId(): string {
    return this.meta?.clusterId ?? '';
  }

  get isClustered(): boolean {
    return this.config.processRoles.size > 0;
  }

  /** The controller role of this node, if it has one. */
  get controllerNode(): ControllerNode | null {
    return this.controller;
  }

  /**
   * The broker role's lifecycle for readiness: 'running' once registered, unfenced and serving
   * (a standalone broker: once serving); null on a controller-only node.
   */
  get brokerState(): BrokerState | null {
    if (!this.isClustered) return this.accepting ? 'running' : 'starting';
    if (!this.config.processRoles.has('broker')) return null;
    return this.accepting ? (this.lifecycle?.state ?? 'starting') : 'starting';
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** The broker's services once it serves clients (for the ops endpoint's metrics). */
  get brokerServices(): BrokerServices | null {
    return this.services;
  }

  /** Where ops.listener listens (port resolved when configured as 0); null when off. */
  get opsAddress(): { host: string; port: number } | null {
    return this.ops?.address ?? null;
  }

  async start(): Promise<void> {
    const started = performance.now();
    const config = this.config;
    const logDir = config.logDirs[0]!;
    this.meta = this.loadMetaProperties(logDir);
    if (config.opsListener !== null) {
      // Before joining the cluster: liveness must answer while a broker waits to be unfenced.
      this.metrics = new NodeMetrics(this);
      this.ops = await OpsServer.start({ ...config.opsListener, node: this, metrics: this.metrics, log: this.log });
    }
    if (UNSAFE_ACK_BEFORE_REPLICATION) this.log.warn('GREGOR_UNSAFE_ACK_BEFORE_REPLICATION is set: acks=all is answered before replication (chaos checker proof only)');

    if (this.isClustered) await this.startClustered(logDir);
    else await this.startStandalone(logDir);

    this.log.info(
      {
        clusterId: this.meta.clusterId,
        roles: [...config.processRoles],
        listeners: this.bound.map((l) => `${l.name}://${l.host}:${l.port}`),
        startupMs: Math.round(performance.now() - started),
      },
      'node started',
    );
  }

  private loadMetaProperties(logDir: string): MetaProperties {
    const config = this.config;
    const meta = readMetaProperties(logDir);
    if (meta === null) {
      if (this.isClustered && config.clusterId === null) {
        throw new Error(`${logDir} is not formatted: run \`gregor storage format --cluster-id <id>\` on every node (same id)`);
      }
      const formatted = formatLogDir(logDir, config.clusterId ?? newClusterId(), config.nodeId);
      this.log.info({ logDir, clusterId: formatted.clusterId }, 'formatted log directory');
      return formatted;
    }
    if (meta.nodeId !== config.nodeId) {
      throw new Error(`${logDir}/meta.properties belongs to node ${meta.nodeId}, but node.id is ${config.nodeId}`);
    }
    if (config.clusterId !== null && meta.clusterId !== config.clusterId) {
      throw new Error(`${logDir}/meta.properties belongs to cluster ${meta.clusterId}, but cluster.id is ${config.clusterId}`);
    }
    return meta;
  }

  private clientListeners(): Listener[] {
    return this.config.listeners.filter((l) => !this.config.controllerListenerNames.includes(l.name));
  }

  /** A single broker that is its own controller (topics in a local file). */
  private async startStandalone(logDir: string): Promise<void> {
    const config = this.config;
    for (const listener of this.clientListeners()) await this.listen(listener);
    const advertised = this.advertisedFor(this.bound[0]!.name);
    const controller = new LocalController({
      clusterId: this.meta!.clusterId,
      self: { nodeId: config.nodeId, host: advertised.host, port: advertised.port, rack: config.rack },
      metadataDir: join(logDir, '__cluster_metadata'),
      numPartitions: config.numPartitions,
      defaultReplicationFactor: config.defaultReplicationFactor,
    });
    const replicas = this.newReplicaManager(logDir, controller);
    controller.onChange((delta) => replicas.applyDelta(delta));
    await replicas.startup();
    this.finishStart(replicas, controller, controller, new ProducerIdManager(() => controller.allocateProducerIds()));
  }

  private async startClustered(logDir: string): Promise<void> {
    const config = this.config;
    const voters = config.controllerQuorumVoters;
    const clusterId = this.meta!.clusterId;
    if (config.processRoles.has('controller')) {
      this.controller = await ControllerNode.start({
        nodeId: config.nodeId,
        clusterId,
        voters,
        dataDir: logDir,
        log: this.log,
        electionTicks: Math.max(4, Math.round(config.controllerQuorumElectionTimeoutMs / 50)),
        controller: {
          sessionTimeoutMs: config.brokerSessionTimeoutMs,
          defaultNumPartitions: config.numPartitions,
          defaultReplicationFactor: config.defaultReplicationFactor,
          autoLeaderRebalanceEnable: config.autoLeaderRebalanceEnable,
          leaderImbalanceCheckIntervalMs: config.leaderImbalanceCheckIntervalMs,
          deleteTopicEnable: config.deleteTopicEnable,
        },
      });
    }
    if (!config.processRoles.has('broker')) return;

    for (const listener of this.clientListeners()) await this.listen(listener);
    const listenerName = this.bound[0]!.name;
    const rpc = new RpcClient(config.nodeId, voters);
    this.rpc = rpc;
    const controller = this.controller;
    const view = new ImageMetadataView({
      clusterId,
      image: MetadataImage.EMPTY,
      listenerName,
      nodeId: config.nodeId,
      activeController: () => (controller !== null ? controller.leaderId : rpc.activeGuess),
    });
    const replicas = this.newReplicaManager(logDir, view, {
      brokerEpoch: () => this.lifecycle?.epoch ?? -1,
      alterPartition: async (request) => (await rpc.call<WriteReply<AlterPartitionResponse>>('alterPartition', request, { timeoutMs: 10_000 })).response,
      replicaLagTimeMaxMs: config.replicaLagTimeMaxMs,
      peerAddress: (brokerId) => config.replicaFetchAddressOverrides.get(brokerId),
    });

    // Images are applied one at a time, newest wins: a burst of commits costs one delta.
    let applied = view.image.offset;
    let latest: MetadataImage | null = null;
    let applying = false;
    const offsetWaiters = new Set<{ offset: number; resolve: (ok: boolean) => void }>();
    // A restarted node relearns the metadata log's commit point, so its first images can be
    // older than what it acted on before it went down (its log may hold data of a newer leader
    // epoch). Acting on such an image could make it follow a deposed leader and truncate
    // acknowledged data. So, as Kafka's broker does, nothing is applied until the image reaches
    // this broker's own registration record (its epoch), which is newer than anything before the
    // restart.
    const caughtUp = (image: MetadataImage): boolean => {
      const epoch = this.lifecycle?.epoch ?? -1;
      return epoch >= 0 && image.offset >= epoch;
    };
    const apply = async (): Promise<void> => {
      if (applying) return;
      applying = true;
      try {
        while (latest !== null && caughtUp(latest)) {
          const next: MetadataImage = latest;
          latest = null;
          await replicas.applyDelta(view.update(next));
          applied = next.offset;
          for (const w of offsetWaiters) {
            if (w.offset > applied) continue;
            offsetWaiters.delete(w);
            w.resolve(true);
          }
        }
      } catch (err) {
        this.fatal(err, 'applying metadata failed');
      } finally {
        applying = false;
      }
    };
    const onImage = (image: MetadataImage) => {
      latest = image;
      void apply();
    };
    if (controller !== null) {
      controller.onImage(onImage);
      onImage(controller.image);
    } else {
      this.fetcher = new MetadataFetcher(rpc, MetadataImage.EMPTY, onImage, this.log);
      this.fetcher.start();
    }
    const waitForOffset = (offset: number, timeoutMs: number): Promise<boolean> => {
      if (applied >= offset) return Promise.resolve(true);
      return new Promise((resolve) => {
        const w = { offset, resolve: (ok: boolean) => (clearTimeout(timer), resolve(ok)) };
        const timer = setTimeout(() => (offsetWaiters.delete(w), resolve(false)), timeoutMs);
        offsetWaiters.add(w);
      });
    };

    const advertised = this.clientListeners().map((l) => {
      const a = this.advertisedFor(l.name);
      return { name: l.name, host: a.host, port: a.port };
    });
    this.lifecycle = new BrokerLifecycle({
      nodeId: config.nodeId,
      clusterId,
      listeners: advertised,
      rack: config.rack,
      rpc,
      heartbeatIntervalMs: config.brokerHeartbeatIntervalMs,
      metadataOffset: () => applied,
      previousBrokerEpoch: takeCleanShutdownEpoch(logDir),
      // The image holding the registration may have arrived before its epoch was known.
      onRegistered: () => void apply(),
      log: this.log,
    });
    await this.lifecycle.start();
    const producerIds = new ProducerIdManager(async () => {
      const reply = await rpc.call<WriteReply<ProducerIdBlock>>('allocateProducerIds', { brokerId: config.nodeId, brokerEpoch: this.lifecycle?.epoch ?? -1 }, { timeoutMs: 10_000 });
      return reply.response;
    });
    this.finishStart(replicas, view, new ClusterAdmin(rpc, view, waitForOffset), producerIds, rpc);
    const unfenced = await this.lifecycle.waitFor((s) => s === 'running', UNFENCE_WAIT_MS);
    if (!unfenced) this.log.warn({ waitedMs: UNFENCE_WAIT_MS }, 'still fenced: the controller has not unfenced this broker yet');
  }

  private newReplicaManager(logDir: string, metadata: MetadataView, replication?: ReplicationHooks): ReplicaManager {
    const replicas = new ReplicaManager({
      nodeId: this.config.nodeId,
      logDir,
      metadata,
      brokerDefaults: this.config.topicDefaults,
      nowMs: this.nowMs,
      log: this.log,
      ...(replication !== undefined ? { replication } : {}),
    });
    this.replicas = replicas;
    return replicas;
  }

  private finishStart(replicas: ReplicaManager, metadata: MetadataView, admin: TopicAdmin, producerIds: ProducerIdManager, controllers?: RpcClient): void {
    const config = this.config;
    const handlers = new Map<number, Handler>(brokerHandlers.map((h) => [h.apiKey, h]));
    const groups = new GroupCoordinator({ nodeId: config.nodeId, config: config.groups, replicas, metadata, admin, log: this.log, nowMs: this.nowMs });
    this.groups = groups;
    groups.start();
    this.services = {
      config,
      nodeId: config.nodeId,
      metadata,
      admin,
      replicas,
      fetchWaiters: new FetchWaiters(),
      producerIds,
      groups,
      apiVersions: [...handlers.values()]
        .map((h) => ({ apiKey: h.apiKey, minVersion: h.advertisedMinVersion ?? h.minVersion, maxVersion: h.maxVersion }))
        .sort((a, b) => a.apiKey - b.apiKey),
      log: this.log,
      nowMs: this.nowMs,
      ...(controllers !== undefined ? { controllers } : {}),
    };
    this.handlers = handlers;
    let cleaning = false;
    this.timers.push(
      setInterval(() => void replicas.tick().catch((err) => this.fatal(err, 'log tick failed')), LOG_TICK_MS),
      setInterval(() => {
        void replicas.runRetention().then(
          (deleted) => deleted > 0 && this.log.info({ segments: deleted }, 'retention deleted segments'),
          (err) => this.fatal(err, 'retention failed'),
        );
      }, config.logRetentionCheckIntervalMs),
      setInterval(() => {
        replicas.checkpointHighWatermarks().catch((err) => this.fatal(err, 'writing the high watermark checkpoint failed'));
      }, config.replicaHighWatermarkCheckpointIntervalMs),
      setInterval(() => void replicas.maintainIsr().catch((err) => this.log.warn({ err }, 'ISR maintenance failed')), ISR_CHECK_INTERVAL_MS),
      setInterval(() => {
        if (cleaning) return;
        cleaning = true;
        void replicas
          .runCleaner()
          .catch((err) => this.log.error({ err }, 'log cleaner pass failed'))
          .finally(() => {
            cleaning = false;
          });
      }, config.logCleanerBackoffMs),
    );
    for (const timer of this.timers) timer.unref();
    this.accepting = true;
  }

  private advertisedFor(listenerName: string): { host: string; port: number } {
    const bound = this.bound.find((b) => b.name === listenerName)!;
    const adv = this.config.advertisedListeners.find((l) => l.name === listenerName);
    if (adv === undefined) return { host: bound.host === '0.0.0.0' ? '127.0.0.1' : bound.host, port: bound.port };
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
      framePool: this.framePool,
      idleMs: this.config.connectionsMaxIdleMs,
      handlers: this.handlers,
      services: this.services,
      log: this.log,
      onClose: (closedId) => this.connections.delete(closedId),
      apiVersionsFallback: (correlationId) => this.apiVersionsFallback(correlationId),
      ...(this.metrics !== null ? { requestObserver: this.metrics.requests } : {}),
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
    if (this.lifecycle !== null) {
      const moved = await this.lifecycle.controlledShutdown(CONTROLLED_SHUTDOWN_MS);
      if (!moved) this.log.warn('controlled shutdown did not complete in time; stopping anyway');
      else if (this.lifecycle.epoch >= 0) writeCleanShutdownEpoch(this.config.logDirs[0]!, this.lifecycle.epoch);
    }
    this.accepting = false;
    for (const timer of this.timers) clearInterval(timer);
    // server.close() waits for open connections, so stop accepting first, then drop them.
    const closed = Promise.all(this.servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    for (const connection of [...this.connections.values()]) connection.close();
    await closed;
    this.lifecycle?.stop();
    this.fetcher?.stop();
    this.groups?.stop();
    if (this.replicas !== null) await this.replicas.shutdown();
    this.rpc?.close();
    if (this.controller !== null) await this.controller.stop();
    await this.ops?.close();
    this.log.info('node stopped');
  }
}
