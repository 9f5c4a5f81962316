import { ErrorCode, errorInfo } from '@gregor/protocol';
import {
  EntryType,
  RaftInvariantError,
  RaftNode,
  SeededRandom,
  recoverStorage,
  type Entry,
  type HardState,
  type Message,
  type RaftNodeConfig,
  type Ready,
  type Snapshot,
} from '@gregor/raft';
import { ControllerInvariantError } from '../assert.js';
import { diff, localChanges } from '../image/delta.js';
import { MetadataImage, partitionKey } from '../image/metadata-image.js';
import { decodeMetadataSnapshot, encodeMetadataSnapshot, imagesEqual } from '../image/snapshot.js';
import { decodeMetadataBatch, encodeMetadataBatch } from '../records/codec.js';
import { NO_LEADER } from '../records/records.js';
import { QuorumController, type ControllerResult, type QuorumControllerConfig } from '../quorum-controller.js';
import type { AlterPartitionRequest } from '../requests.js';
import { CanonicalLog, ProducerIdBlocks, Violation } from './checkers.js';
import { EventQueue, TraceBuffer, type TraceLine } from './event-queue.js';

/**
 * A deterministic simulation of Gregor's controller quorum (TigerBeetle's VOPR, Kafka's
 * RaftEventSimulationTest, here over the real `RaftNode` and `QuorumController`): 3 or 5
 * controllers replicate the metadata log with raft on a virtual clock; simulated brokers register,
 * heartbeat, fetch the committed log (or a snapshot) from any controller, apply it to their own
 * image and replica set, ask for ISR changes and producer id blocks; an admin client creates,
 * grows, reconfigures and deletes topics and asks for elections. The network delays, reorders,
 * drops and duplicates messages and partitions any set of nodes; controllers crash and lose what
 * they had not persisted; brokers crash, restart with a new incarnation, or shut down in a
 * controlled way. After every applied batch the checkers (checkers.ts) run. After the fault phase
 * the network heals, everything restarts, and the cluster must settle: one active controller,
 * every broker registered, unfenced and caught up, every partition led, all images equal.
 * Everything random derives from `seed`, so a seed replays a run exactly.
 */
export interface ControllerSimulationOptions {
  readonly seed: number;
  /** Controllers (raft voters): 3 or 5 (default: chosen by the seed, mostly 3). */
  readonly controllers?: number;
  /** Brokers (default: 3 to 6, chosen by the seed). */
  readonly brokers?: number;
  /** Virtual milliseconds of faults and workload (default 30 000). */
  readonly faultMs?: number;
  /** Virtual milliseconds allowed after healing for the cluster to settle (default 60 000). */
  readonly healMs?: number;
  /** Trace lines kept for the failure report (default 400). */
  readonly traceCapacity?: number;
  /** Receives every trace line as it happens (replay tooling); slows the run. */
  readonly onTrace?: (line: string) => void;
  /** Builds controllers; tests pass deliberately broken subclasses to show the checkers catch them. */
  readonly makeController?: (config: QuorumControllerConfig) => QuorumController;
}

export interface ControllerSimulationSummary {
  readonly seed: number;
  readonly controllers: number;
  readonly brokers: number;
  readonly steps: number;
  readonly virtualMs: number;
  readonly settleMs: number;
  readonly committedOffset: number;
  readonly activeControllerEpochs: number;
  readonly faults: { controllerCrashes: number; tornWrites: number; partitions: number; brokerCrashes: number; controlledShutdowns: number; transfers: number };
  readonly metadata: {
    registrations: number;
    fencings: number;
    unfencings: number;
    leaderChanges: number;
    leaderlessTransitions: number;
    topicsCreated: number;
    topicsDeleted: number;
    partitionsAdded: number;
    configChanges: number;
  };
  readonly requests: {
    ok: number;
    errors: Readonly<Record<string, number>>;
    alterPartitionOk: number;
    producerIdBlocks: number;
    ackedWrites: number;
  };
  readonly snapshots: { compactions: number; controllerRestores: number; brokerSnapshotLoads: number; imageComparisons: number };
}

export class ControllerSimulationFailure extends Error {
  override readonly name = 'ControllerSimulationFailure';
  constructor(
    readonly seed: number,
    readonly step: number,
    readonly timeMs: number,
    readonly reason: string,
    readonly trace: readonly string[],
    readonly nodeStates: readonly string[],
  ) {
    super(
      [
        `seed ${seed} failed at step ${step} (t=${timeMs.toFixed(2)}ms): ${reason}`,
        `replay: node packages/controller/scripts/sim.mjs --seed ${seed} --trace`,
        `--- last ${trace.length} trace lines ---`,
        ...trace,
        '--- node states ---',
        ...nodeStates,
      ].join('\n'),
    );
  }
}

export function runControllerSimulation(options: ControllerSimulationOptions): ControllerSimulationSummary {
  return new ControllerSimulation(options).run();
}

// ---------------------------------------------------------------- model

/** Network endpoints: controllers 'c<raft id>', brokers 'b<broker id>', the admin client 'admin'. */
type Endpoint = string;

type RpcBody =
  | { kind: 'register'; brokerId: number; incarnationId: string; rack: string | null; previousBrokerEpoch: number }
  | { kind: 'heartbeat'; brokerId: number; brokerEpoch: number; offset: number; wantShutDown: boolean }
  | { kind: 'alter-partition'; request: AlterPartitionRequest }
  | { kind: 'producer-ids'; brokerId: number; brokerEpoch: number }
  | { kind: 'fetch'; fromOffset: number }
  | { kind: 'admin'; op: AdminOp };

type AdminOp =
  | { kind: 'create'; name: string; partitions: number; rf: number }
  | { kind: 'delete'; name: string }
  | { kind: 'grow'; name: string; by: number }
  | { kind: 'config'; name: string; key: string; value: string | null }
  | { kind: 'elect'; type: 'preferred' | 'unclean'; name: string | null };

type RpcReply =
  | { kind: 'error'; errorCode: number; leaderHint: number | null }
  | { kind: 'ok'; response: unknown }
  | { kind: 'fetch'; snapshot: Uint8Array | null; batches: Array<{ offset: number; epoch: number; data: Uint8Array | null }> };

type NetMessage =
  | { kind: 'raft'; from: Endpoint; to: Endpoint; message: Message }
  | { kind: 'request'; from: Endpoint; to: Endpoint; id: number; body: RpcBody }
  | { kind: 'reply'; from: Endpoint; to: Endpoint; id: number; body: RpcReply };

type SimEvent =
  | { kind: 'tick'; node: number; incarnation: number }
  | { kind: 'deliver'; message: NetMessage }
  | { kind: 'persisted'; node: number; incarnation: number }
  | { kind: 'controller-restart'; node: number }
  | { kind: 'broker-heartbeat'; broker: number; incarnation: number }
  | { kind: 'broker-fetch'; broker: number; incarnation: number }
  | { kind: 'broker-work'; broker: number; incarnation: number }
  | { kind: 'broker-restart'; broker: number }
  | { kind: 'rpc-timeout'; owner: Endpoint; id: number }
  | { kind: 'admin' }
  | { kind: 'fault' }
  | { kind: 'heal' };

