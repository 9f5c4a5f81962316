import { randomInt } from 'node:crypto';
import {
  decodeMetadataBatch,
  encodeMetadataBatch,
  MetadataImage,
  QuorumController,
  type ControllerResult,
  type MetadataRecord,
  type QuorumControllerConfig,
} from '@gregor/controller';
import { ErrorCode } from '@gregor/protocol';
import { EntryType, RaftServer, type Entry, type PeerAddress, type Snapshot } from '@gregor/raft';
import type { Logger } from 'pino';
import { RpcError, RpcServer } from './rpc.js';

/** How often the controller's clock advances (session expiry, leader rebalance). */
const CONTROLLER_TICK_MS = 250;
/** Committed metadata batches kept in memory for brokers that fetch the log incrementally. */
const RETAINED_BATCHES_MAX = 4096;
/** A metadata fetch with nothing new waits at most this long (long poll). */
const METADATA_FETCH_WAIT_MS_MAX = 5000;
/** Largest metadata log entry (a batch of records written atomically). */
const METADATA_ENTRY_BYTES_MAX = 8 * 1024 * 1024;
/** Writes waiting for their records to commit, across all callers. */
const PENDING_WRITES_MAX = 10_000;

export interface ControllerNodeOptions {
  readonly nodeId: number;
  readonly clusterId: string;
  readonly voters: readonly PeerAddress[];
  /** Holds __cluster_metadata-0 (raft log, quorum-state, snapshots). */
  readonly dataDir: string;
  readonly log: Logger;
  readonly controller: Omit<QuorumControllerConfig, 'nodeId' | 'clusterId' | 'log' | 'random' | 'image'>;
  readonly tickMs?: number;
  readonly electionTicks?: number;
}

export interface QuorumDescription {
  readonly leaderId: number;
  readonly leaderEpoch: number;
  readonly highWatermark: number;
  readonly voters: ReadonlyArray<{ replicaId: number; logEndOffset: number; lastFetchTimestamp: number; lastCaughtUpTimestamp: number }>;
  readonly observers: ReadonlyArray<{ replicaId: number; logEndOffset: number; lastFetchTimestamp: number; lastCaughtUpTimestamp: number }>;
}

/** What every write RPC answers. */
export interface WriteReply<T> {
  readonly response: T;
  readonly offset: number;
}

/** One committed metadata batch as served to brokers that follow the log by fetching. */
export interface MetadataBatch {
  readonly offset: number;
  readonly epoch: number;
  readonly records: readonly MetadataRecord[];
}

export interface MetadataFetchResponse {
  /** Set when the caller is too far behind for incremental batches: the whole image. */
  readonly snapshot: Uint8Array | null;
  readonly batches: readonly MetadataBatch[];
  readonly highWatermark: number;
}

/**
 * The controller role of a node (KRaft's QuorumController plus its RaftManager): a RaftServer on
 * the controller listener whose state machine is the QuorumController, and the RPC methods
 * brokers call. Only the active controller (raft leader whose NoOp has committed) accepts
 * writes; others answer NOT_CONTROLLER naming the leader they know. A write's answer is sent
 * only once its records have committed.
 */
export class ControllerNode {
  readonly nodeId: number;
  readonly rpc: RpcServer;
  private readonly qc: QuorumController;
  private raft!: RaftServer;
  private readonly log: Logger;
  private readonly waiters = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private readonly imageListeners: Array<(image: MetadataImage) => void> = [];
  private retained: MetadataBatch[] = [];
  private fetchWaiters = new Set<() => void>();
  private timer: NodeJS.Timeout | null = null;

  private constructor(opts: ControllerNodeOptions) {
    this.nodeId = opts.nodeId;
    this.log = opts.log;
    this.rpc = new RpcServer(opts.log);
    this.qc = new QuorumController({
      ...opts.controller,
      nodeId: opts.nodeId,
      clusterId: opts.clusterId,
      random: { nextInt: (bound: number) => (bound <= 1 ? 0 : randomInt(bound)) },
      log: {
        propose: (records) => {
          const res = this.raft.proposeNow(encodeMetadataBatch(records));
          return res.ok ? { ok: true, offset: res.index } : { ok: false, error: res.error === 'CLOSED' || res.error === 'STORAGE_FAILED' ? 'NOT_LEADER' : res.error };
        },
      },
    });
  }

