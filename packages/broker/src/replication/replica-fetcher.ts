import { Connection } from '@gregor/client';
import { completeBatchesBytes, ErrorCode, type FetchRequest, type FetchResponsePartitionData } from '@gregor/protocol';
import type { Logger } from 'pino';
import type { Partition } from '../services/replica-manager.js';
import { ReplicaFetchConnection } from './fetch-connection.js';
import {
  REPLICA_FETCH_BACKOFF_MS,
  REPLICA_FETCH_BACKOFF_MS_MAX,
  REPLICA_FETCH_PARTITION_BYTES_MAX,
  REPLICA_FETCH_RESPONSE_BYTES_MAX,
  REPLICA_FETCH_WAIT_MS,
} from './limits.js';

/** request.timeout.ms for the fetcher's requests (a fetch adds its long-poll wait). */
const REPLICA_REQUEST_TIMEOUT_MS = 30_000;

/** What the fetcher needs from the replica manager for the partitions it follows. */
export interface FollowerHooks {
  /** Appends replicated batches (producer state follows them) and returns nothing. */
  appendAsFollower(partition: Partition, records: Buffer): void;
  /** Applies the leader's high watermark and log start offset. */
  updateFromLeader(partition: Partition, highWatermark: number, leaderLogStartOffset: number): void;
  /** Truncates for a diverging epoch (KIP-320) or an out-of-range fetch. */
  truncate(partition: Partition, divergingEpoch: { epoch: number; endOffset: number } | null, outOfRange: { leaderLogStartOffset: number; leaderHighWatermark: number } | null): void;
  readonly brokerEpoch: () => number;
}

/**
 * One fetcher per leader broker (Kafka's ReplicaFetcherThread): a loop that sends the leader
 * one Fetch as replica `nodeId` covering every partition this broker follows from it, appends
 * what comes back, and learns the high watermark. It uses Kafka's own Fetch API (replica id, or
 * replica state from v15), the leader epoch of each partition, and the last fetched epoch so the
 * leader can point out a divergent log (KIP-320). Errors back off; partitions whose leadership is
 * in question pause until the next metadata change.
 */
export class ReplicaFetcher {
  readonly leaderId: number;
  private readonly nodeId: number;
  private readonly address: { host: string; port: number };
  private readonly hooks: FollowerHooks;
  private readonly log: Logger;
  private readonly partitions = new Map<string, Partition>();
  private readonly pausedUntil = new Map<string, number>();
  private connection: ReplicaFetchConnection | null = null;
  /** The Fetch version negotiated (ApiVersions) with the leader for the current connection. */
  private fetchVersion = -1;
  private stopped = false;
  private wake: (() => void) | null = null;
  private running: Promise<void> | null = null;

  constructor(opts: { leaderId: number; nodeId: number; address: { host: string; port: number }; hooks: FollowerHooks; log: Logger }) {
    this.leaderId = opts.leaderId;
    this.nodeId = opts.nodeId;
    this.address = opts.address;
    this.hooks = opts.hooks;
    this.log = opts.log;
  }

  get size(): number {
    return this.partitions.size;
  }

  sameAddress(address: { host: string; port: number }): boolean {
    return address.host === this.address.host && address.port === this.address.port;
  }

  add(partition: Partition): void {
    const key = `${partition.topicId}:${partition.index}`;
    this.partitions.set(key, partition);
    this.pausedUntil.delete(key);
    if (this.running === null) this.running = this.run();
    this.wake?.();
  }

  remove(partition: Partition): void {
    this.partitions.delete(`${partition.topicId}:${partition.index}`);
  }

