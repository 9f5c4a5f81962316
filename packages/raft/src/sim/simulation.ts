import { RaftInvariantError } from '../core/assert.js';
import { RaftNode, type RaftNodeConfig, type RaftStatus, type RaftStorageState } from '../core/node.js';
import { SeededRandom } from '../core/random.js';
import { recoverStorage } from '../core/recovery.js';
import { EntryType, RaftError, type Entry, type HardState, type Message, type NodeId, type Ready, type Snapshot } from '../core/types.js';
import {
  CommitTracker,
  CommittedDurable,
  ElectionSafety,
  LeaderCompleteness,
  LogMatching,
  Monotonic,
  ReadIndexSafety,
  StateMachineSafety,
  Violation,
  type Checker,
  type CheckedNode,
  type ClusterView,
} from './checkers.js';
import { EventQueue } from './event-queue.js';
import { applyEntry, decodeDigestSnapshot, encodeDigestSnapshot, INITIAL_DIGEST, type DigestState } from './state-machine.js';
import { describeMessage, describeReady, TraceBuffer, type TraceLine } from './trace.js';

/**
 * A deterministic simulation of a raft cluster (TigerBeetle's VOPR, FoundationDB's simulator):
 * 3 or 5 voters (and maybe an observer) in one process, a virtual clock, a network that delays,
 * reorders, drops and duplicates messages and partitions nodes (symmetric and one-way), disks that
 * lose whatever was not yet persisted when a node crashes (sometimes keeping a torn prefix of the
 * batch), client proposals and linearizable reads throughout, leadership transfers and snapshots.
 * After every step the safety checkers run. After the fault phase the network heals, all nodes
 * restart, and the cluster must elect a leader and resolve every proposal and read. Everything
 * random derives from `seed`, so a seed replays a run exactly.
 */
export interface SimulationOptions {
  readonly seed: number;
  /** Voters: 3 or 5 (default: chosen by the seed). */
  readonly voters?: number;
  /** Observers (default: chosen by the seed, 0 or 1). */
  readonly observers?: number;
  readonly preVote?: boolean;
  readonly checkQuorum?: boolean;
  /** Virtual milliseconds of faults, proposals and reads (default 10 000). */
  readonly faultMs?: number;
  /** Virtual milliseconds allowed after healing for a leader to emerge and everything to settle (default 30 000). */
  readonly healMs?: number;
  /** Trace lines kept for the failure report (default 300). */
  readonly traceCapacity?: number;
  /** Receives every trace line as it happens (replay tooling); slows the run. */
  readonly onTrace?: (line: string) => void;
  /** Builds nodes; tests pass deliberately broken subclasses to show the checkers catch them. */
  readonly makeNode?: (config: RaftNodeConfig, storage: RaftStorageState) => RaftNode;
}

export interface SimulationSummary {
  readonly seed: number;
  readonly voters: number;
  readonly observers: number;
  readonly preVote: boolean;
  readonly checkQuorum: boolean;
  readonly steps: number;
  readonly virtualMs: number;
  readonly leaderTerms: number;
  readonly maxTerm: number;
  readonly committedIndex: number;
  readonly proposals: { accepted: number; rejected: number; committed: number; lost: number; unknown: number };
  readonly reads: { issued: number; ok: number; failed: number };
  readonly faults: { crashes: number; tornWrites: number; partitions: number; transfers: number };
  readonly snapshots: { compactions: number; restores: number };
  readonly messages: { sent: number; dropped: number; duplicated: number };
  readonly settleMs: number;
}

export class SimulationFailure extends Error {
  override readonly name = 'SimulationFailure';
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
        `replay: node packages/raft/scripts/sim.mjs --seed ${seed} --trace`,
        `--- last ${trace.length} trace lines ---`,
        ...trace,
        '--- node states ---',
        ...nodeStates,
      ].join('\n'),
    );
  }
}

type SimEvent =
  | { kind: 'tick'; node: number; incarnation: number }
  | { kind: 'deliver'; message: Message }
  | { kind: 'persisted'; node: number; incarnation: number }
  | { kind: 'client' }
  | { kind: 'read' }
  | { kind: 'fault' }
  | { kind: 'restart'; node: number }
  | { kind: 'heal' };