  static async start(opts: ControllerNodeOptions): Promise<ControllerNode> {
    const node = new ControllerNode(opts);
    node.raft = await RaftServer.open({
      id: opts.nodeId,
      voters: opts.voters,
      dataDir: opts.dataDir,
      tickMs: opts.tickMs ?? 50,
      electionTicks: opts.electionTicks ?? 10,
      logger: opts.log,
      // One admin request is one entry: 10,000 Partition records encode to about 2 MB.
      limits: { entryBytesMax: METADATA_ENTRY_BYTES_MAX },
      stateMachine: {
        apply: (entry) => node.apply(entry),
        snapshot: () => node.qc.snapshot(),
        restore: (snapshot) => node.restore(snapshot),
      },
      onForeignConnection: (hello, socket, decoder, pending) => node.rpc.adopt(hello, socket, decoder, pending),
    });
    node.raft.onLeaderChange((soft) => {
      node.qc.handleSoftState(soft, Date.now());
      node.settle();
    });
    node.raft.onFatal((err) => {
      opts.log.fatal({ err }, 'metadata log storage failed; stopping');
      process.exit(1);
    });
    node.registerRpcs();
    await node.raft.start();
    node.timer = setInterval(() => {
      node.qc.tick(Date.now());
      node.settle();
    }, CONTROLLER_TICK_MS);
    node.timer.unref();
    return node;
  }

  /** The committed metadata image. */
  get image(): MetadataImage {
    return this.qc.committedImage;
  }

  get isActive(): boolean {
    return this.qc.isActive;
  }

  get leaderId(): number | null {
    return this.raft.leader.leaderId;
  }

  raftStatus() {
    return this.raft.status();
  }

  /** Called with every new committed image (the co-located broker follows the log this way). */
  onImage(listener: (image: MetadataImage) => void): void {
    this.imageListeners.push(listener);
  }

  private apply(entry: Entry): void {
    const records = entry.type === EntryType.normal ? decodeMetadataBatch(entry.data) : [];
    this.qc.replayBatch(records, entry.index, entry.term);
    this.retained.push({ offset: entry.index, epoch: entry.term, records });
    if (this.retained.length > RETAINED_BATCHES_MAX) this.retained = this.retained.slice(-RETAINED_BATCHES_MAX / 2);
    this.settle();
    const image = this.qc.committedImage;
    for (const l of this.imageListeners) l(image);
    const waiting = this.fetchWaiters;
    this.fetchWaiters = new Set();
    for (const w of waiting) w();
  }

  private restore(snapshot: Snapshot): void {
    this.qc.restoreSnapshot(snapshot.data);
    this.retained = [];
    this.settle();
    const image = this.qc.committedImage;
    for (const l of this.imageListeners) l(image);
  }

  /** Resolves writes whose records committed (or fails them when leadership was lost). */
  private settle(): void {
    for (const c of this.qc.takeCompletions()) {
      const waiter = this.waiters.get(c.writeId);
      if (waiter === undefined) continue;
      this.waiters.delete(c.writeId);
      if (c.errorCode === ErrorCode.NONE) waiter.resolve();
      else waiter.reject(new RpcError(c.errorCode, 'leadership was lost before the write committed', this.leaderId));
    }
  }

  /**
   * Runs a write: NOT_CONTROLLER unless active; once its records commit, the response and the
   * offset the caller's metadata image must reach to see the write.
   */
  private async write<T>(op: (nowMs: number) => ControllerResult<T>): Promise<WriteReply<T>> {
    if (!this.qc.isActive) throw new RpcError(ErrorCode.NOT_CONTROLLER, `node ${this.nodeId} is not the active controller`, this.leaderId);
    if (this.waiters.size >= PENDING_WRITES_MAX) throw new RpcError(ErrorCode.REQUEST_TIMED_OUT, 'too many controller writes pending');
    const result = op(Date.now());
    if (!result.ok) throw new RpcError(result.errorCode, result.errorMessage);
    const done = new Promise<void>((resolve, reject) => this.waiters.set(result.writeId, { resolve, reject }));
    this.settle();
    await done;
    return { response: result.response, offset: result.offset };
  }