interface Disk {
  hardState: HardState;
  snapshot: Snapshot | null;
  entries: Entry[];
}

interface RetainedBatch {
  readonly offset: number;
  readonly epoch: number;
  readonly data: Uint8Array | null;
}

interface ControllerNode {
  readonly raftId: number;
  readonly index: number;
  readonly name: Endpoint;
  core: RaftNode | null;
  controller: QuorumController | null;
  incarnation: number;
  outstanding: Ready | null;
  readonly disk: Disk;
  /** Committed batches after `base` (what brokers fetch). */
  retained: RetainedBatch[];
  base: MetadataImage;
  baseSnapshot: Uint8Array | null;
  /** Writes waiting for their completion: writeId -> how to answer. */
  readonly waiting: Map<number, { to: Endpoint; id: number; response: unknown; ack: (() => void) | null }>;
  readonly tickMs: number;
  readonly random: SeededRandom;
  wasActiveEpoch: number | null;
}

type BrokerState = 'down' | 'registering' | 'running' | 'shutting-down';

interface BrokerNode {
  readonly brokerId: number;
  readonly name: Endpoint;
  readonly rack: string | null;
  state: BrokerState;
  incarnation: number;
  incarnationId: string;
  brokerEpoch: number | null;
  /** Epoch held before a clean shutdown (KIP-966), offered at the next registration. */
  previousBrokerEpoch: number;
  image: MetadataImage;
  /** Replica set built from `localChanges` deltas only: must always match the image. */
  local: Map<string, { leader: boolean; leaderEpoch: number }>;
  guess: number;
  registerInFlight: boolean;
  heartbeatInFlight: boolean;
  fetchInFlight: boolean;
}

interface Inflight {
  readonly to: Endpoint;
  readonly body: RpcBody;
}

const TICK_MS = 50;
const HEARTBEAT_INTERVAL_MS = 2000;
const FETCH_INTERVAL_MS = 200;
const RPC_TIMEOUT_MS = 1500;
const SESSION_TIMEOUT_MS = 9000;
const FETCH_BATCHES_MAX = 64;
const TOPIC_NAMES = ['orders', 'payments', 'clicks', 'audit', 'logs', 'events', 'metrics', 'jobs'];

export class ControllerSimulation {
  private readonly seed: number;
  private readonly rng: SeededRandom;
  private readonly netRng: SeededRandom;
  private readonly faultRng: SeededRandom;
  private readonly workRng: SeededRandom;
  private readonly diskRng: SeededRandom;
  private readonly queue = new EventQueue<SimEvent>();
  private readonly controllers: ControllerNode[] = [];
  private readonly brokers: BrokerNode[] = [];
  private readonly raftConfig: Omit<RaftNodeConfig, 'id' | 'random'>;
  private readonly trace: TraceBuffer;
  private readonly canonical = new CanonicalLog(16);
  private readonly producerIds = new ProducerIdBlocks();
  private readonly acked: Array<{ offset: number; epoch: number; what: string }> = [];
  private readonly inflight = new Map<Endpoint, Map<number, Inflight>>();
  private nextRpcId = 1;
  private clientGuess = 1;

  // Network and disks.
  private readonly blocked = new Set<string>();
  private dropRate: number;
  private dupRate: number;
  private delayMinMs: number;
  private delayMaxMs: number;
  private diskMinMs: number;
  private diskMaxMs: number;
  private readonly compactEvery: number;
  /** Small batches in some runs, so broker lifecycle writes span several batches under faults. */
  private readonly recordsPerBatchMax: number | null;
  private readonly faultIntervalMs: number;
  private readonly clientIntervalMs: number;

  private now = 0;
  private step = 0;
  private phase: 'faults' | 'recovery' = 'faults';
  private readonly faultMs: number;
  private readonly healMs: number;
  private readonly activeEpochs = new Set<number>();
  private readonly stats = {
    controllerCrashes: 0,
    tornWrites: 0,
    partitions: 0,
    brokerCrashes: 0,
    controlledShutdowns: 0,
    transfers: 0,
    ok: 0,
    errors: {} as Record<string, number>,
    alterPartitionOk: 0,
    compactions: 0,
    controllerRestores: 0,
    brokerSnapshotLoads: 0,
    registrations: 0,
    fencings: 0,
    unfencings: 0,
    leaderChanges: 0,
    leaderlessTransitions: 0,
    topicsCreated: 0,
    topicsDeleted: 0,
    partitionsAdded: 0,
    configChanges: 0,
  };

  constructor(private readonly options: ControllerSimulationOptions) {
    this.seed = options.seed >>> 0;
    this.rng = new SeededRandom(this.seed);
    this.netRng = this.rng.fork();
    this.faultRng = this.rng.fork();
    this.workRng = this.rng.fork();
    this.diskRng = this.rng.fork();
    const r = this.rng;
    const controllerCount = options.controllers ?? (r.chance(0.2) ? 5 : 3);
    const brokerCount = options.brokers ?? r.between(3, 6);
    const electionTicks = r.between(8, 20);
    this.raftConfig = {
      voters: Array.from({ length: controllerCount }, (_, k) => k + 1),
      electionTicks,
      heartbeatTicks: r.between(1, 3),
      preVote: true,
      checkQuorum: true,
      limits: { appendEntriesMax: r.between(1, 64), inflightAppendsMax: r.between(1, 16), snapshotChunkBytesMax: r.between(256, 8192), applyEntriesMax: r.between(1, 64) },
    };
    this.trace = new TraceBuffer(options.traceCapacity ?? 400);
    this.faultMs = options.faultMs ?? 30_000;
    this.healMs = options.healMs ?? 60_000;
    this.compactEvery = r.chance(0.2) ? Infinity : r.between(3, 40);
    this.recordsPerBatchMax = r.chance(0.3) ? r.between(1, 6) : null;
    this.faultIntervalMs = Math.round(300 * Math.pow(15, r.nextFloat()));
    this.clientIntervalMs = r.between(100, 800);
    this.dropRate = r.chance(0.4) ? 0 : r.nextFloat() * 0.05;
    this.dupRate = r.chance(0.5) ? 0 : r.nextFloat() * 0.03;
    this.delayMinMs = r.nextFloat();
    this.delayMaxMs = this.delayMinMs + r.nextFloat() * 15;
    this.diskMinMs = r.nextFloat() * 0.5;
    this.diskMaxMs = this.diskMinMs + r.nextFloat() * 5;
    for (let k = 0; k < controllerCount; k++) {
      this.controllers.push({
        raftId: k + 1,
        index: k,
        name: `c${k + 1}`,
        core: null,
        controller: null,
        incarnation: 0,
        outstanding: null,
        disk: { hardState: { term: 0, votedFor: null }, snapshot: null, entries: [] },
        retained: [],
        base: MetadataImage.EMPTY,
        baseSnapshot: null,
        waiting: new Map(),
        tickMs: TICK_MS * (0.9 + 0.2 * r.nextFloat()),
        random: r.fork(),
        wasActiveEpoch: null,
      });
    }
    const racks = r.chance(0.5) ? r.between(2, 3) : 0;
    for (let id = 1; id <= brokerCount; id++) {
      this.brokers.push({
        brokerId: id,
        name: `b${id}`,
        rack: racks === 0 ? null : `rack-${id % racks}`,
        state: 'down',
        incarnation: 0,
        incarnationId: '',
        brokerEpoch: null,
        previousBrokerEpoch: -1,
        image: MetadataImage.EMPTY,
        local: new Map(),
        guess: 1 + (id % controllerCount),
        registerInFlight: false,
        heartbeatInFlight: false,
        fetchInFlight: false,
      });
    }
  }