interface MutableDisk {
  hardState: HardState;
  snapshot: Snapshot | null;
  entries: Entry[];
}

interface SimNode extends CheckedNode {
  readonly id: NodeId;
  readonly index: number;
  readonly isVoter: boolean;
  core: RaftNode | null;
  incarnation: number;
  outstanding: Ready | null;
  readonly disk: MutableDisk;
  sm: DigestState;
  readonly tickMs: number;
  readonly random: SeededRandom;
}

type ProposalStatus = 'pending' | 'committed' | 'lost' | 'unknown' | 'rejected';

interface ProposalRecord {
  readonly id: number;
  readonly node: NodeId;
  readonly incarnation: number;
  readonly index: number;
  readonly term: number;
  status: ProposalStatus;
}

const TICK_MS = 10;

export function runSimulation(options: SimulationOptions): SimulationSummary {
  return new Simulation(options).run();
}

export class Simulation {
  private readonly seed: number;
  private readonly rng: SeededRandom;
  private readonly netRng: SeededRandom;
  private readonly faultRng: SeededRandom;
  private readonly clientRng: SeededRandom;
  private readonly diskRng: SeededRandom;
  private readonly queue = new EventQueue<SimEvent>();
  private readonly nodes: SimNode[] = [];
  private readonly voterIds: NodeId[] = [];
  private readonly observerIds: NodeId[] = [];
  private readonly quorum: number;
  private readonly config: Omit<RaftNodeConfig, 'id' | 'random'>;
  private readonly trace: TraceBuffer;
  private readonly view: ClusterView;

  // Checkers.
  private readonly commits = new CommitTracker();
  private readonly election = new ElectionSafety();
  private readonly stateMachine: StateMachineSafety;
  private readonly reads: ReadIndexSafety;
  private readonly durable: CommittedDurable;
  private readonly checkers: Checker[];

  // Network.
  private readonly blocked = new Set<number>();
  private dropRate: number;
  private dupRate: number;
  private delayMinMs: number;
  private delayMaxMs: number;
  /** A fraction of messages is held back much longer (long-tail latency: stale messages across terms). */
  private tailRate: number;
  private tailMaxMs: number;

  // Disk.
  private diskMinMs: number;
  private diskMaxMs: number;

  // Workload.
  private readonly proposals = new Map<string, ProposalRecord>();
  private readonly proposalsById = new Map<number, ProposalRecord>();
  private nextProposalId = 1;
  private readonly clientIntervalMs: number;
  private readonly readIntervalMs: number;
  private readonly faultIntervalMs: number;
  private readonly compactEvery: number;
  private readonly snapshotFillerMax: number;

  private now = 0;
  private step = 0;
  private phase: 'faults' | 'recovery' = 'faults';
  private readonly faultMs: number;
  private readonly healMs: number;
  private readonly stats = {
    accepted: 0,
    rejected: 0,
    committed: 0,
    lost: 0,
    unknown: 0,
    readsIssued: 0,
    readsOk: 0,
    readsFailed: 0,
    crashes: 0,
    tornWrites: 0,
    partitions: 0,
    transfers: 0,
    compactions: 0,
    restores: 0,
    sent: 0,
    dropped: 0,
    duplicated: 0,
    maxTerm: 0,
  };

