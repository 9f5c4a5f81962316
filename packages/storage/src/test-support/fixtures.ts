/** Test helper: temporary directories removed even on failure, a fake clock, and log options. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { defaultLogConfig, type LogConfig } from '../config.js';
import type { LogOptions } from '../partition-log.js';

const created: string[] = [];

afterEach(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the OS temp dir, removed after the current test. */
export function tempDir(prefix = 'gregor-storage-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export class FakeClock {
  constructor(public nowMs = 1_700_000_000_000) {}
  advance(ms: number): void {
    this.nowMs += ms;
  }
  readonly now = (): number => this.nowMs;
}

export function logOptions(clock: FakeClock, config: Partial<LogConfig> = {}): LogOptions {
  return { config: { ...defaultLogConfig, fileDeleteDelayMs: 0, ...config }, nowMs: clock.now };
}

/** Copies a log directory as a crashed process would leave it: whatever reached the page cache. */
export function snapshotDir(src: string, dst: string): void {
  fs.cpSync(src, dst, { recursive: true });
}

/** Removes the clean-shutdown marker and sets the recovery point, so the next open recovers from there. */
export function forgetCleanShutdown(dir: string, recoveryPoint: number | null = 0): void {
  fs.rmSync(path.join(dir, '.clean-shutdown'), { force: true });
  const checkpoint = path.join(dir, 'recovery-point-offset-checkpoint');
  if (recoveryPoint === null) fs.rmSync(checkpoint, { force: true });
  else fs.writeFileSync(checkpoint, `0\n1\n${recoveryPoint}\n`);
}

export function segmentFile(dir: string, baseOffset: number, suffix: '.log' | '.index' | '.timeindex'): string {
  return path.join(dir, String(baseOffset).padStart(20, '0') + suffix);
}
