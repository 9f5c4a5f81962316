import type { Entry, HardState, Snapshot } from './types.js';
import type { RaftStorageState } from './node.js';

/**
 * Turns what a crash left on disk into a consistent start-up state. The driver writes a ready
 * batch as snapshot, then entries, then hard state; a crash may keep any prefix of that, so:
 *  - entries at or below the snapshot are dropped (the snapshot covers them);
 *  - if the stored entries neither contain the snapshot's last entry nor begin right after it (a
 *    restore whose log reset did not reach the disk), everything after the snapshot may belong
 *    to a diverged branch and is dropped as well;
 *  - entries must be contiguous; a gap (torn append) cuts the log there;
 *  - terms must not decrease along the log; a decrease cuts the log there.
 * The term itself is taken as max(hardState.term, last entry term) by `RaftNode`.
 */
export function recoverStorage(hardState: HardState, snapshot: Snapshot | null, stored: readonly Entry[]): RaftStorageState {
  const snapIndex = snapshot?.meta.index ?? 0;
  const snapTerm = snapshot?.meta.term ?? 0;
  let start = 0;
  while (start < stored.length && stored[start]!.index <= snapIndex) start++;
  if (snapIndex > 0 && start < stored.length) {
    // The suffix continues this snapshot only if the stored log holds the snapshot's last entry,
    // or if it begins right after the snapshot (the driver already removed the covered prefix).
    const boundary = start > 0 ? stored[start - 1]! : undefined;
    const coversBoundary = boundary !== undefined && boundary.index === snapIndex && boundary.term === snapTerm;
    const beginsAfter = start === 0 && stored[0]!.index === snapIndex + 1;
    if (!coversBoundary && !beginsAfter) return { hardState, snapshot, entries: [] };
  }
  const entries: Entry[] = [];
  let expected = snapIndex + 1;
  let prevTerm = snapTerm;
  for (let k = start; k < stored.length; k++) {
    const entry = stored[k]!;
    if (entry.index !== expected || entry.term < prevTerm) break;
    entries.push(entry);
    expected++;
    prevTerm = entry.term;
  }
  return { hardState, snapshot, entries };
}
