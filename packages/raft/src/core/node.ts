import { defaultRaftLimits, type RaftLimits } from '../limits.js';
import { assert, unreachable } from './assert.js';
import { RaftLog } from './log.js';
import { Progress } from './progress.js';
import {
  EntryType,
  RaftError,
  type AppendMessage,
  type AppendResponseMessage,
  type Entry,
  type HardState,
  type HeartbeatMessage,
  type HeartbeatResponseMessage,
  type InstallSnapshotMessage,
  type InstallSnapshotResponseMessage,
  type Message,
  type NodeId,
  type ProposalResult,
  type ProposeResult,
  type Random,
  type RaftErrorCode,
  type ReadIndexMessage,
  type ReadIndexResponseMessage,
  type ReadIndexResult,
  type ReadState,
  type Ready,
  type Role,
  type Snapshot,
  type SnapshotMeta,
  type SoftState,
  type VoteMessage,
  type VoteResponseMessage,
} from './types.js';

export interface RaftNodeConfig {
  readonly id: NodeId;
  /** The static voter set (KRaft `controller.quorum.voters`); must be identical on every node. */
  readonly voters: readonly NodeId[];
  /** Non-voting members the leader replicates to (KRaft brokers); they never vote or campaign. */
  readonly observers?: readonly NodeId[];
  /** Minimum election timeout; each follower draws its timeout from [electionTicks, 2 * electionTicks). */
  readonly electionTicks: number;
  /** Leader heartbeat interval; must be well below `electionTicks`. */
  readonly heartbeatTicks: number;
  /** Pre-vote (thesis 9.6): a node must learn it could win before it disturbs anyone. Default on. */
  readonly preVote?: boolean;
  /** Check-quorum (thesis 6.2): a leader that cannot reach a majority steps down; voters that hear from a leader ignore elections. Default on. */
  readonly checkQuorum?: boolean;
  /** Ticks a forwarded read waits for the leader's answer. Default 2 * electionTicks. */
  readonly readTimeoutTicks?: number;
  /** Ticks without an answer before a leader resends appends or restarts a snapshot transfer. Default 2 * heartbeatTicks. */
  readonly retryTicks?: number;
  readonly limits?: Partial<RaftLimits>;
  readonly random: Random;
}

/** What the node recovered from its durable storage at start-up. */
export interface RaftStorageState {
  readonly hardState: HardState;
  readonly snapshot: Snapshot | null;
  /** Entries after the snapshot, contiguous. */
  readonly entries: readonly Entry[];
}

export const emptyStorageState: RaftStorageState = Object.freeze({
  hardState: Object.freeze({ term: 0, votedFor: null }),
  snapshot: null,
  entries: Object.freeze([]) as readonly Entry[],
});

export interface RaftStatus {
  readonly id: NodeId;
  readonly role: Role;
  readonly term: number;
  readonly votedFor: NodeId | null;
  readonly leaderId: NodeId | null;
  readonly isVoter: boolean;
  readonly commit: number;
  /** Highest index handed to the application (in a ready batch, entry or snapshot). */
  readonly applied: number;
  /** Highest log index known durable on this node. */
  readonly stableIndex: number;
  readonly lastIndex: number;
  readonly lastTerm: number;
  readonly snapshotIndex: number;
  readonly snapshotTerm: number;
  readonly leadTransferee: NodeId | null;
  readonly pendingProposals: number;
}

interface PendingProposal {
  readonly index: number;
  readonly term: number;
}

interface PendingRead {
  readonly seq: number;
  readonly index: number;
  readonly session: number;
  readonly requestId: number;
  readonly from: NodeId;
}

interface ReadOrigin {
  readonly session: number;
  readonly requestId: number;
  readonly from: NodeId;
}

interface IncomingSnapshot {
  readonly meta: SnapshotMeta;
  readonly leaderTerm: number;
  readonly from: NodeId;
  readonly totalBytes: number;
  readonly chunks: Uint8Array[];
  received: number;
}

type CampaignKind = 'pre-vote' | 'vote' | 'transfer';

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * A raft participant as a pure, deterministic state machine (etcd raft's RawNode, Kafka's
 * KafkaRaftClient without its I/O). Inputs: `step(message)`, `tick()`, `propose(data)`,
 * `readIndex()`, `transferLeadership(to)`, `compact(index, data)`. Outputs: `ready()` batches,
 * acknowledged with `advance(ready)` once persisted, sent and applied (see `Ready`).
 *
 * Roles and their transitions (Kafka QuorumState style):
 *  - follower -> pre-candidate: election timeout with pre-vote on (voters only).
 *  - follower -> candidate: election timeout with pre-vote off, or TimeoutNow from the leader.
 *  - pre-candidate -> candidate: a majority granted the pre-vote.
 *  - pre-candidate/candidate -> follower: a majority rejected, a higher term was seen, or a leader
 *    of the current term spoke.
 *  - candidate -> leader: a majority granted the vote in this term.
 *  - candidate -> candidate: election timeout without a decision (a new term).
 *  - leader -> follower: a higher term was seen, or check-quorum found no active majority.
 * Observers stay followers forever.
 */
export class RaftNode {
  readonly id: NodeId;
  private readonly voters: readonly NodeId[];
  private readonly voterSet: ReadonlySet<NodeId>;
  private readonly observers: readonly NodeId[];
  private readonly isVoter: boolean;
  private readonly quorum: number;
  private readonly limits: RaftLimits;
  private readonly electionTicks: number;
  private readonly heartbeatTicks: number;
  private readonly preVote: boolean;
  private readonly checkQuorum: boolean;
  private readonly readTimeoutTicks: number;
  private readonly retryTicks: number;
  private readonly random: Random;

  // Persistent state (figure 2).
  private term: number;
  private votedFor: NodeId | null;
  private readonly log: RaftLog;

  // Volatile state.
  private role: Role = 'follower';
  private leaderId: NodeId | null = null;
  private electionElapsed = 0;
  private heartbeatElapsed = 0;
  private randomizedElectionTimeout = 0;
  private readonly votes = new Map<NodeId, boolean>();
  private readonly progress = new Map<NodeId, Progress>();
  private leadTransferee: NodeId | null = null;
  /** Latest snapshot this node holds (local compaction, restore, or start-up). */
  private snapshot: Snapshot | null;
  private incoming: IncomingSnapshot | null = null;