  constructor(private readonly options: SimulationOptions) {
    this.seed = options.seed >>> 0;
    this.rng = new SeededRandom(this.seed);
    this.netRng = this.rng.fork();
    this.faultRng = this.rng.fork();
    this.clientRng = this.rng.fork();
    this.diskRng = this.rng.fork();
    const r = this.rng;
    const voters = options.voters ?? (r.chance(0.5) ? 3 : 5);
    const observers = options.observers ?? (r.chance(0.3) ? 1 : 0);
    const preVote = options.preVote ?? r.chance(0.85);
    const checkQuorum = options.checkQuorum ?? r.chance(0.85);
    // A quarter of the runs are election storms: timeouts barely above network delays, so
    // candidates collide, votes split and stale votes arrive in later terms.
    const stormy = r.chance(0.25);
    const electionTicks = stormy ? r.between(2, 4) : r.between(3, 15);
    const heartbeatTicks = r.between(1, Math.max(1, Math.floor(electionTicks / 4)));
    for (let i = 1; i <= voters; i++) this.voterIds.push(i);
    for (let i = 1; i <= observers; i++) this.observerIds.push(voters + i);
    this.quorum = Math.floor(voters / 2) + 1;
    this.config = {
      voters: this.voterIds,
      observers: this.observerIds,
      electionTicks,
      heartbeatTicks,
      preVote,
      checkQuorum,
      limits: {
        appendEntriesMax: r.between(1, 64),
        appendBytesMax: r.between(8, 2048),
        inflightAppendsMax: r.between(1, 16),
        snapshotChunkBytesMax: r.between(16, 512),
        pendingProposalsMax: r.between(5, 300),
        pendingReadsMax: r.between(5, 100),
        applyEntriesMax: r.between(1, 64),
        applyBytesMax: r.between(8, 4096),
        entryBytesMax: 256,
      },
    };
    this.trace = new TraceBuffer(options.traceCapacity ?? 300);
    this.faultMs = options.faultMs ?? 10_000;
    this.healMs = options.healMs ?? 30_000;
    this.clientIntervalMs = r.between(1, 30);
    this.readIntervalMs = r.between(5, 150);
    // Log-uniform: some runs are calm, some see a fault every few election timeouts.
    this.faultIntervalMs = Math.round(20 * Math.pow(75, r.nextFloat()));
    this.compactEvery = r.chance(0.15) ? Infinity : r.between(3, 300);
    this.snapshotFillerMax = r.between(0, 1200);
    this.dropRate = r.chance(0.3) ? 0 : r.nextFloat() * 0.1;
    this.dupRate = r.chance(0.3) ? 0 : r.nextFloat() * 0.05;
    this.delayMinMs = r.nextFloat();
    this.delayMaxMs = this.delayMinMs + r.nextFloat() * (stormy ? 40 : 20);
    this.tailRate = r.chance(0.3) ? 0 : r.nextFloat() * 0.2;
    this.tailMaxMs = r.between(50, 600);
    this.diskMinMs = r.nextFloat() * 0.5;
    this.diskMaxMs = this.diskMinMs + r.nextFloat() * 8;

    const all = [...this.voterIds, ...this.observerIds];
    for (let k = 0; k < all.length; k++) {
      const id = all[k]!;
      this.nodes.push({
        id,
        index: k,
        isVoter: this.voterIds.includes(id),
        core: null,
        incarnation: 0,
        outstanding: null,
        disk: { hardState: { term: 0, votedFor: null }, snapshot: null, entries: [] },
        sm: { index: 0, digest: INITIAL_DIGEST },
        tickMs: TICK_MS * (0.9 + 0.2 * r.nextFloat()),
        random: r.fork(),
      });
    }
    this.view = { nodes: this.nodes, quorum: this.quorum };
    this.stateMachine = new StateMachineSafety(this.commits);
    this.reads = new ReadIndexSafety(this.commits);
    this.durable = new CommittedDurable(this.commits);
    this.checkers = [
      this.election,
      new LogMatching(),
      new LeaderCompleteness(this.commits),
      this.durable,
      new Monotonic(this.commits),
    ];
  }

  run(): SimulationSummary {
    this.log(
      `seed ${this.seed}: ${this.voterIds.length} voters, ${this.observerIds.length} observers, ` +
        `preVote=${this.config.preVote} checkQuorum=${this.config.checkQuorum} election=${this.config.electionTicks} ` +
        `heartbeat=${this.config.heartbeatTicks} ticks, limits ${JSON.stringify(this.config.limits)}, compactEvery=${this.compactEvery}`,
    );
    try {
      for (const n of this.nodes) this.startNode(n);
      this.queue.push(this.clientRng.nextFloat() * this.clientIntervalMs, { kind: 'client' });
      this.queue.push(this.clientRng.nextFloat() * this.readIntervalMs, { kind: 'read' });
      this.queue.push(this.faultRng.nextFloat() * this.faultIntervalMs, { kind: 'fault' });
      this.queue.push(this.faultMs, { kind: 'heal' });
      const deadline = this.faultMs + this.healMs;
      for (;;) {
        const ev = this.queue.pop();
        if (ev === undefined) throw new Violation('Liveness', 'event queue ran dry');
        this.now = ev.time;
        if (this.now > deadline) {
          throw new Violation('Liveness', `cluster did not settle within ${this.healMs}ms after healing: ${this.describeUnsettled()}`);
        }
        this.step++;
        const touched = this.handle(ev.item);
        this.check(touched);
        if (this.phase === 'recovery' && this.isSettled()) break;
      }
      this.finalChecks();
    } catch (err) {
      throw this.failure(err);
    }
    return this.summary();
  }

