import type { RaftNode, RaftStatus } from '../core/node.js';
import type { Entry, HardState, NodeId, ReadState, Snapshot } from '../core/types.js';

/**
 * Safety checkers run by the simulator after every step (TigerBeetle VOPR, Kafka
 * RaftEventSimulationTest). Each checks one property from the Raft paper (figure 3) or the issue:
 *  - ElectionSafety: at most one leader per term.
 *  - LogMatching: two entries with the same index and term have the same payload and the same
 *    term before them, so the logs are identical up to there.
 *  - LeaderCompleteness: a leader of term T holds every entry committed in a term before T.
 *  - StateMachineSafety: no two nodes apply different entries (or states) at the same index.
 *  - CommittedDurable: the newest committed entry is on the disks of a majority of voters, so no
 *    crash pattern can lose it.
 *  - Monotonic: terms never go backwards on a node (the durable term across restarts), commit
 *    and applied indexes never go backwards within a node's incarnation, and the cluster-wide
 *    commit index never goes backwards.
 *  - ReadIndexSafety: a read-index answer covers every entry committed before the read began.
 * A violation throws `Violation`; the simulation turns it into a failure with seed and trace.
 */
export class Violation extends Error {
  override readonly name = 'Violation';
  constructor(
    readonly checker: string,
    message: string,
  ) {
    super(`[${checker}] ${message}`);
  }
}

/** What checkers may see of a simulated node. */
export interface CheckedNode {
  readonly id: NodeId;
  readonly isVoter: boolean;
  readonly core: RaftNode | null;
  readonly incarnation: number;
  readonly disk: DiskView;
}

export interface DiskView {
  readonly hardState: HardState;
  readonly snapshot: Snapshot | null;
  /** Contiguous durable entries after (or overlapping) the snapshot. */
  readonly entries: readonly Entry[];
}

export interface ClusterView {
  readonly nodes: readonly CheckedNode[];
  readonly quorum: number;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function diskTermAt(disk: DiskView, index: number): number | undefined {
  const entries = disk.entries;
  if (entries.length > 0) {
    const k = index - entries[0]!.index;
    if (k >= 0 && k < entries.length) return entries[k]!.term;
  }
  if (disk.snapshot !== null && disk.snapshot.meta.index === index) return disk.snapshot.meta.term;
  return undefined;
}

/**
 * The cluster-wide committed prefix as observed so far: for each committed index the entry's term
 * and an upper bound on the term in which it was committed (the term of the first node seen
 * knowing it committed).
 */
export class CommitTracker {
  globalCommit = 0;
  readonly termAt: number[] = [0];
  readonly committedInTermAt: number[] = [0];

  observe(view: ClusterView, statuses: readonly (RaftStatus | null)[]): void {
    for (let k = 0; k < view.nodes.length; k++) {
      const s = statuses[k];
      if (s) this.observeNode(view.nodes[k]!, s);
    }
  }

  /** Learns from one node's commit index (also called just before a node applies). */
  observeNode(node: CheckedNode, s: RaftStatus): void {
    if (!node.core) return;
    if (s.commit > this.globalCommit) {
      for (let i = this.globalCommit + 1; i <= s.commit; i++) {
        if (i <= s.snapshotIndex) {
          throw new Violation('StateMachineSafety', `n${node.id} commit jumped to ${s.commit} over index ${i} that nobody was seen committing`);
        }
        const entry = node.core.logEntries()[i - s.snapshotIndex - 1]!;
        this.termAt[i] = entry.term;
        this.committedInTermAt[i] = s.term;
      }
      this.globalCommit = s.commit;
    } else if (s.commit > s.snapshotIndex) {
      const entry = node.core.logEntries()[s.commit - s.snapshotIndex - 1]!;
      if (entry.term !== this.termAt[s.commit]) {
        throw new Violation(
          'StateMachineSafety',
          `n${node.id} committed (${s.commit},t${entry.term}) but (${s.commit},t${this.termAt[s.commit]}) was committed before`,
        );
      }
    }
  }
}

export interface Checker {
  readonly name: string;
  afterStep(view: ClusterView, statuses: readonly (RaftStatus | null)[], touched: number): void;
}

export class ElectionSafety implements Checker {
  readonly name = 'ElectionSafety';
  private readonly leaders = new Map<number, NodeId>();

  afterStep(view: ClusterView, statuses: readonly (RaftStatus | null)[]): void {
    for (let k = 0; k < view.nodes.length; k++) {
      const s = statuses[k];
      if (!s || s.role !== 'leader') continue;
      const prev = this.leaders.get(s.term);
      if (prev === undefined) this.leaders.set(s.term, s.id);
      else if (prev !== s.id) throw new Violation(this.name, `two leaders in term ${s.term}: n${prev} and n${s.id}`);
    }
  }

