import { assert } from './assert.js';
import type { Entry, SnapshotMeta } from './types.js';

/**
 * The in-memory view of one node's log: a snapshot boundary (`snapshotIndex`, `snapshotTerm`)
 * followed by the entries after it. The core keeps the whole suffix since the last snapshot in
 * memory (the metadata log is compacted by snapshots), so it can answer every `term(i)` question
 * synchronously, without I/O. Durability is tracked by the node, not here.
 *
 * Index 0 with term 0 is the empty log's sentinel, as in the Raft paper.
 */
export class RaftLog {
  private entries: Entry[] = [];
  private snapIndex: number;
  private snapTerm: number;
  /** Highest index known committed (figure 2 `commitIndex`); never decreases. */
  commit: number;

  constructor(snapshot: SnapshotMeta | null, entries: readonly Entry[]) {
    this.snapIndex = snapshot?.index ?? 0;
    this.snapTerm = snapshot?.term ?? 0;
    this.commit = this.snapIndex;
    let prevTerm = this.snapTerm;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      assert(entry.index === this.snapIndex + 1 + i, `log entries not contiguous at ${entry.index}`);
      assert(entry.term >= prevTerm, `log terms decrease at ${entry.index}`);
      prevTerm = entry.term;
      this.entries.push(entry);
    }
  }

  get snapshotIndex(): number {
    return this.snapIndex;
  }

  get snapshotTerm(): number {
    return this.snapTerm;
  }

  get firstIndex(): number {
    return this.snapIndex + 1;
  }

  get lastIndex(): number {
    return this.snapIndex + this.entries.length;
  }

  get lastTerm(): number {
    return this.entries.length === 0 ? this.snapTerm : this.entries[this.entries.length - 1]!.term;
  }

  /** Term of the entry at `index`, or undefined when it was compacted away or does not exist. */
  term(index: number): number | undefined {
    if (index === this.snapIndex) return this.snapTerm;
    if (index < this.snapIndex || index > this.lastIndex) return undefined;
    return this.entries[index - this.snapIndex - 1]!.term;
  }

  entryAt(index: number): Entry | undefined {
    if (index <= this.snapIndex || index > this.lastIndex) return undefined;
    return this.entries[index - this.snapIndex - 1];
  }

  matchTerm(index: number, term: number): boolean {
    return this.term(index) === term;
  }

  /** Figure 2, RequestVote rule 2: the candidate's log is at least as up-to-date as ours (5.4.1). */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const ourTerm = this.lastTerm;
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex);
  }

  /**
   * The largest index <= `index` whose term is <= `term`, with that term (thesis 5.3's optimized
   * back-off, etcd's findConflictByTerm). Used on both sides of a rejected append: every entry
   * between the result and `index` has a term greater than `term`, so none can match.
   */
  findConflictByTerm(index: number, term: number): { index: number; term: number } {
    let i = Math.min(index, this.lastIndex);
    while (i > this.snapIndex) {
      const t = this.entries[i - this.snapIndex - 1]!.term;
      if (t <= term) return { index: i, term: t };
      i--;
    }
    // At the snapshot boundary its term is known (it is committed, so the leader has it too);
    // below it the term is unknown and 0 makes the other side back off conservatively.
    return { index: i, term: i === this.snapIndex ? this.snapTerm : 0 };
  }

  /**
   * Appends `entries` that follow `prevIndex` (already verified to match), skipping those already
   * present and truncating at the first conflict (figure 2, AppendEntries rules 3 and 4). Returns
   * the first index that was truncated or overwritten, or null when nothing already present
   * changed. Existing matching entries are never removed, so a stale or duplicated append cannot
   * erase newer entries.
   */
  appendAfter(prevIndex: number, entries: readonly Entry[]): { truncatedFrom: number | null } {
    let k = 0;
    // Entries at or below the snapshot are committed and identical by log matching: skip them.
    while (k < entries.length && entries[k]!.index <= this.snapIndex) k++;
    for (; k < entries.length; k++) {
      const entry = entries[k]!;
      assert(entry.index === prevIndex + 1 + k, 'append entries not contiguous');
      const existing = this.term(entry.index);
      if (existing === undefined) break; // past our end: append the rest
      if (existing !== entry.term) {
        assert(entry.index > this.commit, `conflict at committed index ${entry.index} (commit ${this.commit})`);
        this.truncateFrom(entry.index);
        this.pushAll(entries, k);
        return { truncatedFrom: entry.index };
      }
    }
    this.pushAll(entries, k);
    return { truncatedFrom: null };
  }

  /** Leader append of its own new entries. */
  appendOwn(entry: Entry): void {
    assert(entry.index === this.lastIndex + 1, 'leader append out of order');
    assert(entry.term >= this.lastTerm, 'leader append with a lower term');
    this.entries.push(entry);
  }

  private pushAll(entries: readonly Entry[], from: number): void {
    for (let k = from; k < entries.length; k++) {
      const entry = entries[k]!;
      assert(entry.index === this.lastIndex + 1, 'append leaves a gap');
      assert(entry.term >= this.lastTerm, 'append with a lower term');
      this.entries.push(entry);
    }
  }

  private truncateFrom(index: number): void {
    assert(index > this.snapIndex && index <= this.lastIndex, 'truncate out of range');
    this.entries.length = index - this.snapIndex - 1;
  }

  /**
   * Entries in [lo, hi) limited to `countMax` entries and `bytesMax` payload bytes, but at least
   * one entry when any is available (so one maximum-size entry still moves).
   */
  slice(lo: number, hi: number, countMax: number, bytesMax: number): Entry[] {
    assert(lo > this.snapIndex, 'slice below the snapshot');
    const end = Math.min(hi, this.lastIndex + 1, lo + countMax);
    const out: Entry[] = [];
    let bytes = 0;
    for (let i = lo; i < end; i++) {
      const entry = this.entries[i - this.snapIndex - 1]!;
      bytes += entry.data.length;
      if (out.length > 0 && bytes > bytesMax) break;
      out.push(entry);
    }
    return out;
  }

  commitTo(index: number): void {
    assert(index <= this.lastIndex, `commit ${index} beyond last index ${this.lastIndex}`);
    if (index > this.commit) this.commit = index;
  }

  /** Drops entries at or below `index`, which a local snapshot now covers. */
  compact(index: number): void {
    assert(index > this.snapIndex && index <= this.commit, 'compact out of range');
    const term = this.term(index)!;
    this.entries.splice(0, index - this.snapIndex);
    this.snapIndex = index;
    this.snapTerm = term;
  }

  /** Replaces the whole log with a snapshot from the leader. */
  restore(meta: SnapshotMeta): void {
    assert(meta.index > this.commit, 'restore of a snapshot at or below commit');
    this.entries = [];
    this.snapIndex = meta.index;
    this.snapTerm = meta.term;
    this.commit = meta.index;
  }

  /** All entries after the snapshot (for inspection by the simulator's checkers). */
  view(): readonly Entry[] {
    return this.entries;
  }
}