  // ---------------------------------------------------------------- events

  private handle(ev: SimEvent): number {
    switch (ev.kind) {
      case 'tick': {
        const n = this.nodes[ev.node]!;
        if (n.core === null || n.incarnation !== ev.incarnation) return -1;
        n.core.tick();
        this.queue.push(this.now + n.tickMs, ev);
        this.pump(n);
        return n.index;
      }
      case 'deliver': {
        const m = ev.message;
        const n = this.nodes[m.to - 1]!;
        if (n.core === null) {
          this.log(() => `drop (n${m.to} down) ${describeMessage(m)}`);
          return -1;
        }
        this.log(() => `deliver ${describeMessage(m)}`);
        n.core.step(m);
        this.pump(n);
        return n.index;
      }
      case 'persisted': {
        const n = this.nodes[ev.node]!;
        if (n.core === null || n.incarnation !== ev.incarnation || n.outstanding === null) return -1;
        this.complete(n);
        this.pump(n);
        return n.index;
      }
      case 'client':
        return this.clientPropose();
      case 'read':
        return this.clientRead();
      case 'fault':
        this.injectFault();
        return -1;
      case 'restart': {
        const n = this.nodes[ev.node]!;
        if (n.core !== null) return -1;
        this.startNode(n);
        return n.index;
      }
      case 'heal':
        this.heal();
        return -1;
    }
  }

  private startNode(n: SimNode): void {
    const config: RaftNodeConfig = { ...this.config, id: n.id, random: n.random.fork() };
    const storage = recoverStorage(n.disk.hardState, n.disk.snapshot, n.disk.entries);
    n.disk.entries = [...storage.entries];
    n.core = this.options.makeNode ? this.options.makeNode(config, storage) : new RaftNode(config, storage);
    n.outstanding = null;
    n.sm = n.disk.snapshot ? decodeDigestSnapshot(n.disk.snapshot.data) : { index: 0, digest: INITIAL_DIGEST };
    const s = n.core.status();
    this.log(`start n${n.id} inc=${n.incarnation} term=${s.term} last=(${s.lastIndex},${s.lastTerm}) snap=${s.snapshotIndex}`);
    this.queue.push(this.now + n.tickMs * n.random.nextFloat(), { kind: 'tick', node: n.index, incarnation: n.incarnation });
    this.pump(n);
  }

  /** Takes ready batches from `n` until one needs the disk (or none is left). */
  private pump(n: SimNode): void {
    while (n.core !== null && n.outstanding === null && n.core.hasReady()) {
      const r = n.core.ready();
      n.outstanding = r;
      if (r.softState !== null && r.softState.term > this.stats.maxTerm) this.stats.maxTerm = r.softState.term;
      const id = n.id;
      this.log(() => `n${id} ready ${describeReady(r)}`);
      for (const m of r.messagesEarly) this.send(m);
      if (r.hardState !== null || r.entries.length > 0 || r.snapshot !== null) {
        const latency = this.diskMinMs + this.diskRng.nextFloat() * (this.diskMaxMs - this.diskMinMs);
        this.queue.push(this.now + latency, { kind: 'persisted', node: n.index, incarnation: n.incarnation });
        return;
      }
      this.complete(n);
    }
  }

