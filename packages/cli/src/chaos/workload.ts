import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The librdkafka producer driver (packages/cli/chaos/producer.py). */
const DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'chaos', 'producer.py');
export const PYTHON = '/usr/bin/python3';

export function workloadAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import confluent_kafka'], { timeout: 10_000 }).status === 0;
}

export interface Ack {
  readonly partition: number;
  /**
   * The acknowledged offset, or null when librdkafka acknowledged the message implicitly: a
   * retried request failed without a clear outcome (a transport error) and a later request of
   * the same producer succeeded, which proves the earlier one was written; librdkafka then
   * reports it delivered without an offset (rd_kafka_dr_implicit_ack).
   */
  readonly offset: number | null;
  readonly value: string;
  readonly atMs: number;
}

/** Closes a driver's stdin (its signal to finish) and waits for it to exit, killing it after `timeoutMs`. */
async function stopDriver(child: ChildProcess | null, exited: Promise<void> | null, timeoutMs: number): Promise<void> {
  if (child === null) return;
  child.stdin!.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/**
 * One idempotent acks=all producer (librdkafka) writing keyed messages at a steady rate; it
 * records every acknowledgement and every failed delivery as the driver reports them.
 */
export class ProducerWorkload {
  readonly acks: Ack[] = [];
  readonly failures: Array<{ value: string; error: string; atMs: number }> = [];
  private child: ChildProcess | null = null;
  private exited: Promise<void> | null = null;
  sent = -1;

  constructor(
    readonly writer: string,
    private readonly bootstrap: string,
    private readonly topic: string,
    private readonly rate: number,
    /** Where librdkafka's log (stderr) goes; drained and dropped when absent. */
    private readonly logFile?: string,
  ) {}

  start(): void {
    const child = spawn(PYTHON, [DRIVER, this.bootstrap, this.topic, this.writer, String(this.rate)], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    // librdkafka logs reconnects on stderr: keep it or drain it, so the pipe never fills up.
    if (this.logFile !== undefined) {
      mkdirSync(dirname(this.logFile), { recursive: true });
      child.stderr!.pipe(createWriteStream(this.logFile));
    } else {
      child.stderr!.on('data', () => undefined);
    }
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const event = JSON.parse(line) as { ack?: [number, number, string, number]; err?: [string, string, number]; done?: [number, number] };
        if (event.ack) this.acks.push({ partition: event.ack[0], offset: event.ack[1], value: event.ack[2], atMs: event.ack[3] });
        else if (event.err) this.failures.push({ value: event.err[0], error: event.err[1], atMs: event.err[2] });
        else if (event.done) this.sent = event.done[0];
      } catch {
        // not a report line
      }
    });
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Stops producing and waits until every outstanding message was acknowledged or failed. */
  async stop(timeoutMs = 150_000): Promise<void> {
    await stopDriver(this.child, this.exited, timeoutMs);
  }
}

/** The librdkafka consumer group member driver (packages/cli/chaos/consumer.py). */
const MEMBER_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'chaos', 'consumer.py');

/** A record a group member consumed. */
export interface Consumed {
  readonly member: string;
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
}

/**
 * An OffsetCommit as a member saw it: the offsets (next offset to read, per partition), when the
 * request was made and when its answer came back. `ok` is false when the commit failed (it
 * then promises nothing).
 */
export interface Commit {
  readonly member: string;
  readonly ok: boolean;
  readonly offsets: ReadonlyArray<readonly [partition: number, offset: number]>;
  readonly sentMs: number;
  readonly ackMs: number;
  readonly error?: string;
}

/**
 * One member of a consumer group (librdkafka, manual synchronous commits after processing,
 * range assignor): records every record it consumed, every commit and every assignment change.
 */
export class GroupMemberWorkload {
  readonly consumed: Consumed[] = [];
  readonly commits: Commit[] = [];
  readonly rebalances: Array<{ kind: 'assign' | 'revoke'; partitions: number[]; atMs: number }> = [];
  private child: ChildProcess | null = null;
  private exited: Promise<void> | null = null;
  done = false;

  constructor(
    readonly member: string,
    private readonly bootstrap: string,
    private readonly topic: string,
    private readonly group: string,
  ) {}

  start(): void {
    const child = spawn(PYTHON, [MEMBER_DRIVER, 'member', this.bootstrap, this.topic, this.group, this.member], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    child.stderr!.on('data', () => undefined);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      let event: {
        recs?: Array<[number, number, string]>;
        commit?: Array<[number, number]>;
        commitErr?: Array<[number, number]>;
        error?: string;
        sent?: number;
        ack?: number;
        assign?: number[];
        revoke?: number[];
        ms?: number;
        done?: number;
      };
      try {
        event = JSON.parse(line) as typeof event;
      } catch {
        return; // not a report line
      }
      if (event.recs) for (const [partition, offset, value] of event.recs) this.consumed.push({ member: this.member, partition, offset, value });
      else if (event.commit) this.commits.push({ member: this.member, ok: true, offsets: event.commit, sentMs: event.sent!, ackMs: event.ack! });
      else if (event.commitErr) this.commits.push({ member: this.member, ok: false, offsets: event.commitErr, sentMs: event.sent!, ackMs: event.ack!, error: event.error ?? '' });
      else if (event.assign) this.rebalances.push({ kind: 'assign', partitions: event.assign, atMs: event.ms! });
      else if (event.revoke) this.rebalances.push({ kind: 'revoke', partitions: event.revoke, atMs: event.ms! });
      else if (event.done !== undefined) this.done = true;
    });
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Highest offset committed successfully per partition (what this member last promised). */
  committedByPartition(): Map<number, number> {
    const out = new Map<number, number>();
    for (const c of this.commits) if (c.ok) for (const [p, o] of c.offsets) out.set(p, Math.max(out.get(p) ?? -1, o));
    return out;
  }

  /** Stops consuming: the member commits what it processed, leaves the group and exits. */
  async stop(timeoutMs = 60_000): Promise<void> {
    await stopDriver(this.child, this.exited, timeoutMs);
  }
}

/**
 * The group's committed offsets as the broker answers OffsetFetch (librdkafka's committed()),
 * per partition; a partition without a committed offset is absent.
 */
export async function fetchCommittedOffsets(bootstrap: string, topic: string, group: string, partitions: number): Promise<Map<number, number>> {
  const child = spawn(PYTHON, [MEMBER_DRIVER, 'committed', bootstrap, topic, group, String(partitions)], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.on('data', () => undefined);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const line = out.trim().split('\n').pop() ?? '';
  const parsed = JSON.parse(line || '{}') as { committed?: Record<string, number>; error?: string };
  if (code !== 0 || parsed.committed === undefined) throw new Error(`OffsetFetch for group ${group} failed: ${parsed.error ?? `exit ${code}`}`);
  const result = new Map<number, number>();
  for (const [p, o] of Object.entries(parsed.committed)) if (o >= 0) result.set(Number(p), o);
  return result;
}