  run(): ControllerSimulationSummary {
    this.log(
      `seed ${this.seed}: ${this.controllers.length} controllers, ${this.brokers.length} brokers (racks: ${this.brokers.map((b) => b.rack ?? '-').join(',')}), ` +
        `election=${this.raftConfig.electionTicks} heartbeat=${this.raftConfig.heartbeatTicks} ticks of ${TICK_MS}ms, compactEvery=${this.compactEvery}, ` +
        `faultInterval=${this.faultIntervalMs}ms, clientInterval=${this.clientIntervalMs}ms, recordsPerBatchMax=${this.recordsPerBatchMax ?? 'default'}`,
    );
    try {
      for (const c of this.controllers) this.startController(c);
      for (const b of this.brokers) this.startBroker(b);
      this.queue.push(this.workRng.nextFloat() * this.clientIntervalMs, { kind: 'admin' });
      this.queue.push(this.faultRng.nextFloat() * this.faultIntervalMs, { kind: 'fault' });
      this.queue.push(this.faultMs, { kind: 'heal' });
      const deadline = this.faultMs + this.healMs;
      for (;;) {
        const ev = this.queue.pop();
        if (ev === undefined) throw new Violation('Liveness', 'event queue ran dry');
        this.now = ev.time;
        if (this.now > deadline) throw new Violation('Liveness', `cluster did not settle within ${this.healMs}ms after healing: ${this.describeUnsettled()}`);
        this.step++;
        this.handle(ev.item);
        if (this.phase === 'recovery' && this.step % 20 === 0 && this.isSettled()) break;
      }
      this.finalChecks();
    } catch (err) {
      throw this.failure(err);
    }
    return this.summary();
  }

  // ---------------------------------------------------------------- events

  private handle(ev: SimEvent): void {
    switch (ev.kind) {
      case 'tick': {
        const c = this.controllers[ev.node]!;
        if (c.core === null || c.incarnation !== ev.incarnation) return;
        c.core.tick();
        c.controller!.tick(this.now);
        this.afterControllerStep(c);
        this.queue.push(this.now + c.tickMs, ev);
        this.pump(c);
        return;
      }
      case 'deliver':
        this.deliver(ev.message);
        return;
      case 'persisted': {
        const c = this.controllers[ev.node]!;
        if (c.core === null || c.incarnation !== ev.incarnation || c.outstanding === null) return;
        this.complete(c);
        this.pump(c);
        return;
      }
      case 'controller-restart': {
        const c = this.controllers[ev.node]!;
        if (c.core === null) this.startController(c);
        return;
      }
      case 'broker-heartbeat':
        this.brokerHeartbeat(ev.broker, ev.incarnation);
        return;
      case 'broker-fetch':
        this.brokerFetch(ev.broker, ev.incarnation);
        return;
      case 'broker-work':
        this.brokerWork(ev.broker, ev.incarnation);
        return;
      case 'broker-restart': {
        const b = this.brokers[ev.broker]!;
        if (b.state === 'down') this.startBroker(b);
        return;
      }
      case 'rpc-timeout': {
        const pending = this.inflight.get(ev.owner);
        const rpc = pending?.get(ev.id);
        if (rpc === undefined) return;
        pending!.delete(ev.id);
        this.onRpcLost(ev.owner, rpc);
        return;
      }
      case 'admin':
        this.clientOp();
        return;
      case 'fault':
        this.injectFault();
        return;
      case 'heal':
        this.heal();
        return;
    }
  }

  // ---------------------------------------------------------------- controllers

  private startController(c: ControllerNode): void {
    const storage = recoverStorage(c.disk.hardState, c.disk.snapshot, c.disk.entries);
    c.disk.entries = [...storage.entries];
    c.core = new RaftNode({ ...this.raftConfig, id: c.raftId, random: c.random.fork() }, storage);
    const image = c.disk.snapshot === null ? MetadataImage.EMPTY : decodeMetadataSnapshot(c.disk.snapshot.data);
    if (c.disk.snapshot !== null) this.canonical.onSnapshot(c.name, image);
    const config: QuorumControllerConfig = {
      nodeId: c.raftId,
      clusterId: 'sim-cluster',
      random: c.random.fork(),
      sessionTimeoutMs: SESSION_TIMEOUT_MS,
      leaderImbalanceCheckIntervalMs: 10_000,
      ...(this.recordsPerBatchMax !== null ? { recordsPerBatchMax: this.recordsPerBatchMax } : {}),
      image,
      log: {
        propose: (records) => {
          const res = c.core!.propose(encodeMetadataBatch(records));
          return res.ok ? { ok: true, offset: res.index } : { ok: false, error: res.error };
        },
      },
    };
    c.controller = this.options.makeController ? this.options.makeController(config) : new QuorumController(config);
    c.outstanding = null;
    c.retained = [];
    c.base = image;
    c.baseSnapshot = c.disk.snapshot?.data ?? null;
    c.waiting.clear();
    c.wasActiveEpoch = null;
    this.log(`start ${c.name} inc=${c.incarnation} image@${image.offset} term=${c.core.status().term}`);
    this.queue.push(this.now + c.tickMs * c.random.nextFloat(), { kind: 'tick', node: c.index, incarnation: c.incarnation });
    this.pump(c);
  }

  private pump(c: ControllerNode): void {
    while (c.core !== null && c.outstanding === null && c.core.hasReady()) {
      const r = c.core.ready();
      c.outstanding = r;
      for (const m of r.messagesEarly) this.sendRaft(m);
      if (r.hardState !== null || r.entries.length > 0 || r.snapshot !== null) {
        const latency = this.diskMinMs + this.diskRng.nextFloat() * (this.diskMaxMs - this.diskMinMs);
        this.queue.push(this.now + latency, { kind: 'persisted', node: c.index, incarnation: c.incarnation });
        return;
      }
      this.complete(c);
    }
  }