  /** The outstanding batch is durable: send what waited for it, apply, acknowledge. */
  private complete(n: SimNode): void {
    const r = n.outstanding!;
    const core = n.core!;
    this.commits.observeNode(n, core.status());
    this.writeDisk(n, r, Infinity);
    for (const m of r.messages) this.send(m);
    if (r.snapshot !== null && r.snapshot.isRestore) {
      n.sm = decodeDigestSnapshot(r.snapshot.snapshot.data);
      this.stats.restores++;
      this.stateMachine.onRestore(n.id, n.sm.index, n.sm.digest);
    }
    for (const e of r.committedEntries) {
      if (e.index !== n.sm.index + 1) {
        throw new Violation('StateMachineSafety', `n${n.id} applied ${e.index} after ${n.sm.index}`);
      }
      applyEntry(n.sm, e);
      this.stateMachine.onApply(n.id, e, n.sm.digest);
    }
    for (const rs of r.readStates) {
      if (this.reads.onAnswer(n.id, n.incarnation, rs)) this.stats.readsOk++;
      else this.stats.readsFailed++;
    }
    for (const pr of r.proposalResults) this.onProposalResult(n, pr.index, pr.term, pr.error);
    n.outstanding = null;
    core.advance(r);
    if (n.sm.index - core.status().snapshotIndex >= this.compactEvery) {
      const filler = this.snapshotFillerMax === 0 ? 0 : n.sm.digest % (this.snapshotFillerMax + 1);
      if (core.compact(n.sm.index, encodeDigestSnapshot(n.sm, filler))) {
        this.stats.compactions++;
        this.log(`n${n.id} compacts through ${n.sm.index}`);
      }
    }
  }

  /**
   * Applies the first `opsMax` write operations of `r` to the durable disk, in the order a driver
   * performs them: snapshot, truncation, each entry, hard state.
   */
  private writeDisk(n: SimNode, r: Ready, opsMax: number): number {
    const disk = n.disk;
    let ops = 0;
    if (r.snapshot !== null) {
      if (ops++ >= opsMax) return ops - 1;
      const snap = r.snapshot.snapshot;
      disk.snapshot = snap;
      if (r.snapshot.isRestore) {
        disk.entries = [];
      } else {
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
        const last = disk.entries.length > 0 ? disk.entries[disk.entries.length - 1]!.index : (disk.snapshot?.meta.index ?? 0);
        if (e.index !== last + 1) throw new Violation('Disk', `n${n.id} would write entry ${e.index} after ${last}`);
        disk.entries.push(e);
      }
    }
    if (r.hardState !== null) {
      if (ops++ >= opsMax) return ops - 1;
      disk.hardState = r.hardState;
    }
    return ops;
  }

  private send(m: Message): void {
    this.stats.sent++;
    if (this.blocked.has(m.from * 1000 + m.to)) {
      this.stats.dropped++;
      return;
    }
    if (this.netRng.chance(this.dropRate)) {
      this.stats.dropped++;
      return;
    }
    this.queue.push(this.now + this.delay(), { kind: 'deliver', message: m });
    if (this.netRng.chance(this.dupRate)) {
      this.stats.duplicated++;
      this.queue.push(this.now + this.delay(), { kind: 'deliver', message: m });
    }
  }

  private delay(): number {
    if (this.netRng.chance(this.tailRate)) return this.delayMaxMs + this.netRng.nextFloat() * this.tailMaxMs;
    return this.delayMinMs + this.netRng.nextFloat() * (this.delayMaxMs - this.delayMinMs);
  }

  // ---------------------------------------------------------------- workload

  private clientPropose(): number {
    if (this.phase !== 'faults') return -1;
    this.queue.push(this.now + this.clientRng.nextFloat() * 2 * this.clientIntervalMs, { kind: 'client' });
    const live = this.nodes.filter((n) => n.core !== null);
    if (live.length === 0) return -1;
    const leaders = live.filter((n) => n.core!.status().role === 'leader');
    const target = leaders.length > 0 && this.clientRng.chance(0.9) ? this.clientRng.pick(leaders) : this.clientRng.pick(live);
    const id = this.nextProposalId++;
    const data = new Uint8Array(4 + this.clientRng.nextInt(24));
    new DataView(data.buffer).setUint32(0, id);
    const res = target.core!.propose(data);
    if (res.ok) {
      const rec: ProposalRecord = { id, node: target.id, incarnation: target.incarnation, index: res.index, term: res.term, status: 'pending' };
      this.proposals.set(`${target.id}:${res.index}:${res.term}`, rec);
      this.proposalsById.set(id, rec);
      this.stats.accepted++;
      this.log(`propose p${id} on n${target.id} -> (${res.index},t${res.term})`);
    } else {
      this.stats.rejected++;
      this.proposalsById.set(id, { id, node: target.id, incarnation: target.incarnation, index: -1, term: -1, status: 'rejected' });
    }
    this.pump(target);
    return target.index;
  }