  has(partition: Partition): boolean {
    return this.partitions.get(`${partition.topicId}:${partition.index}`) === partition;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    this.connection?.destroy();
    await this.running;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    }).finally(() => {
      this.wake = null;
    });
  }

  private async run(): Promise<void> {
    let backoffMs = REPLICA_FETCH_BACKOFF_MS;
    while (!this.stopped) {
      const now = Date.now();
      const active = [...this.partitions.entries()].filter(([key]) => (this.pausedUntil.get(key) ?? 0) <= now);
      if (active.length === 0) {
        await this.sleep(this.partitions.size === 0 ? 60_000 : REPLICA_FETCH_BACKOFF_MS);
        continue;
      }
      try {
        if (this.connection === null || !this.connection.isOpen) this.connection = await this.connect();
        await this.fetchOnce(this.connection, active.map(([, p]) => p));
        backoffMs = REPLICA_FETCH_BACKOFF_MS;
      } catch (err) {
        if (this.stopped) break;
        this.log.debug({ leader: this.leaderId, err: (err as Error).message }, 'replica fetch failed; backing off');
        this.connection?.destroy();
        this.connection = null;
        await this.sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, REPLICA_FETCH_BACKOFF_MS_MAX);
      }
    }
    this.connection?.destroy();
  }

  /**
   * Negotiates the Fetch version on a short-lived client connection (ApiVersions, KIP-35), then
   * opens the dedicated fetch connection, which reads responses into one reusable buffer.
   */
  private async connect(): Promise<ReplicaFetchConnection> {
    const clientId = `gregor-replica-fetcher-${this.nodeId}`;
    const handshake = await Connection.connect({ host: this.address.host, port: this.address.port, clientId, nodeId: this.leaderId, requestTimeoutMs: REPLICA_REQUEST_TIMEOUT_MS });
    try {
      this.fetchVersion = handshake.versionFor(1, 4);
    } finally {
      handshake.destroy();
    }
    return ReplicaFetchConnection.open(this.address, clientId, REPLICA_REQUEST_TIMEOUT_MS);
  }

  private async fetchOnce(connection: ReplicaFetchConnection, partitions: Partition[]): Promise<void> {
    const version = this.fetchVersion;
    const byTopic = new Map<string, Partition[]>();
    for (const p of partitions) {
      const list = byTopic.get(p.topicId) ?? [];
      list.push(p);
      byTopic.set(p.topicId, list);
    }
    const request: FetchRequest = {
      replicaId: version >= 15 ? -1 : this.nodeId,
      ...(version >= 15 ? { replicaState: { replicaId: this.nodeId, replicaEpoch: BigInt(this.hooks.brokerEpoch()) } } : {}),
      maxWaitMs: REPLICA_FETCH_WAIT_MS,
      minBytes: 1,
      maxBytes: REPLICA_FETCH_RESPONSE_BYTES_MAX,
      isolationLevel: 0,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [...byTopic.values()].map((list) => ({
        topic: list[0]!.topic,
        topicId: list[0]!.topicId,
        partitions: list.map((p) => ({
          partition: p.index,
          currentLeaderEpoch: p.leaderEpoch,
          fetchOffset: BigInt(p.log.logEndOffset),
          lastFetchedEpoch: p.log.leaderEpochs().at(-1)?.epoch ?? -1,
          logStartOffset: BigInt(p.log.logStartOffset),
          partitionMaxBytes: REPLICA_FETCH_PARTITION_BYTES_MAX,
        })),
      })),
      forgottenTopicsData: [],
      rackId: '',
    };
    // The records in the response are views of the connection's receive buffer, valid until the
    // next fetch: everything below appends them (synchronously) and keeps no reference.
    const response = await connection.fetch(request, version, REPLICA_REQUEST_TIMEOUT_MS + REPLICA_FETCH_WAIT_MS);
    if (response.errorCode !== ErrorCode.NONE) throw new Error(`fetch failed with error ${response.errorCode}`);
    for (const t of response.responses) {
      for (const data of t.partitions) {
        const partition = partitions.find((p) => (version >= 13 ? p.topicId === t.topicId : p.topic === t.topic) && p.index === data.partitionIndex);
        // Leadership may have changed while the fetch was in flight: ignore answers for
        // partitions this fetcher no longer follows, or follows at another epoch.
        if (partition === undefined || !this.has(partition)) continue;
        this.handlePartition(partition, data);
      }
    }
  }

  private handlePartition(partition: Partition, data: FetchResponsePartitionData): void {
    const key = `${partition.topicId}:${partition.index}`;
    switch (data.errorCode) {
      case ErrorCode.NONE: {
        const diverging = data.divergingEpoch;
        if (diverging !== undefined && diverging.epoch >= 0) {
          this.hooks.truncate(partition, { epoch: diverging.epoch, endOffset: Number(diverging.endOffset) }, null);
          return;
        }
        const records = data.records;
        if (records !== null && records.length > 0) {
          const whole = completeBatchesBytes(records);
          if (whole > 0) this.hooks.appendAsFollower(partition, whole === records.length ? records : records.subarray(0, whole));
        }
        this.hooks.updateFromLeader(partition, Number(data.highWatermark), Number(data.logStartOffset));
        return;
      }
      case ErrorCode.OFFSET_OUT_OF_RANGE:
        this.hooks.truncate(partition, null, { leaderLogStartOffset: Number(data.logStartOffset), leaderHighWatermark: Number(data.highWatermark) });
        return;
      default:
        // NOT_LEADER_OR_FOLLOWER, FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH, UNKNOWN_TOPIC_ID...:
        // our view of the partition is behind or ahead of the leader's; metadata will settle it.
        this.pausedUntil.set(key, Date.now() + REPLICA_FETCH_BACKOFF_MS_MAX);
        this.log.debug({ topic: partition.topic, partition: partition.index, leader: this.leaderId, error: data.errorCode }, 'replica fetch error');
    }
  }
}
