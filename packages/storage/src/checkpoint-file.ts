/**
 * Kafka's checkpoint file format (CheckpointFile.java): a version line, a count line, then one
 * entry per line, e.g. the leader-epoch checkpoint
 *
 *   0
 *   2
 *   0 0
 *   3 1200
 *
 * Written atomically: write a temporary file, fsync it, rename it over the old one, fsync the
 * directory. A crash leaves either the old or the new file, never a torn one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fdatasync, fsyncDir, fsyncDirSync, unlinkIfExists, writeFully } from './io.js';
import { CHECKPOINT_BYTES_MAX } from './limits.js';
import { TEMP_FILE_SUFFIX } from './names.js';

const CHECKPOINT_VERSION = 0;

export class CheckpointFormatError extends Error {
  override name = 'CheckpointFormatError';
}

export function formatCheckpoint(entries: readonly string[]): Buffer {
  return Buffer.from(`${CHECKPOINT_VERSION}\n${entries.length}\n${entries.map((e) => `${e}\n`).join('')}`, 'utf8');
}

/** Parses a checkpoint into its entry lines; throws CheckpointFormatError on anything malformed. */
export function parseCheckpoint(bytes: Buffer): string[] {
  const text = bytes.toString('utf8');
  if (!text.endsWith('\n')) throw new CheckpointFormatError('checkpoint does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines[0] !== String(CHECKPOINT_VERSION)) throw new CheckpointFormatError(`unknown checkpoint version ${JSON.stringify(lines[0])}`);
  const count = lines[1] !== undefined && /^\d+$/.test(lines[1]) ? Number(lines[1]) : NaN;
  if (!(count === lines.length - 2)) throw new CheckpointFormatError(`checkpoint declares ${lines[1]} entries, holds ${lines.length - 2}`);
  return lines.slice(2);
}

/** Parses a non-negative decimal integer field exactly (no signs, exponents or spaces). */
export function parseOffsetField(field: string | undefined): number {
  if (field === undefined || !/^(0|[1-9]\d*)$/.test(field)) throw new CheckpointFormatError(`bad offset ${JSON.stringify(field)}`);
  const value = Number(field);
  if (!Number.isSafeInteger(value)) throw new CheckpointFormatError(`offset ${field} beyond 2^53`);
  return value;
}

/** Reads a checkpoint's entries, or null when the file does not exist. */
export function readCheckpoint(file: string): string[] | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size > CHECKPOINT_BYTES_MAX) throw new CheckpointFormatError(`checkpoint of ${size} bytes exceeds ${CHECKPOINT_BYTES_MAX}`);
    const bytes = Buffer.alloc(size);
    fs.readSync(fd, bytes, 0, size, 0);
    return parseCheckpoint(bytes);
  } finally {
    fs.closeSync(fd);
  }
}

let tempCounter = 0;
function tempPathFor(file: string): string {
  tempCounter = (tempCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${file}.${process.pid}-${tempCounter}${TEMP_FILE_SUFFIX}`;
}

/** Atomic, durable write that blocks the caller (used on rare paths: truncation, close). */
export function writeCheckpointSync(file: string, entries: readonly string[]): void {
  const bytes = formatCheckpoint(entries);
  const temp = tempPathFor(file);
  const fd = fs.openSync(temp, 'w');
  try {
    writeFully(fd, bytes, 0, bytes.length, 0);
    fs.fdatasyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  fsyncDirSync(path.dirname(file));
}

/**
 * Atomic, durable write off the caller's thread. `isCurrent` is checked synchronously just
 * before the rename (the commit point): a writer that was overtaken by a newer synchronous
 * write (a truncation lowering the recovery point) drops its temp file instead of replacing
 * the newer content with stale content. Returns whether the checkpoint was replaced.
 */
export async function writeCheckpoint(file: string, entries: readonly string[], isCurrent: () => boolean): Promise<boolean> {
  const bytes = formatCheckpoint(entries);
  const temp = tempPathFor(file);
  const fd = fs.openSync(temp, 'w');
  try {
    writeFully(fd, bytes, 0, bytes.length, 0);
    await fdatasync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (!isCurrent()) {
    unlinkIfExists(temp);
    return false;
  }
  fs.renameSync(temp, file);
  await fsyncDir(path.dirname(file));
  return true;
}