  private onProposalResult(n: SimNode, index: number, term: number, error: string | null): void {
    const key = `${n.id}:${index}:${term}`;
    const rec = this.proposals.get(key);
    if (rec === undefined || rec.status !== 'pending') {
      throw new Violation('ProposalOutcome', `n${n.id} reported an outcome for unknown proposal (${index},t${term})`);
    }
    this.proposals.delete(key);
    if (error === null) {
      const entry = this.stateMachine.committedEntry(index);
      if (entry === undefined || entry.term !== term || new DataView(entry.data.buffer, entry.data.byteOffset).getUint32(0) !== rec.id) {
        throw new Violation('ProposalOutcome', `p${rec.id} reported committed at (${index},t${term}) but that is not the committed entry`);
      }
      rec.status = 'committed';
      this.stats.committed++;
    } else if (error === RaftError.entryLost) {
      rec.status = 'lost';
      this.stats.lost++;
    } else {
      rec.status = 'unknown';
      this.stats.unknown++;
    }
    this.log(`p${rec.id} ${rec.status}${error ? ` (${error})` : ''}`);
  }

  private clientRead(): number {
    if (this.phase !== 'faults') return -1;
    this.queue.push(this.now + this.clientRng.nextFloat() * 2 * this.readIntervalMs, { kind: 'read' });
    const live = this.nodes.filter((n) => n.core !== null);
    if (live.length === 0) return -1;
    const target = this.clientRng.pick(live);
    const res = target.core!.readIndex();
    if (res.ok) {
      this.stats.readsIssued++;
      this.reads.onIssue(target.id, target.incarnation, res.requestId);
      this.log(`read r${res.requestId} on n${target.id} (commit floor ${this.commits.globalCommit})`);
    }
    this.pump(target);
    return target.index;
  }

  // ---------------------------------------------------------------- faults

  private injectFault(): void {
    if (this.phase !== 'faults') return;
    this.queue.push(this.now + this.faultRng.nextFloat() * 2 * this.faultIntervalMs, { kind: 'fault' });
    const r = this.faultRng;
    const live = this.nodes.filter((n) => n.core !== null);
    const roll = r.nextFloat();
    if (roll < 0.16) {
      if (live.length > 0) this.crash(r.pick(live));
    } else if (roll < 0.3) {
      this.partitionRandom();
    } else if (roll < 0.38) {
      this.partitionOneWay();
    } else if (roll < 0.46) {
      const leader = live.find((n) => n.core!.status().role === 'leader');
      if (leader !== undefined) {
        this.isolate(leader.id);
        this.log(`fault: isolate leader n${leader.id}`);
      }
    } else if (roll < 0.62) {
      this.blocked.clear();
      this.log('fault: heal partitions');
    } else if (roll < 0.74) {
      this.dropRate = r.chance(0.4) ? 0 : r.nextFloat() * 0.3;
      this.dupRate = r.chance(0.4) ? 0 : r.nextFloat() * 0.1;
      this.delayMinMs = r.nextFloat() * 2;
      this.delayMaxMs = this.delayMinMs + r.nextFloat() * (r.chance(0.2) ? 200 : 30);
      this.tailRate = r.chance(0.3) ? 0 : r.nextFloat() * 0.2;
      this.tailMaxMs = r.between(50, 600);
      this.log(
        `fault: network drop=${this.dropRate.toFixed(3)} dup=${this.dupRate.toFixed(3)} ` +
          `delay=${this.delayMinMs.toFixed(1)}..${this.delayMaxMs.toFixed(1)}ms tail=${this.tailRate.toFixed(3)}x${this.tailMaxMs}ms`,
      );
    } else if (roll < 0.82) {
      const leader = live.find((n) => n.core!.status().role === 'leader');
      if (leader !== undefined) {
        const to = r.pick(this.voterIds);
        const res = leader.core!.transferLeadership(to);
        this.stats.transfers++;
        this.log(`fault: n${leader.id} transfers leadership to n${to}: ${res.ok ? 'started' : res.error}`);
        this.pump(leader);
      }
    } else if (roll < 0.9) {
      this.diskMinMs = r.nextFloat() * 0.5;
      this.diskMaxMs = this.diskMinMs + r.nextFloat() * (r.chance(0.2) ? 60 : 8);
      this.log(`fault: disk latency ${this.diskMinMs.toFixed(2)}..${this.diskMaxMs.toFixed(2)}ms`);
    } else {
      const down = this.nodes.filter((n) => n.core === null);
      if (down.length > 0) this.queue.push(this.now, { kind: 'restart', node: r.pick(down).index });
    }
  }

