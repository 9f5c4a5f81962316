import fs from 'node:fs';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { RaftNode, type RaftNodeConfig, type RaftStatus } from '../core/node.js';
import { recoverStorage } from '../core/recovery.js';
import type { Entry, Message, NodeId, Random, RaftErrorCode, Ready, Snapshot, SoftState } from '../core/types.js';
import type { RaftLimits, TransportLimits } from '../limits.js';
import { METADATA_LOG_DIR, PartitionLogStore, type LogStore } from './log-store.js';
import { QUORUM_STATE_FILE, readQuorumState, writeQuorumState } from './quorum-state-file.js';
import { SnapshotStore } from './snapshot-store.js';
import { TcpTransport, type PeerAddress, type ForeignConnectionHandler } from './tcp-transport.js';

/**
 * Runs a RaftNode for real (KafkaRaftClient's poll loop): TCP between nodes, the log on
 * @gregor/storage, term and vote in the quorum-state file, snapshots as checkpoint files, and
 * ticks from a timer. Socket callbacks, timers and API calls only enqueue; one loop drains the
 * queue in bounded batches and then handles one ready batch at a time (STYLE.md principle 9):
 *
 *   send messagesEarly -> snapshot, entries, hard state to disk with one log fsync (group commit)
 *   -> send messages -> apply snapshot and committed entries -> settle proposals and reads
 *   -> advance.
 *
 * Everything that arrived during the fsync is stepped before the next batch, so one fsync covers
 * all of it. Nothing is acknowledged or voted for before it is durable. A failed write or fsync
 * stops the server for good (the page cache can no longer be trusted).
 */
export interface RaftStateMachine {
  /** Applies a committed entry; called in log order, exactly once per entry per incarnation. */
  apply(entry: Entry): void;
  /** An image of the state after the last applied entry (for compaction). */
  snapshot(): Uint8Array;
  /** Replaces the state with `snapshot` (at start-up, or a snapshot installed from the leader). */
  restore(snapshot: Snapshot): void;
}

export interface RaftLogger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
  error(o: object, msg?: string): void;
}

export interface RaftServerOptions {
  readonly id: NodeId;
  /** Every voter with its raft listener (KRaft controller.quorum.voters). */
  readonly voters: readonly PeerAddress[];
  /** Observers with their raft listeners. */
  readonly observers?: readonly PeerAddress[];
  /** Holds `__cluster_metadata-0/` (log, quorum-state, snapshots). */
  readonly dataDir: string;
  readonly stateMachine: RaftStateMachine;
  /** Wall-clock length of one tick (default 50 ms). */
  readonly tickMs?: number;
  /** Election timeout in ticks (default 10: 0.5-1 s with 50 ms ticks; KRaft controller.quorum.election.timeout.ms = 1000). */
  readonly electionTicks?: number;
  /** Heartbeat interval in ticks (default 2). */
  readonly heartbeatTicks?: number;
  readonly preVote?: boolean;
  readonly checkQuorum?: boolean;
  /** Take a snapshot once this many entries were applied since the last one (default 20 000; KRaft metadata.log.max.record.bytes.between.snapshots plays this role). */
  readonly snapshotEntries?: number;
  readonly limits?: Partial<RaftLimits>;
  readonly transportLimits?: Partial<TransportLimits>;
  readonly logger?: RaftLogger;
  /** Connections on the raft listener that are not raft's (see TcpTransportOptions). */
  readonly onForeignConnection?: ForeignConnectionHandler;
  /** Election jitter source (default: seeded from crypto.randomInt). */
  readonly random?: Random;
}

export type RaftServerErrorCode = RaftErrorCode | 'CLOSED' | 'STORAGE_FAILED';

export class RaftServerError extends Error {
  override readonly name = 'RaftServerError';
  constructor(
    readonly code: RaftServerErrorCode,
    message?: string,
  ) {
    super(message ?? code);
  }
}

/** Inbound network messages held while the loop is busy; beyond it they are dropped (raft retries). */
const INBOX_MESSAGES_MAX = 16_384;
/** Inbox items stepped before the loop looks at the ready batch again. */
const DRAIN_BATCH_MAX = 4096;

type InboxItem =
  | { kind: 'message'; message: Message }
  | { kind: 'propose'; data: Uint8Array; resolve: (r: { index: number; term: number }) => void; reject: (e: Error) => void }
  | { kind: 'read'; resolve: (index: number) => void; reject: (e: Error) => void }
  | { kind: 'transfer'; to: NodeId; resolve: () => void; reject: (e: Error) => void }
  | { kind: 'exec'; fn: (ctx: LoopContext) => unknown; resolve: (v: unknown) => void; reject: (e: Error) => void };

