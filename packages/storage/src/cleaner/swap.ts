/**
 * Replacing a group of segments by their cleaned segment so that a crash at any point leaves
 * either the old segments or the new one (Kafka's LocalLog.replaceSegments and the swap-file
 * handling of LogLoader):
 *
 *   1. the cleaner writes `X.log.cleaned`, `X.index.cleaned`, `X.timeindex.cleaned` and fsyncs
 *      them (X: the group's first base offset);
 *   2. `commitCleaned`: renames them to `.swap`, the `.log` last: that rename is the commit
 *      point; the log then fsyncs the directory so the commit reaches the disk before anything
 *      is deleted (if the log changed shape meanwhile, `uncommitCleaned` removes the swap files);
 *   3. the old segments' files are renamed `*.deleted` (PartitionLog.discardSegment);
 *   4. `installSwapped`: renames the `.swap` files to their final names, indexes first. No
 *      fsync is needed: if these renames are lost, open completes the swap again (and the next
 *      checkpoint write fsyncs the directory anyway).
 *
 * At open, `completeInterruptedSwaps` finishes or undoes what a crash interrupted: `.cleaned`
 * files (a pass that had not committed) are removed, index `.swap` files without their
 * `.log.swap` likewise; a `.log.swap` is committed, so every old segment inside its offset range
 * is removed and the swap files take their final names. The cleaned segment always ends where
 * the replaced group ended (its last batch is kept, empty if need be), so its range tells exactly
 * which old segments it replaces.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LogCorruptionError } from '../errors.js';
import { fsyncDirSync, unlinkIfExists } from '../io.js';
import {
  CLEANED_FILE_SUFFIX,
  INDEX_FILE_SUFFIX,
  LOG_FILE_SUFFIX,
  SWAP_FILE_SUFFIX,
  TIME_INDEX_FILE_SUFFIX,
  parseSegmentFileName,
  segmentFileStem,
} from '../names.js';
import type { HeaderScanner } from '../segment/batch-scan.js';

/**
 * Called after each file operation of a swap (and after the cleaned files and the offset-gap
 * checkpoint are written), with a description (`rename …`, `fsync …`). Crash tests copy the
 * directory there, as a crash at that instant would leave it.
 */
export type SwapStepObserver = (step: string) => void;

const SEGMENT_SUFFIXES = [INDEX_FILE_SUFFIX, TIME_INDEX_FILE_SUFFIX, LOG_FILE_SUFFIX] as const;

/** Step 2: `.cleaned` -> `.swap`, the log file last (the commit point). The caller fsyncs the directory. */
export function commitCleaned(dir: string, baseOffset: number, onStep: SwapStepObserver): void {
  const stem = path.join(dir, segmentFileStem(baseOffset));
  for (const suffix of SEGMENT_SUFFIXES) {
    fs.renameSync(stem + suffix + CLEANED_FILE_SUFFIX, stem + suffix + SWAP_FILE_SUFFIX);
    onStep(`rename ${segmentFileStem(baseOffset)}${suffix}${CLEANED_FILE_SUFFIX} to ${SWAP_FILE_SUFFIX}`);
  }
}

/** Undoes a commit whose old segments changed before the swap: the `.log.swap` (the commit mark) goes first. */
export function uncommitCleaned(dir: string, baseOffset: number): void {
  const stem = path.join(dir, segmentFileStem(baseOffset));
  for (const suffix of [LOG_FILE_SUFFIX, INDEX_FILE_SUFFIX, TIME_INDEX_FILE_SUFFIX]) unlinkIfExists(stem + suffix + SWAP_FILE_SUFFIX);
}

/** Step 4: `.swap` -> final names, indexes first. */
export function installSwapped(dir: string, baseOffset: number, onStep: SwapStepObserver): void {
  const stem = path.join(dir, segmentFileStem(baseOffset));
  for (const suffix of SEGMENT_SUFFIXES) {
    fs.renameSync(stem + suffix + SWAP_FILE_SUFFIX, stem + suffix);
    onStep(`rename ${segmentFileStem(baseOffset)}${suffix}${SWAP_FILE_SUFFIX} to its final name`);
  }
}

/**
 * Open-time cleanup of interrupted passes (see the file comment). Returns the base offsets of
 * segments installed from `.swap` files: the log re-validates them and rebuilds their indexes,
 * since a crash may have kept an index rename and lost another.
 */
export function completeInterruptedSwaps(dir: string, scanner: HeaderScanner): Set<number> {
  const names = fs.readdirSync(dir);
  for (const name of names) {
    if (name.endsWith(CLEANED_FILE_SUFFIX)) unlinkIfExists(path.join(dir, name));
  }
  const swapped = names
    .map((name) => parseSegmentFileName(name, LOG_FILE_SUFFIX + SWAP_FILE_SUFFIX))
    .filter((o): o is number => o !== null)
    .sort((a, b) => a - b);
  const committed = new Set(swapped);
  for (const name of names) {
    const orphan = parseSegmentFileName(name, INDEX_FILE_SUFFIX + SWAP_FILE_SUFFIX) ?? parseSegmentFileName(name, TIME_INDEX_FILE_SUFFIX + SWAP_FILE_SUFFIX);
    if (orphan !== null && !committed.has(orphan)) unlinkIfExists(path.join(dir, name));
  }
  if (swapped.length === 0) return committed;

  const existing = names.map((name) => parseSegmentFileName(name, LOG_FILE_SUFFIX)).filter((o): o is number => o !== null);
  for (const baseOffset of swapped) {
    const stem = path.join(dir, segmentFileStem(baseOffset));
    const endOffset = swapEndOffset(stem + LOG_FILE_SUFFIX + SWAP_FILE_SUFFIX, baseOffset, scanner);
    for (const old of existing) {
      if (old < baseOffset || old >= endOffset) continue;
      const oldStem = path.join(dir, segmentFileStem(old));
      for (const suffix of SEGMENT_SUFFIXES) unlinkIfExists(oldStem + suffix);
    }
    for (const suffix of SEGMENT_SUFFIXES) {
      const swap = stem + suffix + SWAP_FILE_SUFFIX;
      if (fs.existsSync(swap)) fs.renameSync(swap, stem + suffix);
    }
  }
  fsyncDirSync(dir);
  return committed;
}

/** Offset after the last batch of a committed swap file (fsynced before the commit, so whole). */
function swapEndOffset(file: string, baseOffset: number, scanner: HeaderScanner): number {
  const fd = fs.openSync(file, 'r');
  try {
    let end = baseOffset;
    scanner.scan(fd, 0, fs.fstatSync(fd).size, (batch) => {
      end = batch.lastOffset + 1;
      return true;
    });
    if (end === baseOffset) throw new LogCorruptionError(`committed cleaned segment ${path.basename(file)} holds no batch`);
    return end;
  } finally {
    fs.closeSync(fd);
  }
}