  /** Number of distinct terms that had a leader. */
  get leaderTerms(): number {
    return this.leaders.size;
  }
}

interface LogCache {
  incarnation: number;
  snapshotIndex: number;
  entries: readonly Entry[];
}

export class LogMatching implements Checker {
  readonly name = 'LogMatching';
  /** (index, term) -> the first entry seen there and the term of the entry before it. */
  private readonly seen = new Map<string, { entry: Entry; prevTerm: number }>();
  private readonly caches = new Map<NodeId, LogCache>();

  afterStep(view: ClusterView, statuses: readonly (RaftStatus | null)[], touched: number): void {
    if (touched < 0) return;
    const node = view.nodes[touched]!;
    const s = statuses[touched];
    if (!node.core || !s) return;
    const entries = node.core.logEntries();
    const cache = this.caches.get(node.id);
    let changed = cache === undefined || cache.incarnation !== node.incarnation || cache.snapshotIndex !== s.snapshotIndex;
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!;
      if (!changed && cache!.entries[k] === entry) continue;
      changed = true;
      const prevTerm = k === 0 ? s.snapshotTerm : entries[k - 1]!.term;
      if (entry.index !== s.snapshotIndex + 1 + k) throw new Violation(this.name, `n${node.id} log has a gap at ${entry.index}`);
      if (entry.term < prevTerm) throw new Violation(this.name, `n${node.id} log term decreases at ${entry.index}`);
      const key = `${entry.index}:${entry.term}`;
      const known = this.seen.get(key);
      if (known === undefined) {
        this.seen.set(key, { entry, prevTerm });
      } else {
        if (known.entry !== entry && (known.entry.type !== entry.type || !sameBytes(known.entry.data, entry.data))) {
          throw new Violation(this.name, `two different entries at (${entry.index},t${entry.term}); n${node.id} holds one of them`);
        }
        if (known.prevTerm !== prevTerm) {
          throw new Violation(
            this.name,
            `entry (${entry.index},t${entry.term}) follows t${known.prevTerm} elsewhere but t${prevTerm} on n${node.id}`,
          );
        }
      }
    }
    if (changed || cache === undefined || cache.entries.length !== entries.length) {
      this.caches.set(node.id, { incarnation: node.incarnation, snapshotIndex: s.snapshotIndex, entries: entries.slice() });
    }
  }
}

export class LeaderCompleteness implements Checker {
  readonly name = 'LeaderCompleteness';
  private readonly verified = new Set<string>();

  constructor(private readonly commits: CommitTracker) {}

  afterStep(view: ClusterView, statuses: readonly (RaftStatus | null)[]): void {
    for (let k = 0; k < view.nodes.length; k++) {
      const s = statuses[k];
      const node = view.nodes[k]!;
      if (!s || s.role !== 'leader' || !node.core) continue;
      const key = `${s.id}:${s.term}`;
      if (this.verified.has(key)) continue;
      this.verified.add(key);
      // Everything up to the last index committed in a term before this one must be present.
      let b = this.commits.globalCommit;
      while (b > 0 && this.commits.committedInTermAt[b]! >= s.term) b--;
      if (b === 0 || b <= s.snapshotIndex) continue;
      const entry = b <= s.lastIndex ? node.core.logEntries()[b - s.snapshotIndex - 1] : undefined;
      if (entry === undefined || entry.term !== this.commits.termAt[b]) {
        throw new Violation(
          this.name,
          `n${s.id} leads term ${s.term} without committed entry (${b},t${this.commits.termAt[b]}); it has ${entry ? `t${entry.term}` : 'nothing'} there`,
        );
      }
    }
  }
}

export class CommittedDurable implements Checker {
  readonly name = 'CommittedDurable';

  constructor(private readonly commits: CommitTracker) {}

  afterStep(view: ClusterView): void {
    const c = this.commits.globalCommit;
    if (c === 0) return;
    this.check(view, c);
  }

  check(view: ClusterView, index: number): void {
    const term = this.commits.termAt[index]!;
    let holders = 0;
    for (const node of view.nodes) {
      if (!node.isVoter) continue;
      const disk = node.disk;
      if ((disk.snapshot !== null && disk.snapshot.meta.index >= index) || diskTermAt(disk, index) === term) holders++;
    }
    if (holders < view.quorum) {
      throw new Violation(this.name, `committed entry (${index},t${term}) is durable on only ${holders} voters (quorum ${view.quorum})`);
    }
  }
}

export class Monotonic implements Checker {
  readonly name = 'Monotonic';
  private readonly last = new Map<NodeId, { incarnation: number; term: number; commit: number; applied: number }>();
  private readonly durableTerms = new Map<NodeId, number>();
  private globalCommit = 0;

