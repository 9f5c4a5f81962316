import type { NodeId, Snapshot } from './types.js';

/**
 * How a leader replicates to one follower or observer (etcd raft's tracker.Progress).
 *
 * States and their transitions:
 *  - probe: the leader does not know where the follower's log matches. It sends one append at a
 *    time and waits (`probeSent`). -> replicate on a successful append response;
 *    -> snapshot when the entries it needs were compacted away.
 *  - replicate: the follower is known to match up to `match`; appends are pipelined, up to
 *    `inflightAppendsMax` unacknowledged messages. -> probe on a rejection or when acknowledgements
 *    stop arriving (a message was lost).
 *  - snapshot: a snapshot is being sent in chunks, one chunk in flight. -> replicate once the
 *    follower acknowledges an index at or above the snapshot's.
 */
export type ProgressState = 'probe' | 'replicate' | 'snapshot';

export class Progress {
  /** Highest index known to be durably replicated on this node (figure 2 `matchIndex`). */
  match = 0;
  /** Next index to send (figure 2 `nextIndex`). */
  next: number;
  state: ProgressState = 'probe';
  /** In probe state: an append is outstanding, wait for its answer or a retry. */
  probeSent = false;
  /** Last index of each unacknowledged append, ascending (replicate state). */
  readonly inflights: number[] = [];
  /** Ticks since this node last answered an append or snapshot chunk. */
  idleTicks = 0;
  /** Commit index carried by the last append or heartbeat sent to this node. */
  commitSent = 0;
  /** Heard from this node since the last check-quorum round (thesis 6.2). */
  recentActive = false;
  /** Highest heartbeat `readSeq` this node echoed in the current term. */
  readAckSeq = 0;
  /** The snapshot being transferred (kept even if the leader compacts again meanwhile). */
  snapshot: Snapshot | null = null;
  /** Bytes of `snapshot` the follower acknowledged. */
  snapshotOffset = 0;

  constructor(
    readonly id: NodeId,
    readonly isVoter: boolean,
    next: number,
  ) {
    this.next = next;
  }

  becomeProbe(): void {
    if (this.state === 'snapshot' && this.snapshot !== null) {
      this.next = Math.max(this.match + 1, this.snapshot.meta.index + 1);
    } else {
      this.next = this.match + 1;
    }
    this.state = 'probe';
    this.probeSent = false;
    this.inflights.length = 0;
    this.snapshot = null;
    this.snapshotOffset = 0;
  }

  becomeReplicate(): void {
    this.state = 'replicate';
    this.next = this.match + 1;
    this.probeSent = false;
    this.inflights.length = 0;
    this.snapshot = null;
    this.snapshotOffset = 0;
  }

  becomeSnapshot(snapshot: Snapshot): void {
    this.state = 'snapshot';
    this.snapshot = snapshot;
    this.snapshotOffset = 0;
    this.probeSent = false;
    this.inflights.length = 0;
    this.idleTicks = 0;
  }

  /** A successful append response for `index`; false when it tells nothing new. */
  maybeUpdate(index: number): boolean {
    let updated = false;
    if (index > this.match) {
      this.match = index;
      this.probeSent = false;
      updated = true;
    }
    if (this.next < index + 1) this.next = index + 1;
    // Acknowledged appends leave the window, including ones a later answer overtook.
    let k = 0;
    while (k < this.inflights.length && this.inflights[k]! <= index) k++;
    if (k > 0) this.inflights.splice(0, k);
    return updated;
  }

  /**
   * A rejection of the append whose prevIndex was `rejected`; `hintIndex` is the leader's guess of
   * the last index that could match. Returns false when the rejection is stale (etcd MaybeDecrTo).
   */
  maybeDecrease(rejected: number, hintIndex: number): boolean {
    if (this.state === 'replicate') {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, hintIndex + 1), this.match + 1);
    this.probeSent = false;
    return true;
  }

  isPaused(inflightAppendsMax: number): boolean {
    switch (this.state) {
      case 'probe':
        return this.probeSent;
      case 'replicate':
        return this.inflights.length >= inflightAppendsMax;
      case 'snapshot':
        return true;
    }
  }
}