  private crash(n: SimNode): void {
    this.stats.crashes++;
    let torn = '';
    if (n.outstanding !== null && this.faultRng.chance(0.5)) {
      // The fsync did not finish, but some of the batch's writes may have reached the disk.
      const total = this.writeOpsOf(n.outstanding);
      const kept = this.faultRng.nextInt(total);
      this.writeDisk(n, n.outstanding, kept);
      this.stats.tornWrites++;
      torn = ` (torn write: ${kept}/${total} ops reached the disk)`;
    }
    this.reads.forgetNode(n.id, n.incarnation);
    for (const [key, rec] of this.proposals) {
      if (rec.node === n.id && rec.incarnation === n.incarnation) {
        rec.status = 'unknown';
        this.stats.unknown++;
        this.proposals.delete(key);
      }
    }
    n.core = null;
    n.outstanding = null;
    n.incarnation++;
    this.log(`fault: crash n${n.id}${torn}`);
    const downMs = this.faultRng.chance(0.2) ? this.faultRng.nextFloat() * 3000 : this.faultRng.nextFloat() * 400;
    this.queue.push(this.now + downMs, { kind: 'restart', node: n.index });
  }

  private writeOpsOf(r: Ready): number {
    return (r.snapshot ? 1 : 0) + (r.entries.length > 0 ? 1 + r.entries.length : 0) + (r.hardState ? 1 : 0);
  }

  private partitionRandom(): void {
    this.blocked.clear();
    const a: NodeId[] = [];
    const b: NodeId[] = [];
    for (const n of this.nodes) (this.faultRng.chance(0.5) ? a : b).push(n.id);
    for (const x of a) for (const y of b) {
      this.blocked.add(x * 1000 + y);
      this.blocked.add(y * 1000 + x);
    }
    this.stats.partitions++;
    this.log(`fault: partition {${a.join(',')}} | {${b.join(',')}}`);
  }

  private partitionOneWay(): void {
    const n = this.faultRng.pick(this.nodes);
    const inbound = this.faultRng.chance(0.5);
    for (const other of this.nodes) {
      if (other === n) continue;
      if (inbound) this.blocked.add(other.id * 1000 + n.id);
      else this.blocked.add(n.id * 1000 + other.id);
    }
    this.stats.partitions++;
    this.log(`fault: n${n.id} can ${inbound ? 'send but not receive' : 'receive but not send'}`);
  }

  private isolate(id: NodeId): void {
    for (const other of this.nodes) {
      if (other.id === id) continue;
      this.blocked.add(id * 1000 + other.id);
      this.blocked.add(other.id * 1000 + id);
    }
    this.stats.partitions++;
  }

  private heal(): void {
    this.phase = 'recovery';
    this.blocked.clear();
    this.dropRate = 0;
    this.tailRate = 0;
    // Raft's liveness needs message and disk latency well below the election timeout (thesis
    // 3.4: broadcastTime << electionTimeout); storm runs violate it on purpose, recovery must not.
    const budgetMs = (this.config.electionTicks * TICK_MS) / 8;
    this.delayMinMs = Math.min(this.delayMinMs, budgetMs / 2);
    this.delayMaxMs = Math.min(this.delayMaxMs, budgetMs);
    this.diskMinMs = Math.min(this.diskMinMs, budgetMs / 2);
    this.diskMaxMs = Math.min(this.diskMaxMs, budgetMs);
    this.log('heal: network repaired, crashed nodes restart, no new proposals');
    for (const n of this.nodes) if (n.core === null) this.queue.push(this.now, { kind: 'restart', node: n.index });
  }

  // ---------------------------------------------------------------- checks

  private statuses: (RaftStatus | null)[] = [];

  private check(touched: number): void {
    const statuses = this.nodes.map((n) => (n.core === null ? null : n.core.status()));
    this.statuses = statuses;
    this.commits.observe(this.view, statuses);
    for (const c of this.checkers) c.afterStep(this.view, statuses, touched);
  }

