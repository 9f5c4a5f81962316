import { RaftNode, type RaftNodeConfig, type RaftStorageState } from '../core/node.js';
import { SeededRandom } from '../core/random.js';
import type { Entry, HardState, Message, NodeId, ProposalResult, Ready, ReadState, Snapshot } from '../core/types.js';

/**
 * A synchronous, loss-free cluster for scripted scenarios (etcd raft's `network` in raft_test.go):
 * every ready batch is persisted at once and its messages are delivered in order until nothing
 * moves. Links can be cut, messages filtered, and nodes restarted from their durable state, so unit
 * tests can replay the exact situations of the Raft paper (figure 7, figure 8, partitions).
 */
export interface LockstepOptions {
  readonly ids: readonly NodeId[];
  readonly observers?: readonly NodeId[];
  readonly electionTicks?: number;
  readonly heartbeatTicks?: number;
  readonly preVote?: boolean;
  readonly checkQuorum?: boolean;
  readonly seed?: number;
  readonly config?: Partial<Omit<RaftNodeConfig, 'id' | 'voters' | 'random'>>;
  /** Builds a node; tests substitute deliberately broken subclasses. */
  readonly makeNode?: (config: RaftNodeConfig, storage: RaftStorageState) => RaftNode;
}

export interface DurableState {
  hardState: HardState;
  snapshot: Snapshot | null;
  entries: Entry[];
}

export class LockstepCluster {
  readonly nodes = new Map<NodeId, RaftNode>();
  readonly disks = new Map<NodeId, DurableState>();
  readonly applied = new Map<NodeId, Entry[]>();
  readonly readStates = new Map<NodeId, ReadState[]>();
  readonly proposalResults = new Map<NodeId, ProposalResult[]>();
  /** Every message delivered, in order (for assertions on the trace). */
  readonly delivered: Message[] = [];
  /** Directed links that drop everything: "from->to". */
  private readonly cut = new Set<string>();
  /** Extra filter: return false to drop a message. */
  filter: ((m: Message) => boolean) | null = null;
  private readonly random: SeededRandom;
  private readonly members: readonly NodeId[];

  constructor(private readonly options: LockstepOptions) {
    this.random = new SeededRandom(options.seed ?? 1);
    this.members = [...options.ids, ...(options.observers ?? [])];
    for (const id of this.members) {
      this.disks.set(id, { hardState: { term: 0, votedFor: null }, snapshot: null, entries: [] });
      this.start(id);
    }
  }

  node(id: NodeId): RaftNode {
    const n = this.nodes.get(id);
    if (n === undefined) throw new Error(`node ${id} is down`);
    return n;
  }

  /** Creates node `id` from its durable state (start-up or restart after `crash`). */
  start(id: NodeId): RaftNode {
    const o = this.options;
    const config: RaftNodeConfig = {
      electionTicks: o.electionTicks ?? 10,
      heartbeatTicks: o.heartbeatTicks ?? 1,
      preVote: o.preVote ?? true,
      checkQuorum: o.checkQuorum ?? true,
      ...o.config,
      id,
      voters: o.ids,
      observers: o.observers ?? [],
      random: this.random.fork(),
    };
    const disk = this.disks.get(id)!;
    const storage: RaftStorageState = { hardState: disk.hardState, snapshot: disk.snapshot, entries: [...disk.entries] };
    const node = o.makeNode ? o.makeNode(config, storage) : new RaftNode(config, storage);
    this.nodes.set(id, node);
    this.applied.set(id, []);
    this.readStates.set(id, []);
    this.proposalResults.set(id, []);
    return node;
  }

  /** Stops node `id`, keeping only what it persisted. */
  crash(id: NodeId): void {
    this.nodes.delete(id);
  }

  isolate(id: NodeId): void {
    for (const other of this.members) {
      if (other === id) continue;
      this.cut.add(`${id}->${other}`);
      this.cut.add(`${other}->${id}`);
    }
  }