  // Durability and hand-out bookkeeping for ready/advance.
  private stableIndex: number;
  private handedOutIndex: number;
  private applied: number;
  private durableTerm: number;
  private outstanding: Ready | null = null;
  /** Lowest index truncated while `outstanding` was being persisted. */
  private truncatedSince = Infinity;
  private lastHardState: HardState;
  private lastSoftState: SoftState;
  private snapshotToPersist: { snapshot: Snapshot; isRestore: boolean } | null = null;
  private needsAppendFlush = false;
  private needsHeartbeatFlush = false;

  // Outputs accumulating for the next ready.
  private msgs: Message[] = [];
  private msgsEarly: Message[] = [];
  private readStates: ReadState[] = [];
  private proposalResults: ProposalResult[] = [];

  // Proposals and reads.
  private readonly pendingProposals: PendingProposal[] = [];
  private pendingProposalTermMin = Infinity;
  private readSeq = 0;
  private pendingReads: PendingRead[] = [];
  private readsAwaitingCommit: ReadOrigin[] = [];
  private readonly forwardedReads = new Map<number, number>();
  private nextRequestId = 1;
  private readonly readSession: number;

  constructor(config: RaftNodeConfig, storage: RaftStorageState = emptyStorageState) {
    assert(config.voters.length > 0, 'a quorum needs at least one voter');
    assert(new Set(config.voters).size === config.voters.length, 'duplicate voter');
    assert(config.heartbeatTicks >= 1 && config.electionTicks > config.heartbeatTicks, 'electionTicks must exceed heartbeatTicks');
    this.id = config.id;
    this.voters = [...config.voters];
    this.voterSet = new Set(this.voters);
    this.observers = (config.observers ?? []).filter((o) => !this.voterSet.has(o));
    this.isVoter = this.voterSet.has(this.id);
    this.quorum = Math.floor(this.voters.length / 2) + 1;
    this.limits = { ...defaultRaftLimits, ...config.limits };
    assert(this.observers.length <= this.limits.observersMax, 'too many observers');
    this.electionTicks = config.electionTicks;
    this.heartbeatTicks = config.heartbeatTicks;
    this.preVote = config.preVote ?? true;
    this.checkQuorum = config.checkQuorum ?? true;
    this.readTimeoutTicks = config.readTimeoutTicks ?? 2 * config.electionTicks;
    this.retryTicks = config.retryTicks ?? 2 * config.heartbeatTicks;
    this.random = config.random;
    this.readSession = this.random.nextInt(0x7fffffff);

    const snap = storage.snapshot;
    if (snap !== null) {
      assert(sameMembers(snap.meta.voters, this.voters), 'snapshot voters differ from the configured voters');
    }
    this.log = new RaftLog(snap?.meta ?? null, storage.entries);
    this.snapshot = snap;
    this.term = Math.max(storage.hardState.term, this.log.lastTerm);
    this.votedFor = storage.hardState.term === this.term ? storage.hardState.votedFor : null;
    this.stableIndex = this.log.lastIndex;
    this.handedOutIndex = this.log.lastIndex;
    this.applied = this.log.snapshotIndex;
    this.durableTerm = storage.hardState.term;
    this.lastHardState = storage.hardState;
    this.lastSoftState = { role: 'follower', term: this.term, leaderId: null };
    this.resetRandomizedElectionTimeout();
  }

  // ---------------------------------------------------------------- inputs

  /** One logical clock tick (the runtime maps it to wall time, e.g. 50 ms). */
  tick(): void {
    this.tickForwardedReads();
    if (this.role === 'leader') this.tickLeader();
    else this.tickElection();
  }

  /** Handles one message from the network. Messages not addressed to this node are ignored. */
  step(m: Message): void {
    if (m.to !== this.id || m.from === this.id) return;
    if (m.term > this.term) {
      if (m.type === 'vote' || m.type === 'pre-vote') {
        // A voter that heard from its leader within the minimum election timeout ignores
        // elections (thesis 4.2.3), unless the leader itself asked for one (transfer).
        const inLease = this.checkQuorum && this.leaderId !== null && this.electionElapsed < this.electionTicks;
        if (inLease && !m.isTransfer) return;
      }
      if (m.type === 'pre-vote') {
        // A pre-vote request carries the term the sender would use; it changes nothing here.
      } else if (m.type === 'pre-vote-response' && !m.reject) {
        // A granted pre-vote echoes the future term; counted below without adopting it.
      } else if (m.type === 'append' || m.type === 'heartbeat' || m.type === 'install-snapshot') {
        this.becomeFollower(m.term, m.from);
      } else {
        this.becomeFollower(m.term, null);
      }
    } else if (m.term < this.term) {
      if ((this.checkQuorum || this.preVote) && (m.type === 'append' || m.type === 'heartbeat')) {
        // A stale leader (or one cut off while we moved on) learns the newer term from this
        // answer and steps down; without it, a node whose term ran ahead could stay isolated
        // forever because its own elections are ignored (etcd raft, thesis 9.6).
        this.send({ type: 'append-response', from: this.id, to: m.from, term: this.term, reject: true, index: 0, hintIndex: 0, hintTerm: 0 });
      } else if (m.type === 'pre-vote') {
        this.send({ type: 'pre-vote-response', from: this.id, to: m.from, term: this.term, reject: true });
      }
      return;
    }

    switch (m.type) {
      case 'vote':
      case 'pre-vote':
        this.handleVoteRequest(m);
        return;
      case 'vote-response':
      case 'pre-vote-response':
        this.handleVoteResponse(m);
        return;
      case 'append':
      case 'heartbeat':
      case 'install-snapshot':
        this.handleLeaderMessage(m);
        return;
      case 'append-response':
        this.handleAppendResponse(m);
        return;
      case 'heartbeat-response':
        this.handleHeartbeatResponse(m);
        return;
      case 'install-snapshot-response':
        this.handleSnapshotResponse(m);
        return;
      case 'timeout-now':
        if (this.role !== 'leader' && m.from === this.leaderId) this.campaign('transfer');
        return;
      case 'read-index':
        this.handleReadIndexRequest(m);
        return;
      case 'read-index-response':
        this.handleReadIndexResponse(m);
        return;
      default:
        unreachable(m);
    }
  }

