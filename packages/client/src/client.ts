import { ApiKey, ErrorCode, KafkaError, ZERO_UUID, type RequestByKey, type ResponseByKey } from '@gregor/protocol';
import { formatAddress, parseBootstrapServers, type BrokerAddress } from './address.js';
import { Connection, type ApiKeyNumber, type SendOptions } from './connection.js';
import { ClientClosedError, ConnectionError, isRetriable, isStaleMetadataCode } from './errors.js';
import {
  CONNECT_TIMEOUT_MS_DEFAULT,
  IN_FLIGHT_REQUESTS_MAX_DEFAULT,
  METADATA_MAX_AGE_MS_DEFAULT,
  REQUEST_TIMEOUT_MS_DEFAULT,
  RETRIES_DEFAULT,
  RETRY_BACKOFF_MS_DEFAULT,
  RETRY_BACKOFF_MS_MAX_DEFAULT,
} from './limits.js';

export interface ClientOptions {
  /** bootstrap.servers: "host:port,host:port" or a list. */
  readonly bootstrapServers: string | readonly string[];
  readonly clientId?: string;
  readonly requestTimeoutMs?: number;
  readonly connectTimeoutMs?: number;
  readonly inFlightRequestsMax?: number;
  /** Retries of retriable errors in admin calls and offset lookups. */
  readonly retries?: number;
  readonly retryBackoffMs?: number;
  readonly retryBackoffMaxMs?: number;
  readonly metadataMaxAgeMs?: number;
  /** Clock (ms since the epoch); tests may pass a fake one. */
  readonly nowMs?: () => number;
}

export interface BrokerInfo {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
  readonly rack: string | null;
}

export interface PartitionInfo {
  readonly partition: number;
  /** Leader broker id, -1 while there is none. */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly offlineReplicas: readonly number[];
  /** Error code of the partition in the metadata response (LEADER_NOT_AVAILABLE...). */
  readonly errorCode: number;
}

export interface TopicInfo {
  readonly name: string;
  /** Base64 topic id (Metadata v10+), ZERO_UUID from older brokers. */
  readonly topicId: string;
  readonly isInternal: boolean;
  /** Indexed by partition number. */
  readonly partitions: readonly PartitionInfo[];
}

export interface ClusterMetadata {
  readonly clusterId: string | null;
  readonly controllerId: number;
  readonly brokers: ReadonlyMap<number, BrokerInfo>;
  readonly topics: ReadonlyMap<string, TopicInfo>;
}

/**
 * The cluster as a client sees it: bootstrap servers, a metadata cache, and one connection per
 * broker id. Producer, Consumer and Admin share one Client.
 *
 * Metadata is fetched for the topics of interest (every topic a caller asked about) and cached;
 * it is refreshed when older than metadataMaxAgeMs, when a caller marks it stale after
 * NOT_LEADER_OR_FOLLOWER, UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE and their kin, and on
 * demand. Concurrent refreshes are coalesced into one Metadata request.
 */
export class Client {
  readonly clientId: string;
  readonly retries: number;
  readonly requestTimeoutMs: number;
  readonly nowMs: () => number;
  private readonly bootstrap: BrokerAddress[];
  private readonly connectTimeoutMs: number;
  private readonly inFlightRequestsMax: number;
  readonly retryBackoffMs: number;
  private readonly retryBackoffMaxMs: number;
  private readonly metadataMaxAgeMs: number;
  private readonly connections = new Map<number, Promise<Connection>>();
  private readonly openConnections = new Map<number, Connection>();
  private bootstrapConnection: Promise<Connection> | null = null;
  private bootstrapIndex = 0;
  private clusterId: string | null = null;
  private controllerId = -1;
  private brokers = new Map<number, BrokerInfo>();
  private topics = new Map<string, TopicInfo>();
  private readonly interest = new Set<string>();
  private metadataUpdatedMs = -Infinity;
  private isMetadataStale = true;
  private refreshing: { promise: Promise<void>; topics: Set<string> } | null = null;
  private closed = false;