  private isSettled(): boolean {
    const statuses = this.statuses;
    const leader = statuses.find((s) => s !== null && s.role === 'leader');
    if (leader === undefined || leader === null) return false;
    for (let k = 0; k < this.nodes.length; k++) {
      const s = statuses[k];
      if (!s || s.term !== leader.term || s.leaderId !== leader.id || s.applied !== leader.commit) return false;
      if (this.nodes[k]!.outstanding !== null) return false;
    }
    return this.proposals.size === 0 && this.reads.pending === 0;
  }

  private describeUnsettled(): string {
    const parts = this.nodes.map((n, k) => {
      const s = this.statuses[k];
      return s ? `n${n.id}:${s.role}/t${s.term}/leader=${s.leaderId ?? '-'}/commit=${s.commit}/applied=${s.applied}` : `n${n.id}:down`;
    });
    const pending = [...this.proposals.values()].slice(0, 5).map((p) => `p${p.id}@n${p.node}(${p.index},t${p.term})`);
    return `${parts.join(' ')}; pending proposals ${this.proposals.size} [${pending.join(' ')}], pending reads ${this.reads.pending}`;
  }

  private finalChecks(): void {
    // Every committed entry (not just the newest) is durable on a majority.
    for (let i = 1; i <= this.commits.globalCommit; i++) this.durable.check(this.view, i);
    // No proposal reported lost or rejected appears in the committed log.
    for (let i = 1; i <= this.commits.globalCommit; i++) {
      const e = this.stateMachine.committedEntry(i);
      if (e === undefined || e.type !== EntryType.normal) continue;
      const id = new DataView(e.data.buffer, e.data.byteOffset).getUint32(0);
      const rec = this.proposalsById.get(id);
      if (rec === undefined) throw new Violation('ProposalOutcome', `committed entry ${i} carries unknown proposal p${id}`);
      if (rec.status === 'lost' || rec.status === 'rejected') {
        throw new Violation('ProposalOutcome', `p${id} was reported ${rec.status} yet is committed at ${i}`);
      }
    }
    for (const rec of this.proposalsById.values()) {
      if (rec.status === 'pending') throw new Violation('Liveness', `p${rec.id} never resolved`);
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
    if (err instanceof SimulationFailure) return err;
    let reason: string;
    if (err instanceof Violation) reason = err.message;
    else if (err instanceof RaftInvariantError) reason = `[core assertion] ${err.message}`;
    else return err instanceof Error ? err : new Error(String(err));
    const states = this.nodes.map((n) => {
      if (n.core === null) return `n${n.id}: down (disk term ${n.disk.hardState.term}, ${n.disk.entries.length} entries)`;
      const s = n.core.status();
      return (
        `n${n.id}: ${s.role} t${s.term} vote=${s.votedFor ?? '-'} leader=${s.leaderId ?? '-'} commit=${s.commit} ` +
        `applied=${s.applied} stable=${s.stableIndex} last=(${s.lastIndex},t${s.lastTerm}) snap=(${s.snapshotIndex},t${s.snapshotTerm})`
      );
    });
    return new SimulationFailure(this.seed, this.step, this.now, reason, this.trace.tail(), states);
  }

  private summary(): SimulationSummary {
    const s = this.stats;
    return {
      seed: this.seed,
      voters: this.voterIds.length,
      observers: this.observerIds.length,
      preVote: this.config.preVote!,
      checkQuorum: this.config.checkQuorum!,
      steps: this.step,
      virtualMs: Math.round(this.now),
      leaderTerms: this.election.leaderTerms,
      maxTerm: s.maxTerm,
      committedIndex: this.commits.globalCommit,
      proposals: { accepted: s.accepted, rejected: s.rejected, committed: s.committed, lost: s.lost, unknown: s.unknown },
      reads: { issued: s.readsIssued, ok: s.readsOk, failed: s.readsFailed },
      faults: { crashes: s.crashes, tornWrites: s.tornWrites, partitions: s.partitions, transfers: s.transfers },
      snapshots: { compactions: s.compactions, restores: s.restores },
      messages: { sent: s.sent, dropped: s.dropped, duplicated: s.duplicated },
      settleMs: Math.round(this.now - this.faultMs),
    };
  }
}