  private registerRpcs(): void {
    const qc = this.qc;
    const rpc = this.rpc;
    rpc.handle('registerBroker', (body) => this.write((now) => qc.registerBroker(body as never, now)));
    rpc.handle('brokerHeartbeat', (body) => this.write((now) => qc.brokerHeartbeat(body as never, now)));
    rpc.handle('unregisterBroker', (body) => this.write(() => qc.unregisterBroker(body as never)));
    rpc.handle('createTopics', (body) => this.write(() => qc.createTopics(body as never)));
    rpc.handle('deleteTopics', (body) => this.write(() => qc.deleteTopics(body as never)));
    rpc.handle('createPartitions', (body) => this.write(() => qc.createPartitions(body as never)));
    rpc.handle('alterConfigs', (body) => this.write(() => qc.alterConfigs(body as never)));
    rpc.handle('alterPartition', (body) => this.write(() => qc.alterPartition(body as never)));
    rpc.handle('electLeaders', (body) => this.write(() => qc.electLeaders(body as never)));
    rpc.handle('allocateProducerIds', (body) => this.write(() => qc.allocateProducerIds(body as never)));
    rpc.handle('alterPartitionReassignments', (body) => this.write(() => qc.alterPartitionReassignments(body as never)));
    rpc.handle('listPartitionReassignments', (body) => {
      if (!qc.isActive) throw new RpcError(ErrorCode.NOT_CONTROLLER, 'not the active controller', this.leaderId);
      return qc.listPartitionReassignments(body as never);
    });
    rpc.handle('fetchMetadata', (body) => this.fetchMetadata(body as { fromOffset: number; maxWaitMs: number }));
    rpc.handle('describeQuorum', () => this.describeQuorum());
  }

  /**
   * Committed metadata after `fromOffset`: incremental batches when this controller still holds
   * them, else the whole image as a snapshot; waits up to maxWaitMs when there is nothing new.
   */
  private async fetchMetadata(req: { fromOffset: number; maxWaitMs: number }): Promise<MetadataFetchResponse> {
    const waitMs = Math.min(Math.max(0, req.maxWaitMs), METADATA_FETCH_WAIT_MS_MAX);
    if (this.qc.committedImage.offset <= req.fromOffset && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.fetchWaiters.delete(done);
          resolve();
        }, waitMs);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        this.fetchWaiters.add(done);
      });
    }
    const image = this.qc.committedImage;
    if (image.offset <= req.fromOffset) return { snapshot: null, batches: [], highWatermark: image.offset };
    const first = this.retained[0];
    if (first !== undefined && first.offset <= req.fromOffset + 1 && req.fromOffset > 0) {
      return { snapshot: null, batches: this.retained.filter((b) => b.offset > req.fromOffset), highWatermark: image.offset };
    }
    return { snapshot: this.qc.snapshot(), batches: [], highWatermark: image.offset };
  }

  /** The quorum as the active controller sees it (DescribeQuorum, KIP-595/KIP-836). */
  describeQuorum(): QuorumDescription {
    if (!this.qc.isActive) throw new RpcError(ErrorCode.NOT_CONTROLLER, 'not the active controller', this.leaderId);
    const s = this.raft.status();
    const now = Date.now();
    const replicas = this.raft.replicaStatus(now);
    const self = { id: this.nodeId, isVoter: true, logEndOffset: s.lastIndex, lastContactMs: now };
    const state = (r: { id: number; logEndOffset: number; lastContactMs: number }) => ({
      replicaId: r.id,
      logEndOffset: r.logEndOffset,
      lastFetchTimestamp: r.lastContactMs,
      lastCaughtUpTimestamp: r.logEndOffset >= s.commit ? r.lastContactMs : -1,
    });
    return {
      leaderId: this.nodeId,
      leaderEpoch: s.term,
      highWatermark: s.commit,
      voters: [self, ...replicas.filter((r) => r.isVoter)].map(state).sort((a, b) => a.replicaId - b.replicaId),
      observers: replicas.filter((r) => !r.isVoter).map(state),
    };
  }

  /** Hands raft leadership to another voter if this node leads, then stops (controlled shutdown). */
  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.rpc.close();
    await this.raft.shutdown();
    for (const w of this.fetchWaiters) w();
    this.fetchWaiters.clear();
  }
}

export { MetadataImage };
