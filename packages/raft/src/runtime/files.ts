import fs from 'node:fs';
import path from 'node:path';

/**
 * Replaces `file` with `data` atomically and durably: write a temporary file, fsync it, rename it
 * over the target, fsync the directory (so the rename itself survives a crash). A crash leaves
 * either the old or the new content, never a mix. Synchronous: callers run it off the hot path or
 * accept the stall; the raft driver awaits it only when the term or vote changes.
 */
export function writeFileAtomicSync(file: string, data: Uint8Array): void {
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o644);
  try {
    let written = 0;
    while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncDirSync(path.dirname(file));
}

export function fsyncDirSync(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