  /** The outstanding ready is durable: send, apply to the controller (restore, entries, leadership), advance. */
  private complete(c: ControllerNode): void {
    const r = c.outstanding!;
    const core = c.core!;
    const ctl = c.controller!;
    this.writeDisk(c, r, Infinity);
    for (const m of r.messages) this.sendRaft(m);
    // The order of QuorumController.handleRaftReady, one entry at a time so every image is checked.
    if (r.snapshot !== null && r.snapshot.isRestore) {
      ctl.restoreSnapshot(r.snapshot.snapshot.data);
      c.base = ctl.committedImage;
      c.baseSnapshot = r.snapshot.snapshot.data;
      c.retained = [];
      this.stats.controllerRestores++;
      this.canonical.onSnapshot(c.name, ctl.committedImage);
      this.log(`${c.name} restores snapshot @${ctl.committedImage.offset}`);
    }
    for (const e of r.committedEntries) {
      const before = ctl.committedImage;
      ctl.handleCommittedEntry(e);
      const data = e.type === EntryType.normal ? e.data : null;
      c.retained.push({ offset: e.index, epoch: e.term, data });
      const isNew = e.index > this.canonical.highest;
      this.canonical.onApply(c.name, before, ctl.committedImage, data);
      if (isNew) this.countChanges(before, ctl.committedImage);
    }
    if (r.softState !== null) {
      ctl.handleSoftState(r.softState, this.now);
      this.log(`${c.name} ${r.softState.role} t${r.softState.term} leader=${r.softState.leaderId ?? '-'}`);
    }
    this.afterControllerStep(c);
    c.outstanding = null;
    core.advance(r);
    const applied = ctl.committedImage.offset;
    if (applied - core.status().snapshotIndex >= this.compactEvery && applied === core.status().applied) {
      const data = ctl.snapshot();
      if (core.compact(applied, data)) {
        this.stats.compactions++;
        c.base = ctl.committedImage;
        c.baseSnapshot = data;
        c.retained = [];
      }
    }
  }

  /** Sends the answers of completed writes, and notes a controller that just became active. */
  private afterControllerStep(c: ControllerNode): void {
    const ctl = c.controller!;
    for (const done of ctl.takeCompletions()) {
      const w = c.waiting.get(done.writeId);
      if (w === undefined) continue;
      c.waiting.delete(done.writeId);
      if (done.errorCode === ErrorCode.NONE) {
        w.ack?.();
        this.sendNet({ kind: 'reply', from: c.name, to: w.to, id: w.id, body: { kind: 'ok', response: w.response } });
      } else {
        this.sendNet({ kind: 'reply', from: c.name, to: w.to, id: w.id, body: { kind: 'error', errorCode: done.errorCode, leaderHint: c.core?.status().leaderId ?? null } });
      }
    }
    if (ctl.isActive && c.wasActiveEpoch !== ctl.leaderEpoch) {
      c.wasActiveEpoch = ctl.leaderEpoch;
      this.activeEpochs.add(ctl.leaderEpoch!);
      this.log(`${c.name} is the active controller for epoch ${ctl.leaderEpoch}`);
    } else if (!ctl.isActive) {
      c.wasActiveEpoch = null;
    }
  }

  private writeDisk(c: ControllerNode, r: Ready, opsMax: number): number {
    const disk = c.disk;
    let ops = 0;
    if (r.snapshot !== null) {
      if (ops++ >= opsMax) return ops - 1;
      const snap = r.snapshot.snapshot;
      disk.snapshot = snap;
      if (r.snapshot.isRestore) disk.entries = [];
      else {
        const k = disk.entries.findIndex((e) => e.index > snap.meta.index);
        disk.entries = k < 0 ? [] : disk.entries.slice(k);
      }
    }
    if (r.entries.length > 0) {
      if (ops++ >= opsMax) return ops - 1;
      const first = r.entries[0]!.index;
      if (disk.entries.length > 0) {
        const keep = first - disk.entries[0]!.index;
        if (keep < disk.entries.length) disk.entries.length = Math.max(0, keep);
      }
      for (const e of r.entries) {
        if (ops++ >= opsMax) return ops - 1;
        disk.entries.push(e);
      }
    }
    if (r.hardState !== null) {
      if (ops++ >= opsMax) return ops - 1;
      disk.hardState = r.hardState;
    }
    return ops;
  }

  private crashController(c: ControllerNode): void {
    this.stats.controllerCrashes++;
    let torn = '';
    if (c.outstanding !== null && this.faultRng.chance(0.5)) {
      const r = c.outstanding;
      const total = (r.snapshot ? 1 : 0) + (r.entries.length > 0 ? 1 + r.entries.length : 0) + (r.hardState ? 1 : 0);
      const kept = this.faultRng.nextInt(total);
      this.writeDisk(c, r, kept);
      this.stats.tornWrites++;
      torn = ` (torn write ${kept}/${total})`;
    }
    c.core = null;
    c.controller = null;
    c.outstanding = null;
    c.waiting.clear();
    c.incarnation++;
    this.log(`fault: crash ${c.name}${torn}`);
    const downMs = this.faultRng.chance(0.2) ? this.faultRng.nextFloat() * 6000 : this.faultRng.nextFloat() * 1000;
    this.queue.push(this.now + downMs, { kind: 'controller-restart', node: c.index });
  }

  /** A request arrives at a controller. */
  private serve(c: ControllerNode, from: Endpoint, id: number, body: RpcBody): void {
    const ctl = c.controller!;
    const reply = (b: RpcReply) => this.sendNet({ kind: 'reply', from: c.name, to: from, id, body: b });
    if (body.kind === 'fetch') {
      reply(this.fetchReply(c, body.fromOffset));
      return;
    }
    let result: ControllerResult<unknown>;
    let ack: (() => void) | null = null;
    switch (body.kind) {
      case 'register':
        result = ctl.registerBroker(
          { brokerId: body.brokerId, clusterId: 'sim-cluster', incarnationId: body.incarnationId, listeners: [{ name: 'PLAINTEXT', host: `b${body.brokerId}`, port: 9092 }], rack: body.rack, previousBrokerEpoch: body.previousBrokerEpoch },
          this.now,
        );
        break;
      case 'heartbeat':
        result = ctl.brokerHeartbeat({ brokerId: body.brokerId, brokerEpoch: body.brokerEpoch, currentMetadataOffset: body.offset, wantFence: false, wantShutDown: body.wantShutDown }, this.now);
        break;
      case 'alter-partition':
        result = ctl.alterPartition(body.request);
        break;
      case 'producer-ids':
        result = ctl.allocateProducerIds({ brokerId: body.brokerId, brokerEpoch: body.brokerEpoch });
        break;
      case 'admin':
        result = this.adminOn(ctl, body.op);
        break;
    }
    if (!result.ok) {
      reply({ kind: 'error', errorCode: result.errorCode, leaderHint: c.core!.status().leaderId });
    } else {
      if (result.records.length > 0) {
        const offset = result.offset;
        const epoch = ctl.leaderEpoch!;
        const what = `${body.kind}#${id}`;
        ack = () => this.acked.push({ offset, epoch, what });
      }
      c.waiting.set(result.writeId, { to: from, id, response: result.response, ack });
    }
    this.afterControllerStep(c);
    this.pump(c);
  }