/**
 * What `exec` hands its callback: a synchronous propose, safe because the callback runs inside
 * the loop between ready batches. The application learns the entry's index at once, which a
 * state machine layered on raft (the controller) needs to order its own waiters.
 */
export interface LoopContext {
  propose(data: Uint8Array): { ok: true; index: number; term: number } | { ok: false; error: RaftErrorCode };
  status(): RaftStatus;
}

class CryptoRandom implements Random {
  nextInt(bound: number): number {
    return bound <= 1 ? 0 : randomInt(bound);
  }
}

const silentLogger: RaftLogger = { info() {}, warn() {}, error() {} };

export class RaftServer {
  readonly id: NodeId;
  private readonly core: RaftNode;
  private readonly transport: TcpTransport;
  private readonly logger: RaftLogger;
  private readonly tickMs: number;
  private readonly snapshotEntries: number;
  private readonly pendingProposalsMax: number;
  private readonly voterIds: NodeId[];
  private readonly quorumStateFile: string;

  private inbox: InboxItem[] = [];
  private inboxHead = 0;
  private inboxMessages = 0;
  private queuedProposals = 0;
  private pendingTicks = 0;
  private wake: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private loopDone: Promise<void> | null = null;
  private isClosed = false;
  private failure: Error | null = null;

  private readonly proposals = new Map<string, { resolve: (r: { index: number; term: number }) => void; reject: (e: Error) => void; index: number; term: number }>();
  private readonly reads = new Map<number, { resolve: (index: number) => void; reject: (e: Error) => void }>();
  private waitingReads: { index: number; resolve: (index: number) => void; reject: (e: Error) => void }[] = [];
  private readonly leaderListeners: ((s: SoftState) => void)[] = [];
  private readonly fatalListeners: ((err: Error) => void)[] = [];
  private appliedIndex: number;
  private softState: SoftState;

  private constructor(
    private readonly options: RaftServerOptions,
    private readonly log: LogStore,
    private readonly snapshots: SnapshotStore,
    core: RaftNode,
  ) {
    this.id = options.id;
    this.core = core;
    this.logger = options.logger ?? silentLogger;
    this.tickMs = options.tickMs ?? 50;
    this.snapshotEntries = options.snapshotEntries ?? 20_000;
    this.pendingProposalsMax = options.limits?.pendingProposalsMax ?? 10_000;
    this.voterIds = options.voters.map((v) => v.id);
    this.quorumStateFile = path.join(options.dataDir, METADATA_LOG_DIR, QUORUM_STATE_FILE);
    const self = [...options.voters, ...(options.observers ?? [])].find((p) => p.id === options.id);
    if (self === undefined) throw new RangeError(`node ${options.id} is neither a voter nor an observer`);
    this.transport = new TcpTransport({
      id: options.id,
      host: self.host,
      port: self.port,
      peers: [...options.voters, ...(options.observers ?? [])],
      onMessage: (m) => this.onNetworkMessage(m),
      ...(options.onForeignConnection ? { onForeignConnection: options.onForeignConnection } : {}),
      ...(options.transportLimits ? { limits: options.transportLimits } : {}),
      logger: this.logger,
    });
    const s = core.status();
    this.appliedIndex = s.applied;
    this.softState = { role: s.role, term: s.term, leaderId: s.leaderId };
  }