  /**
   * Appends `data` as a new entry if this node leads. The entry is identified by the returned
   * (index, term); its final outcome arrives later in `Ready.proposalResults`.
   */
  propose(data: Uint8Array): ProposeResult {
    if (this.role !== 'leader') return { ok: false, error: RaftError.notLeader };
    if (this.leadTransferee !== null) return { ok: false, error: RaftError.leadershipTransferInProgress };
    if (data.length > this.limits.entryBytesMax) return { ok: false, error: RaftError.entryTooLarge };
    if (this.pendingProposals.length >= this.limits.pendingProposalsMax) {
      return { ok: false, error: RaftError.tooManyPendingProposals };
    }
    const entry: Entry = { term: this.term, index: this.log.lastIndex + 1, type: EntryType.normal, data };
    this.log.appendOwn(entry);
    this.addPendingProposal(entry.index, entry.term);
    this.needsAppendFlush = true;
    return { ok: true, index: entry.index, term: entry.term };
  }

  /**
   * Starts a linearizable read (thesis 6.4). The answer arrives in `Ready.readStates` with the
   * same requestId: once the application has applied its `index`, reading local state is
   * linearizable. Followers and observers forward the request to the leader.
   */
  readIndex(): ReadIndexResult {
    if (this.role === 'leader') {
      if (this.pendingReads.length + this.readsAwaitingCommit.length >= this.limits.pendingReadsMax) {
        return { ok: false, error: RaftError.tooManyPendingReads };
      }
      const requestId = this.nextRequestId++;
      this.leaderRead({ session: this.readSession, requestId, from: this.id });
      return { ok: true, requestId };
    }
    if (this.leaderId === null) return { ok: false, error: RaftError.notLeader };
    if (this.forwardedReads.size >= this.limits.pendingReadsMax) return { ok: false, error: RaftError.tooManyPendingReads };
    const requestId = this.nextRequestId++;
    this.forwardedReads.set(requestId, 0);
    this.send({ type: 'read-index', from: this.id, to: this.leaderId, term: this.term, session: this.readSession, requestId });
    return { ok: true, requestId };
  }

  /**
   * Hands leadership to voter `to` (thesis 3.10): the leader stops taking proposals, brings `to`
   * up to date and tells it to campaign at once. Gives up after one election timeout.
   */
  transferLeadership(to: NodeId): { ok: true } | { ok: false; error: RaftErrorCode } {
    if (this.role !== 'leader') return { ok: false, error: RaftError.notLeader };
    if (!this.voterSet.has(to)) return { ok: false, error: RaftError.notVoter };
    if (to === this.id || to === this.leadTransferee) return { ok: true };
    this.leadTransferee = to;
    this.electionElapsed = 0;
    const pr = this.progress.get(to)!;
    if (pr.match === this.log.lastIndex) this.sendTimeoutNow(to);
    else this.maybeSendAppend(to, true);
    return { ok: true };
  }

  /**
   * Records a snapshot of the application's state machine at `index` (which it has applied) and
   * drops the log up to it. Returns false when the log is already compacted that far.
   */
  compact(index: number, data: Uint8Array): boolean {
    assert(index <= this.applied, `compact at ${index} beyond applied ${this.applied}`);
    if (index <= this.log.snapshotIndex) return false;
    const term = this.log.term(index);
    assert(term !== undefined, `no term for compaction index ${index}`);
    const snapshot: Snapshot = { meta: { index, term, voters: this.voters }, data };
    this.log.compact(index);
    this.snapshot = snapshot;
    if (this.snapshotToPersist === null || !this.snapshotToPersist.isRestore) {
      this.snapshotToPersist = { snapshot, isRestore: false };
    } else {
      // A restore not yet handed out must still be applied: keep its flag, newer data wins.
      this.snapshotToPersist = { snapshot, isRestore: true };
    }
    return true;
  }

  // ---------------------------------------------------------------- outputs

  hasReady(): boolean {
    if (this.outstanding !== null) return false;
    if (this.needsAppendFlush || this.needsHeartbeatFlush) return true;
    if (this.msgs.length > 0 || this.msgsEarly.length > 0) return true;
    if (this.readStates.length > 0 || this.proposalResults.length > 0) return true;
    if (this.snapshotToPersist !== null || this.handedOutIndex < this.log.lastIndex) return true;
    if (Math.min(this.log.commit, this.stableIndex) > this.applied) return true;
    if (this.lastHardState.term !== this.term || this.lastHardState.votedFor !== this.votedFor) return true;
    const soft = this.lastSoftState;
    return soft.role !== this.role || soft.term !== this.term || soft.leaderId !== this.leaderId;
  }

  /** Takes the next batch of work. Only one batch may be outstanding at a time. */
  ready(): Ready {
    assert(this.outstanding === null, 'ready() before advance() of the previous batch');
    this.flush();

    let softState: SoftState | null = null;
    const soft = this.lastSoftState;
    if (soft.role !== this.role || soft.term !== this.term || soft.leaderId !== this.leaderId) {
      softState = { role: this.role, term: this.term, leaderId: this.leaderId };
      this.lastSoftState = softState;
    }
    let hardState: HardState | null = null;
    if (this.lastHardState.term !== this.term || this.lastHardState.votedFor !== this.votedFor) {
      hardState = { term: this.term, votedFor: this.votedFor };
      this.lastHardState = hardState;
    }
    const snapshot = this.snapshotToPersist;
    this.snapshotToPersist = null;

    let entries: readonly Entry[] = EMPTY;
    if (this.handedOutIndex < this.log.lastIndex) {
      entries = this.log.slice(this.handedOutIndex + 1, this.log.lastIndex + 1, Infinity, Infinity);
      this.handedOutIndex = this.log.lastIndex;
    }

    let committedEntries: readonly Entry[] = EMPTY;
    const applyTo = Math.min(this.log.commit, this.stableIndex);
    if (applyTo > this.applied) {
      committedEntries = this.log.slice(this.applied + 1, applyTo + 1, this.limits.applyEntriesMax, this.limits.applyBytesMax);
      this.resolveProposals(committedEntries);
      this.applied = committedEntries[committedEntries.length - 1]!.index;
    }

    const ready: Ready = {
      softState,
      hardState,
      snapshot,
      entries,
      messagesEarly: this.msgsEarly,
      messages: this.msgs,
      committedEntries,
      readStates: this.readStates,
      proposalResults: this.proposalResults,
    };
    this.msgsEarly = [];
    this.msgs = [];
    this.readStates = [];
    this.proposalResults = [];
    this.outstanding = ready;
    this.truncatedSince = Infinity;
    return ready;
  }