  private adminOn(ctl: QuorumController, op: AdminOp): ControllerResult<unknown> {
    switch (op.kind) {
      case 'create':
        return ctl.createTopics({ topics: [{ name: op.name, numPartitions: op.partitions, replicationFactor: op.rf, assignments: [], configs: [] }], validateOnly: false });
      case 'delete':
        return ctl.deleteTopics({ topics: [{ name: op.name, topicId: null }] });
      case 'grow': {
        const current = ctl.speculativeImage.topic(op.name)?.partitions.size ?? 1;
        return ctl.createPartitions({ topics: [{ name: op.name, count: current + op.by, assignments: null }], validateOnly: false });
      }
      case 'config':
        return ctl.alterConfigs({ resources: [{ resourceType: 'topic', resourceName: op.name, configs: [{ name: op.key, op: op.value === null ? 'delete' : 'set', value: op.value }] }], incremental: true, validateOnly: false });
      case 'elect':
        return ctl.electLeaders({
          electionType: op.type,
          topicPartitions: op.name === null ? null : [{ topic: op.name, partitions: [...(ctl.speculativeImage.topic(op.name)?.partitions.keys() ?? [0])] }],
        });
    }
  }

  private fetchReply(c: ControllerNode, fromOffset: number): RpcReply {
    const committed = c.controller!.committedImage.offset;
    if (fromOffset >= committed) return { kind: 'fetch', snapshot: null, batches: [] };
    let snapshot: Uint8Array | null = null;
    let from = fromOffset;
    if (fromOffset < c.base.offset) {
      snapshot = c.baseSnapshot ?? encodeMetadataSnapshot(c.base);
      from = c.base.offset;
    }
    const start = from - c.base.offset;
    return { kind: 'fetch', snapshot, batches: c.retained.slice(start, start + FETCH_BATCHES_MAX) };
  }

  // ---------------------------------------------------------------- brokers

  private startBroker(b: BrokerNode): void {
    b.incarnation++;
    b.incarnationId = `inc-${b.brokerId}-${b.incarnation}`;
    b.state = 'registering';
    b.brokerEpoch = null;
    b.registerInFlight = false;
    b.heartbeatInFlight = false;
    b.fetchInFlight = false;
    this.inflight.delete(b.name);
    // Half the restarts keep the metadata image (a broker's local metadata log), half start empty.
    if (this.workRng.chance(0.5)) {
      b.image = MetadataImage.EMPTY;
      b.local = new Map();
    }
    this.log(`start ${b.name} inc=${b.incarnation} image@${b.image.offset}`);
    const inc = b.incarnation;
    this.queue.push(this.now + this.workRng.nextFloat() * 100, { kind: 'broker-heartbeat', broker: b.brokerId - 1, incarnation: inc });
    this.queue.push(this.now + this.workRng.nextFloat() * FETCH_INTERVAL_MS, { kind: 'broker-fetch', broker: b.brokerId - 1, incarnation: inc });
    this.queue.push(this.now + 500 + this.workRng.nextFloat() * 1000, { kind: 'broker-work', broker: b.brokerId - 1, incarnation: inc });
  }

  private brokerHeartbeat(index: number, incarnation: number): void {
    const b = this.brokers[index]!;
    if (b.state === 'down' || b.incarnation !== incarnation) return;
    this.queue.push(this.now + HEARTBEAT_INTERVAL_MS * (0.9 + 0.2 * this.workRng.nextFloat()), { kind: 'broker-heartbeat', broker: index, incarnation });
    if (b.brokerEpoch === null) {
      if (!b.registerInFlight) {
        b.registerInFlight = true;
        this.request(b.name, `c${b.guess}`, { kind: 'register', brokerId: b.brokerId, incarnationId: b.incarnationId, rack: b.rack, previousBrokerEpoch: b.previousBrokerEpoch });
      }
      return;
    }
    if (b.heartbeatInFlight) return;
    b.heartbeatInFlight = true;
    this.request(b.name, `c${b.guess}`, { kind: 'heartbeat', brokerId: b.brokerId, brokerEpoch: b.brokerEpoch, offset: b.image.offset, wantShutDown: b.state === 'shutting-down' });
  }

  private brokerFetch(index: number, incarnation: number): void {
    const b = this.brokers[index]!;
    if (b.state === 'down' || b.incarnation !== incarnation) return;
    this.queue.push(this.now + FETCH_INTERVAL_MS * (0.5 + this.workRng.nextFloat()), { kind: 'broker-fetch', broker: index, incarnation });
    if (b.fetchInFlight) return;
    b.fetchInFlight = true;
    // Any controller serves committed metadata; mostly the one believed active.
    const to = this.workRng.chance(0.7) ? b.guess : 1 + this.workRng.nextInt(this.controllers.length);
    this.request(b.name, `c${to}`, { kind: 'fetch', fromOffset: b.image.offset });
  }

  /** ISR changes for partitions it leads, and producer id blocks. */
  private brokerWork(index: number, incarnation: number): void {
    const b = this.brokers[index]!;
    if (b.state === 'down' || b.incarnation !== incarnation) return;
    this.queue.push(this.now + 300 + this.workRng.nextFloat() * 1500, { kind: 'broker-work', broker: index, incarnation });
    if (this.phase !== 'faults' || b.brokerEpoch === null || b.state !== 'running') return;
    if (this.workRng.chance(0.15)) {
      this.request(b.name, `c${b.guess}`, { kind: 'producer-ids', brokerId: b.brokerId, brokerEpoch: b.brokerEpoch });
      return;
    }
    const led: Array<{ topicId: string; partition: number }> = [];
    for (const [key, v] of b.local) {
      if (!v.leader) continue;
      const at = key.lastIndexOf(':');
      led.push({ topicId: key.slice(0, at), partition: Number(key.slice(at + 1)) });
    }
    if (led.length === 0) return;
    const pick = led[this.workRng.nextInt(led.length)]!;
    const p = b.image.partition(pick.topicId, pick.partition);
    if (p === undefined) return;
    let isr = [...p.isr];
    const outside = p.replicas.filter((r) => !isr.includes(r) && b.image.isActive(r));
    const followers = isr.filter((r) => r !== b.brokerId);
    if (outside.length > 0 && (followers.length === 0 || this.workRng.chance(0.6))) isr.push(outside[this.workRng.nextInt(outside.length)]!);
    else if (followers.length > 0) isr = isr.filter((r) => r !== followers[this.workRng.nextInt(followers.length)]);
    else return;
    this.request(b.name, `c${b.guess}`, {
      kind: 'alter-partition',
      request: {
        brokerId: b.brokerId,
        brokerEpoch: b.brokerEpoch,
        topics: [
          {
            topicId: p.topicId,
            partitions: [
              {
                partition: p.partition,
                leaderEpoch: p.leaderEpoch,
                partitionEpoch: p.partitionEpoch,
                newIsr: isr.map((brokerId) => ({ brokerId, brokerEpoch: b.image.broker(brokerId)?.brokerEpoch ?? -1 })),
                leaderRecoveryState: 0,
              },
            ],
          },
        ],
      },
    });
  }