  /**
   * Recovers the durable state from `dataDir` (quorum-state, newest intact snapshot, the log),
   * restores the state machine from the snapshot and builds the core. Does not touch the network.
   */
  static async open(options: RaftServerOptions): Promise<RaftServer> {
    const logger = options.logger ?? silentLogger;
    const dir = path.join(options.dataDir, METADATA_LOG_DIR);
    fs.mkdirSync(dir, { recursive: true });
    const hardState = readQuorumState(path.join(dir, QUORUM_STATE_FILE)) ?? { term: 0, votedFor: null };
    const snapshots = new SnapshotStore(dir);
    const snapshot = snapshots.loadLatest((file, err) => logger.warn({ file, err: err.message }, 'skipping damaged snapshot'));
    const log = await PartitionLogStore.open(options.dataDir, { logger });
    try {
      if (snapshot === null && log.startIndex > 0) {
        throw new Error(`raft log in ${dir} starts after index ${log.startIndex} but no snapshot covers the entries before it`);
      }
      const stored = log.readEntries();
      const storage = recoverStorage(hardState, snapshot, stored);
      // Make the disk match what recovery kept, so later appends line up.
      const snapIndex = snapshot?.meta.index ?? 0;
      const keptAfterSnapshot = stored.filter((e) => e.index > snapIndex).length;
      if (storage.entries.length === 0) {
        if (log.lastIndex !== snapIndex) log.resetAfter(snapIndex);
      } else {
        const keptLast = storage.entries[storage.entries.length - 1]!.index;
        if (log.lastIndex > keptLast) log.truncateAfter(keptLast);
      }
      if (keptAfterSnapshot !== storage.entries.length) {
        logger.warn({ stored: keptAfterSnapshot, kept: storage.entries.length, snapshotIndex: snapIndex }, 'dropped raft log entries that do not follow the snapshot');
      }
      if (snapshot !== null) options.stateMachine.restore(snapshot);
      const config: RaftNodeConfig = {
        id: options.id,
        voters: options.voters.map((v) => v.id),
        observers: (options.observers ?? []).map((o) => o.id),
        electionTicks: options.electionTicks ?? 10,
        heartbeatTicks: options.heartbeatTicks ?? 2,
        random: options.random ?? new CryptoRandom(),
        ...(options.preVote !== undefined ? { preVote: options.preVote } : {}),
        ...(options.checkQuorum !== undefined ? { checkQuorum: options.checkQuorum } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
      };
      const core = new RaftNode(config, storage);
      const s = core.status();
      logger.info({ id: options.id, term: s.term, snapshotIndex: s.snapshotIndex, lastIndex: s.lastIndex }, 'raft state recovered');
      return new RaftServer(options, log, snapshots, core);
    } catch (err) {
      await log.close().catch(() => {});
      throw err;
    }
  }

  /** Listens for peers, connects to them and starts ticking. Resolves with the bound port. */
  async start(): Promise<number> {
    const port = await this.transport.start();
    this.timer = setInterval(() => {
      this.pendingTicks++;
      this.signal();
    }, this.tickMs);
    this.loopDone = this.run();
    return port;
  }

  /** Proposes `data`; resolves with its (index, term) once committed and applied here. */
  propose(data: Uint8Array): Promise<{ index: number; term: number }> {
    const gate = this.gate();
    if (gate !== null) return Promise.reject(gate);
    if (this.queuedProposals + this.core.status().pendingProposals >= this.pendingProposalsMax) {
      return Promise.reject(new RaftServerError('TOO_MANY_PENDING_PROPOSALS'));
    }
    return new Promise((resolve, reject) => {
      this.queuedProposals++;
      this.enqueue({ kind: 'propose', data, resolve, reject });
    });
  }

  /**
   * A linearizable read barrier (thesis 6.4): resolves with a read index once this node has
   * applied it, so reading the state machine afterwards sees every write committed before the
   * call.
   */
  read(): Promise<number> {
    const gate = this.gate();
    if (gate !== null) return Promise.reject(gate);
    return new Promise((resolve, reject) => this.enqueue({ kind: 'read', resolve, reject }));
  }

  /**
   * Proposes at once and returns the entry's index (or the refusal), for an application that
   * must order its own waiters by index (the controller). Safe from any callback on the JS
   * thread, including the state machine's `apply` and leader listeners: the core takes proposals
   * between `ready()` and `advance()` and hands them out in the next ready batch. The entry's
   * fate is learned through `apply`, not a promise.
   */
  proposeNow(data: Uint8Array): { ok: true; index: number; term: number } | { ok: false; error: RaftErrorCode | 'CLOSED' | 'STORAGE_FAILED' } {
    const gate = this.gate();
    if (gate !== null) return { ok: false, error: gate.code };
    const res = this.core.propose(data);
    this.signal();
    return res;
  }

  /**
   * Runs `fn` inside the raft loop, between ready batches (never while one is being persisted),
   * with a synchronous propose. Proposals made there resolve through the state machine's apply,
   * not through a promise.
   */
  exec<T>(fn: (ctx: LoopContext) => T): Promise<T> {
    const gate = this.gate();
    if (gate !== null) return Promise.reject(gate);
    return new Promise<T>((resolve, reject) =>
      this.enqueue({ kind: 'exec', fn, resolve: resolve as (v: unknown) => void, reject }),
    );
  }

  /** Asks the leader (this node) to hand leadership to `to` (controlled shutdown). */
  transferLeadership(to: NodeId): Promise<void> {
    const gate = this.gate();
    if (gate !== null) return Promise.reject(gate);
    return new Promise((resolve, reject) => this.enqueue({ kind: 'transfer', to, resolve, reject }));
  }

  onLeaderChange(listener: (s: SoftState) => void): void {
    this.leaderListeners.push(listener);
  }

  /** Called once if storage fails; the server has stopped and the process should exit. */
  onFatal(listener: (err: Error) => void): void {
    this.fatalListeners.push(listener);
  }

  status(): RaftStatus {
    return this.core.status();
  }

  /**
   * Replica state for DescribeQuorum, as the leader sees it: log end (known replicated index) and
   * the time of last contact per replica. Empty unless this node leads.
   */
  replicaStatus(nowMs: number): Array<{ id: NodeId; isVoter: boolean; logEndOffset: number; lastContactMs: number }> {
    return this.core.replicaProgress().map((p) => ({
      id: p.id,
      isVoter: p.isVoter,
      logEndOffset: p.match,
      lastContactMs: nowMs - p.idleTicks * this.tickMs,
    }));
  }

  get leader(): SoftState {
    return this.softState;
  }

  get applied(): number {
    return this.appliedIndex;
  }

  /**
   * Controlled shutdown (KRaft's controlled shutdown of a controller): if this node leads, hand
   * leadership to the most up-to-date voter and wait (at most two election timeouts) until it
   * has taken over, then close. Avoids the election timeout a plain stop would cost.
   */
  async shutdown(): Promise<void> {
    if (this.gate() === null && this.softState.role === 'leader') {
      const to = this.core.transferTarget();
      if (to !== null) {
        const moved = new Promise<void>((resolve) => this.leaderListeners.push((s) => s.leaderId !== null && s.leaderId !== this.id && resolve()));
        const waitMs = 2 * (this.options.electionTicks ?? 10) * this.tickMs;
        await Promise.race([
          this.transferLeadership(to).then(() => moved, () => undefined),
          new Promise<void>((resolve) => setTimeout(resolve, waitMs).unref()),
        ]);
      }
    }
    await this.close();
  }

  /** Stops the loop, the network and the log (flushed, clean-shutdown marker). */
  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.signal();
    await this.loopDone?.catch(() => {});
    await this.transport.close();
    this.failEverything(new RaftServerError('CLOSED'));
    if (this.failure === null) await this.log.close();
  }