  /**
   * Acknowledges `ready`: its snapshot, entries and hard state are durable, its messages sent,
   * its committed entries applied.
   */
  advance(ready: Ready): void {
    assert(ready === this.outstanding, 'advance() of a batch that is not outstanding');
    this.outstanding = null;
    if (ready.hardState !== null) this.durableTerm = ready.hardState.term;
    if (ready.entries.length > 0) {
      const last = ready.entries[ready.entries.length - 1]!.index;
      this.stableIndex = Math.max(this.stableIndex, Math.min(last, this.truncatedSince - 1));
    }
    this.truncatedSince = Infinity;
    if (this.role === 'leader' && this.maybeCommit()) this.onCommitAdvanced();
  }

  status(): RaftStatus {
    return {
      id: this.id,
      role: this.role,
      term: this.term,
      votedFor: this.votedFor,
      leaderId: this.leaderId,
      isVoter: this.isVoter,
      commit: this.log.commit,
      applied: this.applied,
      stableIndex: this.stableIndex,
      lastIndex: this.log.lastIndex,
      lastTerm: this.log.lastTerm,
      snapshotIndex: this.log.snapshotIndex,
      snapshotTerm: this.log.snapshotTerm,
      leadTransferee: this.leadTransferee,
      pendingProposals: this.pendingProposals.length,
    };
  }

  /**
   * What a leader knows of each other replica (KRaft's DescribeQuorum voter and observer state):
   * the highest index known replicated there and the ticks since it last answered. Empty unless
   * this node leads.
   */
  replicaProgress(): Array<{ id: NodeId; isVoter: boolean; match: number; idleTicks: number }> {
    if (this.role !== 'leader') return [];
    return [...this.progress.values()].map((pr) => ({ id: pr.id, isVoter: pr.isVoter, match: pr.match, idleTicks: pr.idleTicks }));
  }

  /**
   * The voter a leader should hand over to (controlled shutdown): the one with the highest
   * acknowledged index, or null when this node does not lead or has no other voter.
   */
  transferTarget(): NodeId | null {
    if (this.role !== 'leader') return null;
    let best: Progress | null = null;
    for (const pr of this.progress.values()) {
      if (pr.isVoter && (best === null || pr.match > best.match)) best = pr;
    }
    return best?.id ?? null;
  }

  /** The in-memory log after the snapshot (read-only; for checkers and tests). */
  logEntries(): readonly Entry[] {
    return this.log.view();
  }

  /** The latest snapshot this node holds. */
  latestSnapshot(): Snapshot | null {
    return this.snapshot;
  }

  // ---------------------------------------------------------------- role changes

  private becomeFollower(term: number, leaderId: NodeId | null): void {
    this.reset(term);
    this.role = 'follower';
    this.setLeader(leaderId);
  }

  private becomePreCandidate(): void {
    assert(this.role !== 'leader', 'leader cannot become pre-candidate');
    // Pre-vote changes neither term nor vote (thesis 9.6).
    this.role = 'pre-candidate';
    this.votes.clear();
    this.setLeader(null);
  }

  private becomeCandidate(): void {
    assert(this.role !== 'leader', 'leader cannot become candidate');
    this.reset(this.term + 1);
    this.role = 'candidate';
    this.votedFor = this.id;
    this.setLeader(null);
  }

  private becomeLeader(): void {
    assert(this.role === 'candidate', 'only a candidate becomes leader');
    this.reset(this.term);
    this.role = 'leader';
    this.setLeader(this.id);
    const next = this.log.lastIndex + 1;
    for (const v of this.voters) if (v !== this.id) this.progress.set(v, new Progress(v, true, next));
    for (const o of this.observers) if (o !== this.id) this.progress.set(o, new Progress(o, false, next));
    // Thesis 6.4 / KRaft LeaderChangeMessage: commit an entry of the new term at once, which
    // also commits everything before it and lets read-index serve.
    const data = new Uint8Array(4);
    new DataView(data.buffer).setUint32(0, this.id);
    this.log.appendOwn({ term: this.term, index: next, type: EntryType.leaderChange, data });
    this.needsAppendFlush = true;
  }

  private reset(term: number): void {
    if (this.term !== term) {
      assert(term > this.term, `term going backwards ${this.term} -> ${term}`);
      this.term = term;
      this.votedFor = null;
    }
    if (this.role === 'leader') this.failLeaderReads();
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.resetRandomizedElectionTimeout();
    this.votes.clear();
    this.progress.clear();
    this.leadTransferee = null;
    this.readSeq = 0;
    this.needsHeartbeatFlush = false;
  }

  private setLeader(leaderId: NodeId | null): void {
    if (leaderId !== this.leaderId) {
      // Forwarded reads went to the old leader; their answers may never come.
      this.failForwardedReads();
      this.leaderId = leaderId;
    }
  }

  private resetRandomizedElectionTimeout(): void {
    this.randomizedElectionTimeout = this.electionTicks + this.random.nextInt(this.electionTicks);
  }

  // ---------------------------------------------------------------- ticks

  private tickElection(): void {
    this.electionElapsed++;
    if (!this.isVoter) return;
    if (this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      this.campaign(this.preVote ? 'pre-vote' : 'vote');
    }
  }