  constructor(private readonly commits: CommitTracker) {}

  afterStep(view: ClusterView, statuses: readonly (RaftStatus | null)[]): void {
    if (this.commits.globalCommit < this.globalCommit) throw new Violation(this.name, 'cluster commit index went backwards');
    this.globalCommit = this.commits.globalCommit;
    for (let k = 0; k < view.nodes.length; k++) {
      const node = view.nodes[k]!;
      const durable = node.disk.hardState.term;
      const prevDurable = this.durableTerms.get(node.id) ?? 0;
      if (durable < prevDurable) throw new Violation(this.name, `n${node.id} durable term went back ${prevDurable} -> ${durable}`);
      this.durableTerms.set(node.id, durable);
      const s = statuses[k];
      if (!s) continue;
      const prev = this.last.get(node.id);
      if (prev !== undefined && prev.incarnation === node.incarnation) {
        if (s.term < prev.term) throw new Violation(this.name, `n${node.id} term went back ${prev.term} -> ${s.term}`);
        if (s.commit < prev.commit) throw new Violation(this.name, `n${node.id} commit went back ${prev.commit} -> ${s.commit}`);
        if (s.applied < prev.applied) throw new Violation(this.name, `n${node.id} applied went back ${prev.applied} -> ${s.applied}`);
      } else if (s.term < durable) {
        throw new Violation(this.name, `n${node.id} restarted at term ${s.term} below its durable term ${durable}`);
      }
      this.last.set(node.id, { incarnation: node.incarnation, term: s.term, commit: s.commit, applied: s.applied });
    }
  }
}

/** Applied-state agreement, fed by the simulator as nodes apply entries and snapshots. */
export class StateMachineSafety {
  readonly name = 'StateMachineSafety';
  private readonly entries = new Map<number, Entry>();
  private readonly digests = new Map<number, number>();

  constructor(private readonly commits: CommitTracker) {}

  onApply(node: NodeId, entry: Entry, digest: number): void {
    if (entry.index > this.commits.globalCommit || this.commits.termAt[entry.index] !== entry.term) {
      throw new Violation(this.name, `n${node} applied (${entry.index},t${entry.term}) which is not the committed entry there`);
    }
    const known = this.entries.get(entry.index);
    if (known === undefined) {
      this.entries.set(entry.index, entry);
    } else if (known.term !== entry.term || known.type !== entry.type || !sameBytes(known.data, entry.data)) {
      throw new Violation(this.name, `n${node} applied a different entry at ${entry.index} (t${entry.term} vs t${known.term})`);
    }
    this.checkDigest(node, entry.index, digest);
  }

  onRestore(node: NodeId, index: number, digest: number): void {
    if (index > this.commits.globalCommit) throw new Violation(this.name, `n${node} restored a snapshot at uncommitted ${index}`);
    this.checkDigest(node, index, digest);
  }

  committedEntry(index: number): Entry | undefined {
    return this.entries.get(index);
  }

  private checkDigest(node: NodeId, index: number, digest: number): void {
    const known = this.digests.get(index);
    if (known === undefined) this.digests.set(index, digest);
    else if (known !== digest) throw new Violation(this.name, `n${node} state at ${index} differs from another node's`);
  }
}

/** Linearizable reads: the answer must cover every entry committed before the read began. */
export class ReadIndexSafety {
  readonly name = 'ReadIndexSafety';
  private readonly issued = new Map<string, number>();

  constructor(private readonly commits: CommitTracker) {}

  onIssue(node: NodeId, incarnation: number, requestId: number): void {
    this.issued.set(`${node}:${incarnation}:${requestId}`, this.commits.globalCommit);
  }

  /** Returns true if the read succeeded. */
  onAnswer(node: NodeId, incarnation: number, rs: ReadState): boolean {
    const key = `${node}:${incarnation}:${rs.requestId}`;
    const floor = this.issued.get(key);
    if (floor === undefined) throw new Violation(this.name, `n${node} answered unknown read ${rs.requestId}`);
    this.issued.delete(key);
    if (rs.error !== null) return false;
    if (rs.index < floor) {
      throw new Violation(this.name, `n${node} read ${rs.requestId} got index ${rs.index} but ${floor} was committed before it began`);
    }
    if (rs.index > this.commits.globalCommit) throw new Violation(this.name, `n${node} read index ${rs.index} is not committed`);
    return true;
  }

  forgetNode(node: NodeId, incarnation: number): void {
    const prefix = `${node}:${incarnation}:`;
    for (const key of [...this.issued.keys()]) if (key.startsWith(prefix)) this.issued.delete(key);
  }

  get pending(): number {
    return this.issued.size;
  }
}