  // ---------------------------------------------------------------- loop

  private async run(): Promise<void> {
    while (!this.isClosed && this.failure === null) {
      this.drain();
      if (this.core.hasReady()) {
        try {
          await this.handleReady(this.core.ready());
        } catch (err) {
          this.fail(err as Error);
          return;
        }
        continue;
      }
      if (this.inboxHead < this.inbox.length || this.pendingTicks > 0) continue;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = null;
    }
  }

  private drain(): void {
    const ticks = this.pendingTicks;
    this.pendingTicks = 0;
    for (let i = 0; i < ticks; i++) this.core.tick();
    let n = 0;
    while (this.inboxHead < this.inbox.length && n < DRAIN_BATCH_MAX) {
      const item = this.inbox[this.inboxHead]!;
      this.inbox[this.inboxHead] = undefined as unknown as InboxItem;
      this.inboxHead++;
      n++;
      this.process(item);
    }
    if (this.inboxHead === this.inbox.length) {
      this.inbox = [];
      this.inboxHead = 0;
    }
  }

  private process(item: InboxItem): void {
    switch (item.kind) {
      case 'message':
        this.inboxMessages--;
        this.core.step(item.message);
        return;
      case 'propose': {
        this.queuedProposals--;
        const res = this.core.propose(item.data);
        if (!res.ok) item.reject(new RaftServerError(res.error));
        else this.proposals.set(`${res.index}:${res.term}`, { resolve: item.resolve, reject: item.reject, index: res.index, term: res.term });
        return;
      }
      case 'read': {
        const res = this.core.readIndex();
        if (!res.ok) item.reject(new RaftServerError(res.error));
        else this.reads.set(res.requestId, { resolve: item.resolve, reject: item.reject });
        return;
      }
      case 'transfer': {
        const res = this.core.transferLeadership(item.to);
        if (res.ok) item.resolve();
        else item.reject(new RaftServerError(res.error));
        return;
      }
      case 'exec': {
        const core = this.core;
        const ctx: LoopContext = {
          propose: (data) => core.propose(data),
          status: () => core.status(),
        };
        let result: unknown;
        try {
          result = item.fn(ctx);
        } catch (err) {
          item.reject(err as Error);
          return;
        }
        item.resolve(result);
        return;
      }
    }
  }