  private brokerReply(b: BrokerNode, req: Inflight, body: RpcReply): void {
    if (req.body.kind === 'fetch') b.fetchInFlight = false;
    if (req.body.kind === 'register') b.registerInFlight = false;
    if (req.body.kind === 'heartbeat') b.heartbeatInFlight = false;
    if (body.kind === 'error') {
      this.countError(body.errorCode);
      if (body.errorCode === ErrorCode.NOT_CONTROLLER) b.guess = body.leaderHint ?? 1 + this.workRng.nextInt(this.controllers.length);
      if (body.errorCode === ErrorCode.STALE_BROKER_EPOCH && req.body.kind === 'heartbeat' && b.brokerEpoch === req.body.brokerEpoch) {
        // Our registration is gone (a newer one, or we were unregistered): register again.
        b.brokerEpoch = null;
      }
      return;
    }
    if (body.kind === 'fetch') {
      this.brokerApply(b, body);
      return;
    }
    this.stats.ok++;
    const response = body.response as Record<string, unknown>;
    switch (req.body.kind) {
      case 'register':
        if (b.brokerEpoch === null) {
          b.brokerEpoch = response['brokerEpoch'] as number;
          if (b.state === 'registering') b.state = 'running';
          this.stats.registrations++;
          this.log(`${b.name} registered epoch ${b.brokerEpoch}`);
        }
        return;
      case 'heartbeat':
        if (response['shouldShutDown'] === true && b.state === 'shutting-down' && req.body.brokerEpoch === b.brokerEpoch) {
          this.log(`${b.name} completes controlled shutdown`);
          b.previousBrokerEpoch = b.brokerEpoch;
          this.stopBroker(b, this.faultRng.nextFloat() * 3000);
        }
        return;
      case 'alter-partition': {
        const res = response as unknown as { topics: Array<{ partitions: Array<{ errorCode: number }> }> };
        const code = res.topics[0]?.partitions[0]?.errorCode ?? ErrorCode.NONE;
        if (code === ErrorCode.NONE) this.stats.alterPartitionOk++;
        else this.countError(code);
        return;
      }
      case 'producer-ids':
        this.producerIds.onAck(response['producerIdStart'] as number, response['producerIdLen'] as number);
        return;
      default:
        return;
    }
  }

  /** Applies fetched metadata, checks it against the log, and updates the replica set from the delta. */
  private brokerApply(b: BrokerNode, body: Extract<RpcReply, { kind: 'fetch' }>): void {
    const before = b.image;
    let image = before;
    if (body.snapshot !== null) {
      const snap = decodeMetadataSnapshot(body.snapshot);
      if (snap.offset > image.offset) {
        image = snap;
        this.stats.brokerSnapshotLoads++;
        this.canonical.onSnapshot(b.name, image);
      }
    }
    for (const batch of body.batches) {
      if (batch.offset !== image.offset + 1) continue;
      const prev = image;
      image = image.applyBatch(batch.data === null ? [] : decodeMetadataBatch(batch.data), batch.offset, batch.epoch);
      this.canonical.onApply(b.name, prev, image, batch.data);
    }
    if (image === before) return;
    b.image = image;
    const changes = localChanges(diff(before, image), b.brokerId);
    for (const p of changes.deleted) b.local.delete(partitionKey(p.topicId, p.partition));
    for (const p of changes.leaders) b.local.set(partitionKey(p.topicId, p.partition), { leader: true, leaderEpoch: p.leaderEpoch });
    for (const p of changes.followers) b.local.set(partitionKey(p.topicId, p.partition), { leader: false, leaderEpoch: p.leaderEpoch });
    this.checkLocal(b);
  }

  private checkLocal(b: BrokerNode): void {
    let count = 0;
    for (const t of b.image.topicsById.values()) {
      for (const p of t.partitions.values()) {
        if (!p.replicas.includes(b.brokerId)) continue;
        count++;
        const l = b.local.get(partitionKey(p.topicId, p.partition));
        if (l === undefined || l.leader !== (p.leader === b.brokerId) || l.leaderEpoch !== p.leaderEpoch) {
          throw new Violation('LocalReplicas', `${b.name}'s replica set from deltas disagrees with its image at ${p.topicId}:${p.partition}`);
        }
      }
    }
    if (count !== b.local.size) throw new Violation('LocalReplicas', `${b.name} holds ${b.local.size} replicas by deltas but ${count} by its image`);
  }

  private stopBroker(b: BrokerNode, restartInMs: number): void {
    b.state = 'down';
    b.brokerEpoch = null;
    this.inflight.delete(b.name);
    this.queue.push(this.now + restartInMs, { kind: 'broker-restart', broker: b.brokerId - 1 });
  }

  // ---------------------------------------------------------------- the admin client

  private clientOp(): void {
    if (this.phase !== 'faults') return;
    this.queue.push(this.now + this.workRng.nextFloat() * 2 * this.clientIntervalMs, { kind: 'admin' });
    const r = this.workRng;
    const name = r.pick(TOPIC_NAMES);
    const roll = r.nextFloat();
    let op: AdminOp;
    if (roll < 0.35) op = { kind: 'create', name, partitions: r.between(1, 4), rf: r.between(1, Math.min(4, this.brokers.length + 1)) };
    else if (roll < 0.5) op = { kind: 'delete', name };
    else if (roll < 0.62) op = { kind: 'grow', name, by: r.between(1, 2) };
    else if (roll < 0.8) op = { kind: 'config', name, key: r.chance(0.6) ? 'unclean.leader.election.enable' : 'retention.ms', value: r.chance(0.3) ? null : r.chance(0.5) ? 'true' : 'false' };
    else op = { kind: 'elect', type: r.chance(0.7) ? 'preferred' : 'unclean', name: r.chance(0.5) ? null : name };
    if (op.kind === 'config' && op.key === 'retention.ms' && op.value !== null) op = { ...op, value: String(r.between(1000, 100000)) };
    this.request('admin', `c${this.clientGuess}`, { kind: 'admin', op });
  }

  // ---------------------------------------------------------------- network

  private request(from: Endpoint, to: Endpoint, body: RpcBody): void {
    const id = this.nextRpcId++;
    let pending = this.inflight.get(from);
    if (pending === undefined) {
      pending = new Map();
      this.inflight.set(from, pending);
    }
    pending.set(id, { to, body });
    this.queue.push(this.now + RPC_TIMEOUT_MS, { kind: 'rpc-timeout', owner: from, id });
    this.sendNet({ kind: 'request', from, to, id, body });
  }

  private onRpcLost(owner: Endpoint, rpc: Inflight): void {
    const next = 1 + this.workRng.nextInt(this.controllers.length);
    if (owner === 'admin') {
      this.clientGuess = next;
      return;
    }
    const b = this.brokers[Number(owner.slice(1)) - 1]!;
    if (rpc.body.kind === 'fetch') b.fetchInFlight = false;
    if (rpc.body.kind === 'register') b.registerInFlight = false;
    if (rpc.body.kind === 'heartbeat') b.heartbeatInFlight = false;
    if (rpc.body.kind !== 'fetch') b.guess = next;
  }

  private sendRaft(m: Message): void {
    this.sendNet({ kind: 'raft', from: `c${m.from}`, to: `c${m.to}`, message: m });
  }

  private sendNet(m: NetMessage): void {
    if (this.blocked.has(`${m.from}>${m.to}`) || this.netRng.chance(this.dropRate)) return;
    this.queue.push(this.now + this.delay(), { kind: 'deliver', message: m });
    if (this.netRng.chance(this.dupRate)) this.queue.push(this.now + this.delay(), { kind: 'deliver', message: m });
  }

  private delay(): number {
    return this.delayMinMs + this.netRng.nextFloat() * (this.delayMaxMs - this.delayMinMs);
  }