  private tickLeader(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.electionTicks) {
      this.electionElapsed = 0;
      if (this.checkQuorum) {
        let active = 1; // self
        for (const pr of this.progress.values()) {
          if (pr.isVoter && pr.recentActive) active++;
          pr.recentActive = false;
        }
        if (active < this.quorum) {
          this.becomeFollower(this.term, null);
          return;
        }
      }
      // A transfer that did not finish within an election timeout is abandoned (thesis 3.10).
      this.leadTransferee = null;
    }
    for (const pr of this.progress.values()) {
      if (pr.state !== 'snapshot' && pr.match >= this.log.lastIndex) {
        pr.idleTicks = 0; // nothing outstanding: silence is not loss
        continue;
      }
      pr.idleTicks++;
      if (pr.idleTicks < this.retryTicks) continue;
      // No answer for a while: assume the messages were lost and start again from what we know.
      pr.idleTicks = 0;
      if (pr.state === 'snapshot') {
        this.sendSnapshotChunk(pr);
      } else if (pr.match < this.log.lastIndex) {
        if (pr.state === 'replicate') pr.becomeProbe();
        pr.probeSent = false;
        this.maybeSendAppend(pr.id, true);
      }
    }
    if (this.heartbeatElapsed >= this.heartbeatTicks) {
      this.heartbeatElapsed = 0;
      this.needsHeartbeatFlush = true;
    }
  }

  private tickForwardedReads(): void {
    if (this.forwardedReads.size === 0) return;
    for (const [requestId, elapsed] of this.forwardedReads) {
      if (elapsed + 1 >= this.readTimeoutTicks) {
        this.forwardedReads.delete(requestId);
        this.readStates.push({ requestId, index: -1, error: RaftError.readTimeout });
      } else {
        this.forwardedReads.set(requestId, elapsed + 1);
      }
    }
  }

  // ---------------------------------------------------------------- elections

  private campaign(kind: CampaignKind): void {
    if (!this.isVoter || this.role === 'leader') return;
    let voteTerm: number;
    if (kind === 'pre-vote') {
      this.becomePreCandidate();
      voteTerm = this.term + 1;
    } else {
      this.becomeCandidate();
      voteTerm = this.term;
    }
    // Our own vote (in a real election it is the durable votedFor set above).
    if (this.poll(this.id, true) === 'won') {
      if (kind === 'pre-vote') this.campaign('vote');
      else this.becomeLeader();
      return;
    }
    const type = kind === 'pre-vote' ? 'pre-vote' : 'vote';
    for (const v of this.voters) {
      if (v === this.id) continue;
      this.send({
        type,
        from: this.id,
        to: v,
        term: voteTerm,
        lastIndex: this.log.lastIndex,
        lastTerm: this.log.lastTerm,
        isTransfer: kind === 'transfer',
      });
    }
  }

  private poll(from: NodeId, granted: boolean): 'won' | 'lost' | 'pending' {
    if (!this.votes.has(from)) this.votes.set(from, granted);
    let yes = 0;
    let no = 0;
    for (const g of this.votes.values()) {
      if (g) yes++;
      else no++;
    }
    if (yes >= this.quorum) return 'won';
    if (no >= this.quorum) return 'lost';
    return 'pending';
  }

  private handleVoteRequest(m: VoteMessage): void {
    // Observers never vote; voters only consider voters (KRaft ignores unknown candidates).
    if (!this.isVoter || !this.voterSet.has(m.from)) return;
    const responseType = m.type === 'vote' ? 'vote-response' : 'pre-vote-response';
    // Figure 2, RequestVote rule 2, plus: a pre-vote for a future term may always be granted.
    const canVote =
      this.votedFor === m.from ||
      (this.votedFor === null && this.leaderId === null) ||
      (m.type === 'pre-vote' && m.term > this.term);
    if (canVote && this.log.isUpToDate(m.lastIndex, m.lastTerm)) {
      // Granted answers carry the request's term so a pre-candidate can match them.
      this.send({ type: responseType, from: this.id, to: m.from, term: m.term, reject: false });
      if (m.type === 'vote') {
        this.electionElapsed = 0;
        this.votedFor = m.from;
      }
    } else {
      this.send({ type: responseType, from: this.id, to: m.from, term: this.term, reject: true });
    }
  }

  private handleVoteResponse(m: VoteResponseMessage): void {
    if (!this.voterSet.has(m.from)) return;
    if (m.type === 'pre-vote-response') {
      if (this.role !== 'pre-candidate') return;
      // Granted pre-votes echo term + 1; rejections carry the voter's (equal) term.
      if (!m.reject && m.term !== this.term + 1) return;
      const result = this.poll(m.from, !m.reject);
      if (result === 'won') this.campaign('vote');
      else if (result === 'lost') this.becomeFollower(this.term, null);
      return;
    }
    if (this.role !== 'candidate') return;
    const result = this.poll(m.from, !m.reject);
    if (result === 'won') this.becomeLeader();
    else if (result === 'lost') this.becomeFollower(this.term, null);
  }

  // ---------------------------------------------------------------- follower side

  private handleLeaderMessage(m: AppendMessage | HeartbeatMessage | InstallSnapshotMessage): void {
    assert(this.role !== 'leader', `leader ${this.id} got ${m.type} from ${m.from} in its own term ${this.term}`);
    if (this.role !== 'follower') this.becomeFollower(this.term, m.from);
    assert(
      this.leaderId === null || this.leaderId === m.from,
      `two leaders in term ${this.term}: ${this.leaderId} and ${m.from}`,
    );
    this.setLeader(m.from);
    this.electionElapsed = 0;
    switch (m.type) {
      case 'append':
        this.handleAppend(m);
        return;
      case 'heartbeat':
        this.handleHeartbeat(m);
        return;
      case 'install-snapshot':
        this.handleSnapshotChunk(m);
        return;
      default:
        unreachable(m);
    }
  }

  private handleAppend(m: AppendMessage): void {
    const log = this.log;
    if (m.prevIndex < log.commit) {
      // Everything up to our commit index matches the leader (leader completeness); this append
      // is stale or duplicated. Tell the leader where we really are.
      this.sendAppendResponse(m.from, false, log.commit);
      return;
    }
    if (log.matchTerm(m.prevIndex, m.prevTerm)) {
      // Figure 2, AppendEntries rules 3-5.
      const { truncatedFrom } = log.appendAfter(m.prevIndex, m.entries);
      if (truncatedFrom !== null) this.onTruncated(truncatedFrom);
      const lastNew = m.prevIndex + m.entries.length;
      log.commitTo(Math.min(m.commit, lastNew));
      this.sendAppendResponse(m.from, false, lastNew);
      return;
    }
    // Figure 2, AppendEntries rule 2: reject, with a hint that skips a whole conflicting term.
    const hint = log.findConflictByTerm(Math.min(m.prevIndex, log.lastIndex), m.prevTerm);
    this.send({
      type: 'append-response',
      from: this.id,
      to: m.from,
      term: this.term,
      reject: true,
      index: m.prevIndex,
      hintIndex: hint.index,
      hintTerm: hint.term,
    });
  }

  private sendAppendResponse(to: NodeId, reject: boolean, index: number): void {
    this.send({ type: 'append-response', from: this.id, to, term: this.term, reject, index, hintIndex: 0, hintTerm: 0 });
  }

  private handleHeartbeat(m: HeartbeatMessage): void {
    // The leader sends min(our match, its commit), so everything up to it is verified.
    this.log.commitTo(m.commit);
    this.send({ type: 'heartbeat-response', from: this.id, to: m.from, term: this.term, readSeq: m.readSeq });
  }

  private handleSnapshotChunk(m: InstallSnapshotMessage): void {
    const log = this.log;
    if (m.meta.index <= log.commit) {
      // Already have everything the snapshot covers.
      this.incoming = null;
      this.sendAppendResponse(m.from, false, log.commit);
      return;
    }
    if (log.matchTerm(m.meta.index, m.meta.term)) {
      // Our log already contains the snapshot's last entry: just learn that it is committed.
      this.incoming = null;
      log.commitTo(m.meta.index);
      this.sendAppendResponse(m.from, false, m.meta.index);
      return;
    }
    let incoming = this.incoming;
    const matches =
      incoming !== null && incoming.meta.index === m.meta.index && incoming.leaderTerm === this.term && incoming.from === m.from;
    if (!matches) {
      if (m.offset !== 0) {
        // We hold none of this snapshot (a restart, or the first chunk was lost): start over.
        this.sendSnapshotAck(m, 0);
        return;
      }
      if (m.totalBytes > this.limits.snapshotBytesMax) {
        this.incoming = null;
        return;
      }
      incoming = { meta: m.meta, leaderTerm: this.term, from: m.from, totalBytes: m.totalBytes, chunks: [], received: 0 };
      this.incoming = incoming;
    } else if (m.offset !== incoming!.received) {
      // A duplicate or out-of-order chunk: say where we are; never go back.
      this.sendSnapshotAck(m, incoming!.received);
      return;
    }
    incoming = incoming!;
    assert(m.data.length > 0 || m.totalBytes === 0, 'empty snapshot chunk');
    if (incoming.received + m.data.length > incoming.totalBytes) {
      this.incoming = null;
      return;
    }
    incoming.chunks.push(m.data);
    incoming.received += m.data.length;
    if (incoming.received < incoming.totalBytes) {
      this.sendSnapshotAck(m, incoming.received);
      return;
    }
    this.incoming = null;
    this.restore({ meta: m.meta, data: concat(incoming.chunks, incoming.totalBytes) });
    // Sent after the snapshot is durable (messages wait for persistence).
    this.sendAppendResponse(m.from, false, m.meta.index);
  }

  private sendSnapshotAck(m: InstallSnapshotMessage, nextOffset: number): void {
    this.send({ type: 'install-snapshot-response', from: this.id, to: m.from, term: this.term, snapshotIndex: m.meta.index, nextOffset });
  }

  /** Replaces log and state machine with a leader's snapshot (thesis 5.3). */
  private restore(snapshot: Snapshot): void {
    assert(sameMembers(snapshot.meta.voters, this.voters), 'snapshot voters differ from the configured voters');
    this.log.restore(snapshot.meta);
    this.snapshot = snapshot;
    this.snapshotToPersist = { snapshot, isRestore: true };
    this.stableIndex = snapshot.meta.index;
    this.handedOutIndex = snapshot.meta.index;
    this.truncatedSince = Math.min(this.truncatedSince, snapshot.meta.index + 1);
    this.applied = snapshot.meta.index;
    this.resolveProposalsBySnapshot(snapshot.meta);
  }

  private onTruncated(from: number): void {
    this.stableIndex = Math.min(this.stableIndex, from - 1);
    this.handedOutIndex = Math.min(this.handedOutIndex, from - 1);
    this.truncatedSince = Math.min(this.truncatedSince, from);
  }

  // ---------------------------------------------------------------- leader side

  private handleAppendResponse(m: AppendResponseMessage): void {
    if (this.role !== 'leader') return;
    const pr = this.progress.get(m.from);
    if (pr === undefined) return;
    pr.recentActive = true;
    pr.idleTicks = 0;
    if (m.reject) {
      if (pr.state === 'snapshot') return; // a stale answer to an append sent before the snapshot
      // Thesis 5.3: jump over the follower's conflicting term in one round trip.
      let hintIndex = m.hintIndex;
      if (m.hintTerm > 0) hintIndex = this.log.findConflictByTerm(m.hintIndex, m.hintTerm).index;
      if (pr.maybeDecrease(m.index, hintIndex)) {
        if (pr.state === 'replicate') pr.becomeProbe();
        this.maybeSendAppend(m.from, true);
      }
      return;
    }
    const wasPaused = pr.isPaused(this.limits.inflightAppendsMax);
    if (!pr.maybeUpdate(m.index)) {
      if (wasPaused && !pr.isPaused(this.limits.inflightAppendsMax)) this.sendAppendsWhileOpen(pr);
      return;
    }
    if (pr.state === 'probe') pr.becomeReplicate();
    else if (pr.state === 'snapshot' && pr.match >= pr.snapshot!.meta.index) pr.becomeReplicate();
    if (this.maybeCommit()) this.onCommitAdvanced();
    else this.sendAppendsWhileOpen(pr, this.lacksCommit(pr));
    if (m.from === this.leadTransferee && pr.match === this.log.lastIndex) this.sendTimeoutNow(m.from);
  }

  private handleHeartbeatResponse(m: HeartbeatResponseMessage): void {
    if (this.role !== 'leader') return;
    const pr = this.progress.get(m.from);
    if (pr === undefined) return;
    pr.recentActive = true;
    if (pr.state === 'probe' && !pr.probeSent && pr.match < this.log.lastIndex) this.maybeSendAppend(m.from, true);
    if (pr.isVoter && m.readSeq > pr.readAckSeq && m.readSeq <= this.readSeq) {
      pr.readAckSeq = m.readSeq;
      this.releaseConfirmedReads();
    }
  }

  private handleSnapshotResponse(m: InstallSnapshotResponseMessage): void {
    if (this.role !== 'leader') return;
    const pr = this.progress.get(m.from);
    if (pr === undefined) return;
    pr.recentActive = true;
    if (pr.state !== 'snapshot' || pr.snapshot!.meta.index !== m.snapshotIndex) return;
    // The follower never moves back within one transfer (except after a restart, when it asks
    // for offset 0), so any answer that differs from our position is news; repeats are not.
    if (m.nextOffset === pr.snapshotOffset) return;
    pr.idleTicks = 0;
    pr.snapshotOffset = Math.min(m.nextOffset, pr.snapshot!.data.length);
    if (pr.snapshotOffset < pr.snapshot!.data.length) this.sendSnapshotChunk(pr);
  }

  /** Figure 2, leader rule 4: commit the majority-replicated index, but only in the current term (5.4.2). */
  private maybeCommit(): boolean {
    const matches: number[] = [];
    for (const v of this.voters) matches.push(v === this.id ? this.stableIndex : (this.progress.get(v)?.match ?? 0));
    matches.sort((a, b) => b - a);
    const index = matches[this.quorum - 1]!;
    if (index > this.log.commit && this.log.term(index) === this.term) {
      this.log.commitTo(index);
      return true;
    }
    return false;
  }

  private onCommitAdvanced(): void {
    // Followers learn the new commit index from the next append; send it now for low latency.
    for (const pr of this.progress.values()) this.sendAppendsWhileOpen(pr, this.lacksCommit(pr));
    if (this.readsAwaitingCommit.length > 0 && this.log.term(this.log.commit) === this.term) {
      const waiting = this.readsAwaitingCommit;
      this.readsAwaitingCommit = [];
      for (const r of waiting) this.leaderRead(r);
    }
  }

  /**
   * True when `pr` has nothing in flight yet was never told the current commit index. An empty
   * append then carries it; one sent behind an unacknowledged append could overtake it and
   * cause a needless rejection, so those wait for the next append or heartbeat.
   */
  private lacksCommit(pr: Progress): boolean {
    return pr.commitSent < this.log.commit && pr.inflights.length === 0 && pr.match === pr.next - 1;
  }

  /** Sends appends to `pr` until it is paused or has everything (batching per message). */
  private sendAppendsWhileOpen(pr: Progress, allowEmpty = false): void {
    let sentAny = false;
    while (!pr.isPaused(this.limits.inflightAppendsMax) && pr.next <= this.log.lastIndex) {
      if (!this.maybeSendAppend(pr.id, false)) break;
      sentAny = true;
      if (pr.state !== 'replicate') break;
    }
    if (!sentAny && allowEmpty) this.maybeSendAppend(pr.id, true);
  }

  /** Sends one append (or starts a snapshot) to `to`; returns whether a message went out. */
  private maybeSendAppend(to: NodeId, allowEmpty: boolean): boolean {
    const pr = this.progress.get(to);
    if (pr === undefined || pr.isPaused(this.limits.inflightAppendsMax)) return false;
    const prevIndex = pr.next - 1;
    const prevTerm = this.log.term(prevIndex);
    if (prevTerm === undefined) {
      // The entries this node needs were compacted: send the snapshot instead (thesis 5.3).
      assert(this.snapshot !== null && this.snapshot.meta.index === this.log.snapshotIndex, 'compacted log without a snapshot');
      pr.becomeSnapshot(this.snapshot);
      this.sendSnapshotChunk(pr);
      return true;
    }
    const entries = this.log.slice(pr.next, this.log.lastIndex + 1, this.limits.appendEntriesMax, this.limits.appendBytesMax);
    if (entries.length === 0 && !allowEmpty) return false;
    this.send({
      type: 'append',
      from: this.id,
      to,
      term: this.term,
      prevIndex,
      prevTerm,
      entries,
      commit: this.log.commit,
    });
    pr.commitSent = this.log.commit;
    if (entries.length > 0) {
      const last = entries[entries.length - 1]!.index;
      if (pr.state === 'replicate') {
        pr.inflights.push(last);
        pr.next = last + 1;
      } else {
        pr.probeSent = true;
      }
    } else if (pr.state === 'probe') {
      pr.probeSent = true;
    }
    return true;
  }

  private sendSnapshotChunk(pr: Progress): void {
    const snapshot = pr.snapshot!;
    const total = snapshot.data.length;
    const offset = pr.snapshotOffset;
    const end = Math.min(total, offset + this.limits.snapshotChunkBytesMax);
    this.send({
      type: 'install-snapshot',
      from: this.id,
      to: pr.id,
      term: this.term,
      meta: snapshot.meta,
      totalBytes: total,
      offset,
      data: snapshot.data.subarray(offset, end),
    });
  }

  private sendTimeoutNow(to: NodeId): void {
    this.send({ type: 'timeout-now', from: this.id, to, term: this.term });
  }

  private broadcastHeartbeat(): void {
    for (const pr of this.progress.values()) {
      const commit = Math.min(pr.match, this.log.commit);
      if (commit > pr.commitSent) pr.commitSent = commit;
      this.send({ type: 'heartbeat', from: this.id, to: pr.id, term: this.term, commit, readSeq: this.readSeq });
    }
  }

  /** Sends what proposals and read requests accumulated since the last ready (batching). */
  private flush(): void {
    if (this.role !== 'leader') {
      this.needsAppendFlush = false;
      this.needsHeartbeatFlush = false;
      return;
    }
    if (this.needsAppendFlush) {
      this.needsAppendFlush = false;
      for (const pr of this.progress.values()) this.sendAppendsWhileOpen(pr);
    }
    if (this.needsHeartbeatFlush) {
      this.needsHeartbeatFlush = false;
      this.broadcastHeartbeat();
    }
  }

  // ---------------------------------------------------------------- reads

  private leaderRead(origin: ReadOrigin): void {
    if (this.log.term(this.log.commit) !== this.term) {
      // Until its first entry commits, a new leader does not know the commit index (thesis 6.4).
      this.readsAwaitingCommit.push(origin);
      return;
    }
    if (this.quorum === 1) {
      this.answerRead(origin, this.log.commit, null);
      return;
    }
    this.readSeq++;
    this.pendingReads.push({ ...origin, seq: this.readSeq, index: this.log.commit });
    this.needsHeartbeatFlush = true;
  }

  private releaseConfirmedReads(): void {
    const acks: number[] = [];
    for (const v of this.voters) acks.push(v === this.id ? Infinity : (this.progress.get(v)?.readAckSeq ?? 0));
    acks.sort((a, b) => b - a);
    const confirmed = acks[this.quorum - 1]!;
    let k = 0;
    while (k < this.pendingReads.length && this.pendingReads[k]!.seq <= confirmed) {
      const r = this.pendingReads[k]!;
      this.answerRead(r, r.index, null);
      k++;
    }
    if (k > 0) this.pendingReads.splice(0, k);
  }

  private answerRead(origin: ReadOrigin, index: number, error: RaftErrorCode | null): void {
    const { session, requestId, from } = origin;
    if (from === this.id && session === this.readSession) {
      this.readStates.push({ requestId, index, error });
    } else if (from !== this.id) {
      this.send({ type: 'read-index-response', from: this.id, to: from, term: this.term, session, requestId, index, error });
    }
  }

  private failLeaderReads(): void {
    for (const r of this.pendingReads) this.answerRead(r, -1, RaftError.notLeader);
    for (const r of this.readsAwaitingCommit) this.answerRead(r, -1, RaftError.notLeader);
    this.pendingReads = [];
    this.readsAwaitingCommit = [];
  }

  private failForwardedReads(): void {
    for (const requestId of this.forwardedReads.keys()) {
      this.readStates.push({ requestId, index: -1, error: RaftError.notLeader });
    }
    this.forwardedReads.clear();
  }

  private handleReadIndexRequest(m: ReadIndexMessage): void {
    const origin: ReadOrigin = { session: m.session, requestId: m.requestId, from: m.from };
    if (this.role !== 'leader') {
      this.answerRead(origin, -1, RaftError.notLeader);
      return;
    }
    if (this.pendingReads.length + this.readsAwaitingCommit.length >= this.limits.pendingReadsMax) {
      this.answerRead(origin, -1, RaftError.tooManyPendingReads);
      return;
    }
    this.leaderRead(origin);
  }

  private handleReadIndexResponse(m: ReadIndexResponseMessage): void {
    if (m.session !== this.readSession || !this.forwardedReads.delete(m.requestId)) return;
    this.readStates.push({ requestId: m.requestId, index: m.index, error: m.error });
  }

  // ---------------------------------------------------------------- proposals

  private addPendingProposal(index: number, term: number): void {
    this.pendingProposals.push({ index, term });
    // Normally appended in index order; a re-elected leader may propose below an older
    // unresolved proposal, so keep the list sorted by index.
    for (let k = this.pendingProposals.length - 1; k > 0 && this.pendingProposals[k - 1]!.index > index; k--) {
      const tmp = this.pendingProposals[k - 1]!;
      this.pendingProposals[k - 1] = this.pendingProposals[k]!;
      this.pendingProposals[k] = tmp;
    }
    if (term < this.pendingProposalTermMin) this.pendingProposalTermMin = term;
  }

  /**
   * Resolves proposals against newly committed entries. A proposal (i, t) committed iff the
   * committed entry at i has term t. Log terms never decrease along the log, so once an entry of
   * term T is committed at index j, no entry of a term below T can commit above j: those
   * proposals are lost (this is how proposals of a deposed leader resolve).
   */
  private resolveProposals(committed: readonly Entry[]): void {
    if (this.pendingProposals.length === 0 || committed.length === 0) return;
    const last = committed[committed.length - 1]!;
    const first = committed[0]!.index;
    let k = 0;
    let removedMin = false;
    while (k < this.pendingProposals.length && this.pendingProposals[k]!.index <= last.index) {
      const p = this.pendingProposals[k]!;
      assert(p.index >= first, 'pending proposal below the applied index');
      const entry = committed[p.index - first]!;
      this.proposalResults.push({ index: p.index, term: p.term, error: entry.term === p.term ? null : RaftError.entryLost });
      if (p.term === this.pendingProposalTermMin) removedMin = true;
      k++;
    }
    if (k > 0) this.pendingProposals.splice(0, k);
    if (last.term > this.pendingProposalTermMin) {
      this.dropProposalsBelowTerm(last.term, RaftError.entryLost);
      removedMin = true;
    }
    if (removedMin) this.recomputeProposalTermMin();
  }

  private resolveProposalsBySnapshot(meta: SnapshotMeta): void {
    if (this.pendingProposals.length === 0) return;
    let k = 0;
    while (k < this.pendingProposals.length && this.pendingProposals[k]!.index <= meta.index) {
      const p = this.pendingProposals[k]!;
      this.proposalResults.push({ index: p.index, term: p.term, error: RaftError.outcomeUnknown });
      k++;
    }
    if (k > 0) this.pendingProposals.splice(0, k);
    if (meta.term > this.pendingProposalTermMin) this.dropProposalsBelowTerm(meta.term, RaftError.entryLost);
    this.recomputeProposalTermMin();
  }

  private dropProposalsBelowTerm(term: number, error: RaftErrorCode): void {
    let w = 0;
    for (const p of this.pendingProposals) {
      if (p.term < term) this.proposalResults.push({ index: p.index, term: p.term, error });
      else this.pendingProposals[w++] = p;
    }
    this.pendingProposals.length = w;
  }

  private recomputeProposalTermMin(): void {
    let min = Infinity;
    for (const p of this.pendingProposals) if (p.term < min) min = p.term;
    this.pendingProposalTermMin = min;
  }

  // ---------------------------------------------------------------- sending

  private send(m: Message): void {
    // A leader's replication traffic may leave before its own log is durable (thesis 10.2.1),
    // but only once its term is durable: otherwise a crash could let it lead the same term twice.
    const early =
      this.role === 'leader' &&
      this.durableTerm === this.term &&
      (m.type === 'append' || m.type === 'heartbeat' || m.type === 'install-snapshot');
    if (early) this.msgsEarly.push(m);
    else this.msgs.push(m);
  }
}

function sameMembers(a: readonly NodeId[], b: readonly NodeId[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === total) return chunks[0]!;
  const out = new Uint8Array(total);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}