  private async handleReady(r: Ready): Promise<void> {
    for (const m of r.messagesEarly) this.transport.send(m);

    // Durability first: snapshot file, log entries, quorum-state; one log fsync for the batch.
    if (r.snapshot !== null) {
      await this.snapshots.save(r.snapshot.snapshot);
      if (r.snapshot.isRestore) this.log.resetAfter(r.snapshot.snapshot.meta.index);
    }
    if (r.entries.length > 0) this.log.append(r.entries);
    const writes: Promise<void>[] = [];
    if (r.entries.length > 0) writes.push(this.log.flush());
    if (r.hardState !== null) writeQuorumState(this.quorumStateFile, r.hardState, this.voterIds);
    await Promise.all(writes);
    if (r.snapshot !== null && !r.snapshot.isRestore) this.log.compactThrough(r.snapshot.snapshot.meta.index);

    for (const m of r.messages) this.transport.send(m);

    if (r.snapshot !== null && r.snapshot.isRestore) {
      this.options.stateMachine.restore(r.snapshot.snapshot);
      this.appliedIndex = r.snapshot.snapshot.meta.index;
    }
    for (const e of r.committedEntries) {
      this.options.stateMachine.apply(e);
      this.appliedIndex = e.index;
    }
    for (const rs of r.readStates) {
      const waiter = this.reads.get(rs.requestId);
      if (waiter === undefined) continue;
      this.reads.delete(rs.requestId);
      if (rs.error !== null) waiter.reject(new RaftServerError(rs.error));
      else this.waitingReads.push({ index: rs.index, resolve: waiter.resolve, reject: waiter.reject });
    }
    this.releaseReads();
    for (const pr of r.proposalResults) {
      const key = `${pr.index}:${pr.term}`;
      const waiter = this.proposals.get(key);
      if (waiter === undefined) continue;
      this.proposals.delete(key);
      if (pr.error === null) waiter.resolve({ index: pr.index, term: pr.term });
      else waiter.reject(new RaftServerError(pr.error));
    }
    this.core.advance(r);
    if (r.softState !== null) {
      this.softState = r.softState;
      this.logger.info({ id: this.id, ...r.softState }, 'raft role changed');
      for (const l of this.leaderListeners) l(r.softState);
    }
    const s = this.core.status();
    if (this.appliedIndex - s.snapshotIndex >= this.snapshotEntries && this.appliedIndex === s.applied) {
      this.core.compact(this.appliedIndex, this.options.stateMachine.snapshot());
    }
  }

  private releaseReads(): void {
    if (this.waitingReads.length === 0) return;
    const still: typeof this.waitingReads = [];
    for (const w of this.waitingReads) {
      if (w.index <= this.appliedIndex) w.resolve(w.index);
      else still.push(w);
    }
    this.waitingReads = still;
  }

  // ---------------------------------------------------------------- plumbing

  private onNetworkMessage(m: Message): void {
    if (this.isClosed || this.failure !== null) return;
    if (this.inboxMessages >= INBOX_MESSAGES_MAX) return;
    this.inboxMessages++;
    this.enqueue({ kind: 'message', message: m });
  }

  private enqueue(item: InboxItem): void {
    this.inbox.push(item);
    this.signal();
  }

  private signal(): void {
    const wake = this.wake;
    if (wake !== null) {
      this.wake = null;
      wake();
    }
  }

  private gate(): RaftServerError | null {
    if (this.failure !== null) return new RaftServerError('STORAGE_FAILED', this.failure.message);
    if (this.isClosed) return new RaftServerError('CLOSED');
    return null;
  }

  private fail(err: Error): void {
    this.failure = err;
    this.logger.error({ id: this.id, err: err.message }, 'raft storage failed; stopping');
    if (this.timer !== null) clearInterval(this.timer);
    void this.transport.close();
    this.failEverything(new RaftServerError('STORAGE_FAILED', err.message));
    for (const l of this.fatalListeners) l(err);
  }

  private failEverything(err: RaftServerError): void {
    for (const p of this.proposals.values()) p.reject(err);
    this.proposals.clear();
    for (const r of this.reads.values()) r.reject(err);
    this.reads.clear();
    for (const w of this.waitingReads) w.reject(err);
    this.waitingReads = [];
    for (let i = this.inboxHead; i < this.inbox.length; i++) {
      const item = this.inbox[i]!;
      if (item.kind !== 'message') item.reject(err);
    }
    this.inbox = [];
    this.inboxHead = 0;
    this.inboxMessages = 0;
    this.queuedProposals = 0;
  }
}