  private deliver(m: NetMessage): void {
    if (m.to.startsWith('c')) {
      const c = this.controllers[Number(m.to.slice(1)) - 1]!;
      if (c.core === null) return;
      if (m.kind === 'raft') {
        c.core.step(m.message);
        this.pump(c);
      } else if (m.kind === 'request') {
        this.serve(c, m.from, m.id, m.body);
      }
      return;
    }
    if (m.kind !== 'reply') return;
    const pending = this.inflight.get(m.to);
    const req = pending?.get(m.id);
    if (req === undefined) return;
    pending!.delete(m.id);
    if (m.to === 'admin') {
      if (m.body.kind === 'error') {
        this.countError(m.body.errorCode);
        if (m.body.errorCode === ErrorCode.NOT_CONTROLLER) this.clientGuess = m.body.leaderHint ?? 1 + this.workRng.nextInt(this.controllers.length);
      } else {
        this.stats.ok++;
        this.countAdmin(m.body);
      }
      return;
    }
    const b = this.brokers[Number(m.to.slice(1)) - 1]!;
    if (b.state === 'down') return;
    this.brokerReply(b, req, m.body);
  }

  private countAdmin(body: RpcReply): void {
    if (body.kind !== 'ok') return;
    type Item = { errorCode?: number; partitions?: Array<{ errorCode: number }> };
    const res = body.response as { topics?: Item[]; responses?: Item[]; results?: Item[] };
    for (const item of [...(res.topics ?? []), ...(res.responses ?? []), ...(res.results ?? [])]) {
      if (item.errorCode !== undefined && item.errorCode !== ErrorCode.NONE) this.countError(item.errorCode);
      for (const p of item.partitions ?? []) if (p.errorCode !== ErrorCode.NONE) this.countError(p.errorCode);
    }
  }

  private countError(code: number): void {
    const name = errorInfo(code).name;
    this.stats.errors[name] = (this.stats.errors[name] ?? 0) + 1;
  }

  // ---------------------------------------------------------------- faults

  private endpoints(): Endpoint[] {
    return [...this.controllers.map((c) => c.name), ...this.brokers.map((b) => b.name), 'admin'];
  }

  private block(a: Endpoint, b: Endpoint): void {
    this.blocked.add(`${a}>${b}`);
    this.blocked.add(`${b}>${a}`);
  }

  private injectFault(): void {
    if (this.phase !== 'faults') return;
    this.queue.push(this.now + this.faultRng.nextFloat() * 2 * this.faultIntervalMs, { kind: 'fault' });
    const r = this.faultRng;
    const roll = r.nextFloat();
    const live = this.controllers.filter((c) => c.core !== null);
    if (roll < 0.12) {
      if (live.length > 0) this.crashController(r.pick(live));
    } else if (roll < 0.24) {
      this.blocked.clear();
      const sides = this.endpoints().map((e) => [e, r.chance(0.5)] as const);
      for (const [x, sx] of sides) for (const [y, sy] of sides) if (sx !== sy) this.blocked.add(`${x}>${y}`);
      this.stats.partitions++;
      this.log(`fault: partition {${sides.filter(([, s]) => s).map(([e]) => e).join(',')}} | rest`);
    } else if (roll < 0.32) {
      const active = live.find((c) => c.controller!.isActive);
      if (active !== undefined) {
        for (const e of this.endpoints()) if (e !== active.name) this.block(active.name, e);
        this.stats.partitions++;
        this.log(`fault: isolate active controller ${active.name}`);
      }
    } else if (roll < 0.44) {
      // Cut one broker off from every controller: it will be fenced after the session timeout.
      const b = r.pick(this.brokers);
      for (const c of this.controllers) this.block(b.name, c.name);
      this.stats.partitions++;
      this.log(`fault: isolate ${b.name} from the controllers`);
    } else if (roll < 0.58) {
      this.blocked.clear();
      this.log('fault: heal partitions');
    } else if (roll < 0.66) {
      this.dropRate = r.chance(0.4) ? 0 : r.nextFloat() * 0.2;
      this.dupRate = r.chance(0.5) ? 0 : r.nextFloat() * 0.05;
      this.delayMinMs = r.nextFloat() * 2;
      this.delayMaxMs = this.delayMinMs + r.nextFloat() * (r.chance(0.2) ? 150 : 20);
      this.log(`fault: network drop=${this.dropRate.toFixed(3)} dup=${this.dupRate.toFixed(3)} delay=${this.delayMinMs.toFixed(1)}..${this.delayMaxMs.toFixed(1)}ms`);
    } else if (roll < 0.76) {
      const up = this.brokers.filter((b) => b.state !== 'down');
      if (up.length > 0) {
        const b = r.pick(up);
        this.stats.brokerCrashes++;
        this.log(`fault: crash ${b.name}`);
        b.previousBrokerEpoch = -1;
        this.stopBroker(b, r.chance(0.5) ? r.nextFloat() * 3000 : 5000 + r.nextFloat() * 10_000);
      }
    } else if (roll < 0.84) {
      const running = this.brokers.filter((b) => b.state === 'running' && b.brokerEpoch !== null);
      if (running.length > 0) {
        const b = r.pick(running);
        b.state = 'shutting-down';
        this.stats.controlledShutdowns++;
        this.log(`fault: controlled shutdown of ${b.name}`);
      }
    } else if (roll < 0.9) {
      const leader = live.find((c) => c.core!.status().role === 'leader');
      if (leader !== undefined) {
        const to = 1 + r.nextInt(this.controllers.length);
        const res = leader.core!.transferLeadership(to);
        this.stats.transfers++;
        this.log(`fault: ${leader.name} transfers leadership to c${to}: ${res.ok ? 'started' : res.error}`);
        this.pump(leader);
      }
    } else if (roll < 0.95) {
      this.diskMinMs = r.nextFloat() * 0.5;
      this.diskMaxMs = this.diskMinMs + r.nextFloat() * (r.chance(0.2) ? 60 : 5);
    } else {
      const down = this.controllers.filter((c) => c.core === null);
      if (down.length > 0) this.queue.push(this.now, { kind: 'controller-restart', node: r.pick(down).index });
    }
  }

  private heal(): void {
    this.phase = 'recovery';
    this.blocked.clear();
    this.dropRate = 0;
    this.dupRate = 0;
    const budgetMs = (this.raftConfig.electionTicks * TICK_MS) / 8;
    this.delayMinMs = Math.min(this.delayMinMs, budgetMs / 2);
    this.delayMaxMs = Math.min(this.delayMaxMs, budgetMs);
    this.diskMinMs = Math.min(this.diskMinMs, budgetMs / 2);
    this.diskMaxMs = Math.min(this.diskMaxMs, budgetMs);
    this.log('heal: network repaired, everything restarts, no new admin requests');
    for (const c of this.controllers) if (c.core === null) this.queue.push(this.now, { kind: 'controller-restart', node: c.index });
    for (const b of this.brokers) if (b.state === 'down') this.queue.push(this.now, { kind: 'broker-restart', broker: b.brokerId - 1 });
  }

  // ---------------------------------------------------------------- checks

