// Goal: the in-memory raft log keeps figure 2's AppendEntries rules 3-4 and the conflict-hint
// search exact. Method: build small logs from (index, term) lists and compare results by hand.
import { describe, expect, it } from 'vitest';
import { RaftLog } from './log.js';
import { EntryType, type Entry } from './types.js';

function e(index: number, term: number): Entry {
  return { index, term, type: EntryType.normal, data: new Uint8Array([index & 0xff]) };
}
function terms(log: RaftLog): number[] {
  return log.view().map((x) => x.term);
}
function build(termsList: number[]): RaftLog {
  return new RaftLog(null, termsList.map((t, i) => e(i + 1, t)));
}

describe('RaftLog', () => {
  it('answers term() for the sentinel, the snapshot boundary, entries and beyond', () => {
    const log = new RaftLog({ index: 5, term: 2, voters: [1] }, [e(6, 2), e(7, 3)]);
    expect(log.term(4)).toBeUndefined();
    expect(log.term(5)).toBe(2);
    expect(log.term(7)).toBe(3);
    expect(log.term(8)).toBeUndefined();
    expect(new RaftLog(null, []).term(0)).toBe(0);
  });

  it('skips entries already present and never truncates on a stale append (rule 4)', () => {
    const log = build([1, 1, 2, 2]);
    const r = log.appendAfter(1, [e(2, 1), e(3, 2)]);
    expect(r.truncatedFrom).toBeNull();
    expect(terms(log)).toEqual([1, 1, 2, 2]);
  });

  it('deletes a conflicting entry and all that follow it, then appends (rule 3)', () => {
    const log = build([1, 1, 2, 2, 2]);
    const r = log.appendAfter(2, [e(3, 3), e(4, 3)]);
    expect(r.truncatedFrom).toBe(3);
    expect(terms(log)).toEqual([1, 1, 3, 3]);
  });

  it('refuses to truncate a committed entry', () => {
    const log = build([1, 1, 2]);
    log.commitTo(3);
    expect(() => log.appendAfter(2, [e(3, 3)])).toThrow(/committed/);
  });

  it('finds the last index whose term is at most the given term (conflict hint)', () => {
    const log = build([1, 1, 2, 2, 4, 4, 4]);
    expect(log.findConflictByTerm(7, 3)).toEqual({ index: 4, term: 2 });
    expect(log.findConflictByTerm(7, 4)).toEqual({ index: 7, term: 4 });
    expect(log.findConflictByTerm(10, 1)).toEqual({ index: 2, term: 1 });
    expect(log.findConflictByTerm(7, 0)).toEqual({ index: 0, term: 0 });
  });

  it('judges up-to-dateness by last term first, then by length (5.4.1)', () => {
    const log = build([1, 2, 2]);
    expect(log.isUpToDate(3, 2)).toBe(true);
    expect(log.isUpToDate(2, 2)).toBe(false);
    expect(log.isUpToDate(1, 3)).toBe(true);
    expect(log.isUpToDate(9, 1)).toBe(false);
  });

  it('slices with count and byte limits but always returns at least one entry', () => {
    const log = build([1, 1, 1, 1]);
    expect(log.slice(1, 5, 2, Infinity).map((x) => x.index)).toEqual([1, 2]);
    expect(log.slice(1, 5, 10, 0).map((x) => x.index)).toEqual([1]);
    expect(log.slice(2, 5, 10, 2).map((x) => x.index)).toEqual([2, 3]);
  });

  it('compacts up to a committed index and keeps the boundary term', () => {
    const log = build([1, 2, 3, 3]);
    log.commitTo(3);
    log.compact(3);
    expect(log.snapshotIndex).toBe(3);
    expect(log.term(3)).toBe(3);
    expect(log.firstIndex).toBe(4);
    expect(terms(log)).toEqual([3]);
    expect(() => log.compact(4)).toThrow();
  });
});