  constructor(options: ClientOptions) {
    this.bootstrap = parseBootstrapServers(options.bootstrapServers);
    this.clientId = options.clientId ?? 'gregor-client';
    this.requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS_DEFAULT;
    this.connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS_DEFAULT;
    this.inFlightRequestsMax = options.inFlightRequestsMax ?? IN_FLIGHT_REQUESTS_MAX_DEFAULT;
    this.retries = options.retries ?? RETRIES_DEFAULT;
    this.retryBackoffMs = options.retryBackoffMs ?? RETRY_BACKOFF_MS_DEFAULT;
    this.retryBackoffMaxMs = options.retryBackoffMaxMs ?? RETRY_BACKOFF_MS_MAX_DEFAULT;
    this.metadataMaxAgeMs = options.metadataMaxAgeMs ?? METADATA_MAX_AGE_MS_DEFAULT;
    this.nowMs = options.nowMs ?? Date.now;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The cached metadata (possibly empty or stale). */
  get cluster(): ClusterMetadata {
    return { clusterId: this.clusterId, controllerId: this.controllerId, brokers: this.brokers, topics: this.topics };
  }

  /** Cached metadata of a topic, if any. */
  cachedTopic(name: string): TopicInfo | undefined {
    return this.topics.get(name);
  }

  /** True when the cache is marked stale or older than metadataMaxAgeMs (metadata.max.age.ms). */
  get isMetadataDue(): boolean {
    return this.isMetadataStale || this.nowMs() - this.metadataUpdatedMs >= this.metadataMaxAgeMs;
  }

  /** Marks the metadata stale: the next lookup refreshes it. */
  invalidateMetadata(): void {
    this.isMetadataStale = true;
  }

  /**
   * Fetches metadata for `topics` (added to the topics of interest) or, with null, for every
   * topic, and returns the updated cache. Errors of individual topics are left in the result
   * (a missing topic is absent from `topics`).
   */
  async refreshMetadata(topics: readonly string[] | null = [], options: { allowAutoTopicCreation?: boolean } = {}): Promise<ClusterMetadata> {
    this.checkOpen();
    if (topics === null) {
      await this.fetchMetadata(null, options.allowAutoTopicCreation ?? false);
      return this.cluster;
    }
    for (const topic of topics) this.interest.add(topic);
    const wanted = new Set(this.interest);
    const inFlight = this.refreshing;
    if (inFlight !== null && !options.allowAutoTopicCreation && [...wanted].every((t) => inFlight.topics.has(t))) {
      await inFlight.promise;
      return this.cluster;
    }
    const promise = (async () => {
      if (inFlight !== null) await inFlight.promise.catch(() => undefined);
      await this.fetchMetadata([...wanted], options.allowAutoTopicCreation ?? false);
    })();
    const entry = { promise, topics: wanted };
    this.refreshing = entry;
    try {
      await promise;
    } finally {
      if (this.refreshing === entry) this.refreshing = null;
    }
    return this.cluster;
  }

  /** Metadata with `topics` present in the cache, refreshed when stale, old or missing a topic. */
  async metadata(topics: readonly string[] = [], options: { allowAutoTopicCreation?: boolean } = {}): Promise<ClusterMetadata> {
    const isFresh =
      !this.isMetadataStale &&
      this.nowMs() - this.metadataUpdatedMs < this.metadataMaxAgeMs &&
      topics.every((t) => this.topics.has(t));
    if (isFresh) return this.cluster;
    return this.refreshMetadata(topics, options);
  }

  /**
   * A topic's metadata. Throws KafkaError UNKNOWN_TOPIC_OR_PARTITION (retriable) when the
   * cluster does not know it, after one refresh.
   */
  async topicMetadata(topic: string, options: { allowAutoTopicCreation?: boolean } = {}): Promise<TopicInfo> {
    const cluster = await this.metadata([topic], options);
    const info = cluster.topics.get(topic);
    if (info === undefined) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${topic}`);
    return info;
  }

  /** The leader of a partition. Throws retriable KafkaErrors while there is none. */
  async leaderFor(topic: string, partition: number): Promise<number> {
    const info = await this.topicMetadata(topic);
    const p = info.partitions[partition];
    if (p === undefined) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `${topic}-${partition}`);
    if (p.leader < 0) throw new KafkaError(ErrorCode.LEADER_NOT_AVAILABLE, `${topic}-${partition}`);
    return p.leader;
  }

  /**
   * An open connection to a broker by node id, connecting if needed (after a metadata refresh
   * when the broker is not known yet). Concurrent callers share one connection attempt.
   */
  connectionTo(nodeId: number): Promise<Connection> {
    this.checkOpen();
    const existing = this.connections.get(nodeId);
    if (existing !== undefined) return existing;
    const promise = (async () => {
      let broker = this.brokers.get(nodeId);
      if (broker === undefined) {
        await this.refreshMetadata();
        broker = this.brokers.get(nodeId);
      }
      if (broker === undefined) throw new KafkaError(ErrorCode.LEADER_NOT_AVAILABLE, `broker ${nodeId} is not in the cluster metadata`);
      return this.open({ host: broker.host, port: broker.port }, nodeId);
    })();
    this.connections.set(nodeId, promise);
    promise.then(
      (connection) => {
        this.openConnections.set(nodeId, connection);
        connection.onClose(() => {
          if (this.connections.get(nodeId) === promise) this.connections.delete(nodeId);
          if (this.openConnections.get(nodeId) === connection) this.openConnections.delete(nodeId);
        });
      },
      () => {
        if (this.connections.get(nodeId) === promise) this.connections.delete(nodeId);
        this.isMetadataStale = true;
      },
    );
    return promise;
  }

  /**
   * A connection to any broker: an open one if there is one, else a known broker, else the
   * bootstrap servers in turn. For requests any broker answers (Metadata, admin calls).
   */
  async anyConnection(): Promise<Connection> {
    this.checkOpen();
    for (const connection of this.openConnections.values()) if (connection.isOpen) return connection;
    for (const nodeId of this.brokers.keys()) {
      const connection = await this.connectionTo(nodeId).catch(() => null);
      if (connection?.isOpen) return connection;
    }
    return this.connectBootstrap();
  }

  /** A connection to the controller named by metadata (KRaft brokers forward to the real one). */
  async controllerConnection(): Promise<Connection> {
    await this.metadata();
    if (this.controllerId >= 0 && this.brokers.has(this.controllerId)) {
      return this.connectionTo(this.controllerId).catch(() => this.anyConnection());
    }
    return this.anyConnection();
  }

  /** Sends a request to a broker (by node id, or any broker with 'any'). */
  async send<K extends ApiKeyNumber>(target: number | 'any' | 'controller', apiKey: K, body: RequestByKey[K], options?: SendOptions): Promise<ResponseByKey[K]> {
    const connection =
      target === 'any' ? await this.anyConnection() : target === 'controller' ? await this.controllerConnection() : await this.connectionTo(target);
    return connection.send(apiKey, body, options);
  }

  /**
   * Runs `operation` until it succeeds, it fails with a non-retriable error, or `retries`
   * retries are spent. Before each retry the metadata is marked stale when the error says
   * leadership moved, and the client backs off exponentially with jitter (KIP-580).
   */
  async retry<T>(operation: (attempt: number) => Promise<T>, retries = this.retries): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await operation(attempt);
      } catch (error) {
        if (this.closed || attempt >= retries || !isRetriable(error)) throw error;
        if (!(error instanceof KafkaError) || isStaleMetadataCode(error.code)) this.isMetadataStale = true;
        await sleep(this.backoffMs(attempt));
      }
    }
  }

  /** retry.backoff.ms doubled per attempt up to retry.backoff.max.ms, with +-20% jitter (KIP-580). */
  backoffMs(attempt: number): number {
    const base = Math.min(this.retryBackoffMaxMs, this.retryBackoffMs * 2 ** Math.min(attempt, 20));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  /** Closes every connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const all = [...this.connections.values()];
    if (this.bootstrapConnection !== null) all.push(this.bootstrapConnection);
    this.connections.clear();
    this.openConnections.clear();
    this.bootstrapConnection = null;
    await Promise.all(all.map(async (p) => (await p.catch(() => null))?.close()));
  }

  private checkOpen(): void {
    if (this.closed) throw new ClientClosedError('client');
  }

  private open(address: BrokerAddress, nodeId: number): Promise<Connection> {
    return Connection.connect({
      host: address.host,
      port: address.port,
      nodeId,
      clientId: this.clientId,
      requestTimeoutMs: this.requestTimeoutMs,
      connectTimeoutMs: this.connectTimeoutMs,
      inFlightRequestsMax: this.inFlightRequestsMax,
    });
  }

  private async connectBootstrap(): Promise<Connection> {
    const existing = this.bootstrapConnection;
    if (existing !== null) {
      const connection = await existing.catch(() => null);
      if (connection?.isOpen) return connection;
    }
    const attempt = (async () => {
      const errors: string[] = [];
      for (let i = 0; i < this.bootstrap.length; i++) {
        const address = this.bootstrap[(this.bootstrapIndex + i) % this.bootstrap.length]!;
        try {
          const connection = await this.open(address, -1);
          this.bootstrapIndex = (this.bootstrapIndex + i) % this.bootstrap.length;
          return connection;
        } catch (error) {
          errors.push(`${formatAddress(address.host, address.port)}: ${(error as Error).message}`);
        }
      }
      this.bootstrapIndex = (this.bootstrapIndex + 1) % this.bootstrap.length;
      throw new ConnectionError(`no bootstrap server reachable (${errors.join('; ')})`);
    })();
    this.bootstrapConnection = attempt;
    return attempt;
  }

  private async fetchMetadata(topics: string[] | null, allowAutoTopicCreation: boolean): Promise<void> {
    const connection = await this.anyConnection();
    const version = connection.versionFor(ApiKey.Metadata);
    // v0 has no null: an empty list means every topic (so v0 cannot ask for none; it gets all).
    // Before v4 auto-creation is implied and cannot be turned off.
    const requestTopics = topics === null ? (version === 0 ? [] : null) : topics.map((name) => ({ topicId: ZERO_UUID, name }));
    const response = await connection.send(ApiKey.Metadata, {
      topics: requestTopics,
      allowAutoTopicCreation: version >= 4 ? allowAutoTopicCreation : true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    });
    const brokers = new Map<number, BrokerInfo>();
    for (const b of response.brokers) brokers.set(b.nodeId, { nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack });
    this.brokers = brokers;
    this.clusterId = response.clusterId;
    this.controllerId = response.controllerId;
    const requested = topics === null ? null : new Set(topics);
    const next = requested === null ? new Map<string, TopicInfo>() : new Map(this.topics);
    let hasTransientError = false;
    for (const t of response.topics) {
      if (t.name === null) continue;
      if (t.errorCode !== ErrorCode.NONE) {
        next.delete(t.name);
        if (t.errorCode !== ErrorCode.UNKNOWN_TOPIC_OR_PARTITION && t.errorCode !== ErrorCode.INVALID_TOPIC_EXCEPTION) hasTransientError = true;
        continue;
      }
      const partitions: PartitionInfo[] = [];
      for (const p of t.partitions) {
        partitions[p.partitionIndex] = {
          partition: p.partitionIndex,
          leader: p.leaderId,
          leaderEpoch: p.leaderEpoch,
          replicas: p.replicaNodes,
          isr: p.isrNodes,
          offlineReplicas: p.offlineReplicas,
          errorCode: p.errorCode,
        };
        if (p.leaderId < 0) hasTransientError = true;
      }
      next.set(t.name, { name: t.name, topicId: t.topicId, isInternal: t.isInternal, partitions });
    }
    if (requested !== null) {
      // A requested topic the broker left out does not exist (older brokers omit it).
      for (const name of requested) if (!response.topics.some((t) => t.name === name)) next.delete(name);
    }
    this.topics = next;
    this.metadataUpdatedMs = this.nowMs();
    // Keep refreshing while some leader is missing: the election should finish shortly.
    this.isMetadataStale = hasTransientError;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