  private countChanges(before: MetadataImage, after: MetadataImage): void {
    const d = diff(before, after);
    for (const bd of d.changedBrokers) {
      if (bd.after !== undefined && (bd.before === undefined || bd.before.brokerEpoch !== bd.after.brokerEpoch)) continue;
      if (bd.before !== undefined && bd.after !== undefined) {
        if (!bd.before.fenced && bd.after.fenced) this.stats.fencings++;
        if (bd.before.fenced && !bd.after.fenced) this.stats.unfencings++;
      }
    }
    this.stats.topicsCreated += d.createdTopics.length;
    this.stats.topicsDeleted += d.deletedTopics.length;
    this.stats.configChanges += d.changedTopicConfigs.length;
    for (const p of d.changedPartitions) {
      if (p.before === undefined) {
        if (!d.createdTopics.some((t) => t.topicId === p.topicId)) this.stats.partitionsAdded++;
        continue;
      }
      if (p.before.leader !== p.after.leader) {
        this.stats.leaderChanges++;
        if (p.after.leader === NO_LEADER) this.stats.leaderlessTransitions++;
      }
    }
  }

  private isSettled(): boolean {
    const statuses = this.controllers.map((c) => c.core?.status() ?? null);
    const leader = statuses.find((s) => s !== null && s.role === 'leader');
    if (leader === undefined || leader === null) return false;
    const active = this.controllers[leader.id - 1]!;
    if (!active.controller!.isActive) return false;
    const image = active.controller!.committedImage;
    for (let k = 0; k < this.controllers.length; k++) {
      const s = statuses[k];
      const c = this.controllers[k]!;
      if (!s || s.term !== leader.term || s.applied !== leader.commit || c.outstanding !== null) return false;
      if (c.controller!.committedImage.offset !== image.offset) return false;
    }
    if (image.offset !== leader.lastIndex) return false;
    for (const b of this.brokers) {
      if (b.state !== 'running' || b.brokerEpoch === null) return false;
      const reg = image.broker(b.brokerId);
      if (reg === undefined || reg.brokerEpoch !== b.brokerEpoch || reg.fenced || reg.inControlledShutdown) return false;
      if (b.image.offset !== image.offset) return false;
    }
    if (image.leaderless.size > 0) return false;
    return true;
  }

  private describeUnsettled(): string {
    const cs = this.controllers.map((c) => {
      const s = c.core?.status();
      if (!s) return `${c.name}:down`;
      const ctl = c.controller!;
      return `${c.name}:${s.role}/t${s.term}/commit=${s.commit}/applied=${s.applied}/last=${s.lastIndex}/image@${ctl.committedImage.offset}${ctl.isActive ? '/ACTIVE' : ''}`;
    });
    const ref = this.controllers.find((c) => c.controller?.isActive)?.controller!.committedImage;
    const bs = this.brokers.map((b) => {
      const reg = ref?.broker(b.brokerId);
      return `${b.name}:${b.state}/epoch=${b.brokerEpoch ?? '-'}/image@${b.image.offset}/reg=${reg ? `${reg.brokerEpoch}${reg.fenced ? 'F' : ''}${reg.inControlledShutdown ? 'S' : ''}` : '-'}`;
    });
    return `${cs.join(' ')}; ${bs.join(' ')}; leaderless=${ref?.leaderless.size ?? '?'}`;
  }

  private finalChecks(): void {
    const images = this.controllers.map((c) => c.controller!.committedImage);
    for (const b of this.brokers) images.push(b.image);
    const ref = images[0]!;
    for (const img of images) {
      this.canonical.compare('final', img);
      if (!imagesEqual(ref, img)) throw new Violation('ImageAgreement', `images differ after settling (offsets ${images.map((i) => i.offset).join(',')})`);
    }
    for (const w of this.acked) {
      const epoch = this.canonical.epochAt(w.offset);
      if (epoch !== w.epoch) throw new Violation('AckedWrites', `${w.what} was acknowledged at (${w.offset}, epoch ${w.epoch}) but the log holds epoch ${epoch ?? 'nothing'} there`);
    }
  }

  // ---------------------------------------------------------------- reporting

  private log(line: TraceLine): void {
    const step = this.step;
    const t = this.now;
    const entry = typeof line === 'string' ? `[${t.toFixed(2)}ms #${step}] ${line}` : () => `[${t.toFixed(2)}ms #${step}] ${line()}`;
    this.trace.add(entry);
    if (this.options.onTrace) this.options.onTrace(typeof entry === 'string' ? entry : entry());
  }

  private failure(err: unknown): Error {
    if (err instanceof ControllerSimulationFailure) return err;
    let reason: string;
    if (err instanceof Violation) reason = err.message;
    else if (err instanceof ControllerInvariantError) reason = `[controller assertion] ${err.message}`;
    else if (err instanceof RaftInvariantError) reason = `[raft assertion] ${err.message}`;
    else return err instanceof Error ? err : new Error(String(err));
    const states = [
      ...this.controllers.map((c) => {
        if (c.core === null) return `${c.name}: down`;
        const s = c.core.status();
        const ctl = c.controller!;
        return `${c.name}: ${s.role} t${s.term} commit=${s.commit} applied=${s.applied} last=${s.lastIndex} snap=${s.snapshotIndex} image@${ctl.committedImage.offset} active=${ctl.isActive}`;
      }),
      ...this.brokers.map((b) => `${b.name}: ${b.state} epoch=${b.brokerEpoch ?? '-'} image@${b.image.offset}`),
    ];
    return new ControllerSimulationFailure(this.seed, this.step, this.now, reason, this.trace.tail(), states);
  }

  private summary(): ControllerSimulationSummary {
    const s = this.stats;
    const leader = this.controllers.find((c) => c.controller?.isActive);
    return {
      seed: this.seed,
      controllers: this.controllers.length,
      brokers: this.brokers.length,
      steps: this.step,
      virtualMs: Math.round(this.now),
      settleMs: Math.round(this.now - this.faultMs),
      committedOffset: leader?.controller!.committedImage.offset ?? 0,
      activeControllerEpochs: this.activeEpochs.size,
      faults: { controllerCrashes: s.controllerCrashes, tornWrites: s.tornWrites, partitions: s.partitions, brokerCrashes: s.brokerCrashes, controlledShutdowns: s.controlledShutdowns, transfers: s.transfers },
      metadata: {
        registrations: s.registrations,
        fencings: s.fencings,
        unfencings: s.unfencings,
        leaderChanges: s.leaderChanges,
        leaderlessTransitions: s.leaderlessTransitions,
        topicsCreated: s.topicsCreated,
        topicsDeleted: s.topicsDeleted,
        partitionsAdded: s.partitionsAdded,
        configChanges: s.configChanges,
      },
      requests: { ok: s.ok, errors: { ...s.errors }, alterPartitionOk: s.alterPartitionOk, producerIdBlocks: this.producerIds.count, ackedWrites: this.acked.length },
      snapshots: { compactions: s.compactions, controllerRestores: s.controllerRestores, brokerSnapshotLoads: s.brokerSnapshotLoads, imageComparisons: this.canonical.comparisons },
    };
  }
}