  cutLink(from: NodeId, to: NodeId): void {
    this.cut.add(`${from}->${to}`);
  }

  heal(): void {
    this.cut.clear();
    this.filter = null;
  }

  tick(id: NodeId, times = 1): void {
    for (let i = 0; i < times; i++) {
      this.node(id).tick();
      this.stabilize();
    }
  }

  tickAll(times = 1): void {
    for (let i = 0; i < times; i++) {
      for (const n of this.nodes.values()) n.tick();
      this.stabilize();
    }
  }

  /** Ticks `id` until it campaigns, then delivers everything. */
  campaign(id: NodeId): void {
    const node = this.node(id);
    const before = node.status().role;
    for (let i = 0; i < 100 && node.status().role === before && before !== 'leader'; i++) node.tick();
    this.stabilize();
  }

  /** Persists, applies and delivers until no node has work left. Returns the messages delivered. */
  stabilize(maxRounds = 10_000): Message[] {
    const out: Message[] = [];
    for (let round = 0; round < maxRounds; round++) {
      const inFlight: Message[] = [];
      for (const [id, node] of this.nodes) {
        while (node.hasReady()) {
          const ready = node.ready();
          this.persist(id, ready);
          inFlight.push(...ready.messagesEarly, ...ready.messages);
          this.apply(id, ready);
          node.advance(ready);
        }
      }
      if (inFlight.length === 0) return out;
      for (const m of inFlight) {
        if (this.cut.has(`${m.from}->${m.to}`)) continue;
        if (this.filter !== null && !this.filter(m)) continue;
        const target = this.nodes.get(m.to);
        if (target === undefined) continue;
        this.delivered.push(m);
        out.push(m);
        target.step(m);
      }
    }
    throw new Error('lockstep cluster did not stabilize');
  }

  /** Takes one ready from `id` and persists it, returning its messages undelivered. */
  drain(id: NodeId): Message[] {
    const node = this.node(id);
    const out: Message[] = [];
    while (node.hasReady()) {
      const ready = node.ready();
      this.persist(id, ready);
      out.push(...ready.messagesEarly, ...ready.messages);
      this.apply(id, ready);
      node.advance(ready);
    }
    return out;
  }

  /** Delivers `messages` (respecting cuts) without running anything else. */
  deliver(messages: readonly Message[]): void {
    for (const m of messages) {
      if (this.cut.has(`${m.from}->${m.to}`)) continue;
      const target = this.nodes.get(m.to);
      if (target === undefined) continue;
      this.delivered.push(m);
      target.step(m);
    }
  }

  leader(): NodeId | null {
    let best: { id: NodeId; term: number } | null = null;
    for (const [id, n] of this.nodes) {
      const s = n.status();
      if (s.role === 'leader' && (best === null || s.term > best.term)) best = { id, term: s.term };
    }
    return best?.id ?? null;
  }

  private persist(id: NodeId, ready: Ready): void {
    const disk = this.disks.get(id)!;
    if (ready.snapshot !== null) {
      const snap = ready.snapshot.snapshot;
      disk.snapshot = snap;
      if (ready.snapshot.isRestore) disk.entries = [];
      else disk.entries = disk.entries.filter((e) => e.index > snap.meta.index);
    }
    if (ready.entries.length > 0) {
      const first = ready.entries[0]!.index;
      disk.entries = disk.entries.filter((e) => e.index < first);
      disk.entries.push(...ready.entries);
    }
    if (ready.hardState !== null) disk.hardState = ready.hardState;
  }

  private apply(id: NodeId, ready: Ready): void {
    const applied = this.applied.get(id)!;
    if (ready.snapshot?.isRestore) applied.length = 0;
    applied.push(...ready.committedEntries);
    this.readStates.get(id)!.push(...ready.readStates);
    this.proposalResults.get(id)!.push(...ready.proposalResults);
  }
}
