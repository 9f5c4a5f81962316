import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PYTHON = '/usr/bin/python3';
export const GROUPS_DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', 'support', 'confluent_groups.py');

export interface Delivery {
  readonly member: string;
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
}

/**
 * One librdkafka group member in its own process (support/confluent_groups.py `member`): its
 * events arrive as JSON lines; `owned` follows its assignment as the rebalance callbacks say
 * (eager: assign replaces, revoke clears; cooperative: incremental).
 */
export class GroupMember {
  readonly name: string;
  readonly events: Array<{ event: string; partitions?: number[]; [k: string]: unknown }> = [];
  readonly deliveries: Delivery[];
  owned = new Set<number>();
  stderr = '';
  private readonly child: ChildProcess;
  private readonly dir: string;
  private readonly exited: Promise<number | null>;

  constructor(name: string, bootstrap: string, topic: string, group: string, assignor: string, deliveries: Delivery[], instanceId?: string) {
    this.name = name;
    this.deliveries = deliveries;
    this.dir = mkdtempSync(join(tmpdir(), 'gregor-member-'));
    const args = [GROUPS_DRIVER, bootstrap, 'member', topic, group, assignor, join(this.dir, 'stop')];
    if (instanceId !== undefined) args.push(instanceId);
    this.child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    this.child.stdout!.on('data', (d: Buffer) => {
      buffered += d.toString();
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line.trim() !== '') this.onEvent(JSON.parse(line));
      }
    });
    this.child.stderr!.on('data', (d: Buffer) => {
      this.stderr += d.toString();
      if (this.stderr.length > 200_000) this.stderr = this.stderr.slice(-100_000);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  private onEvent(e: { event: string; partitions?: number[]; p?: number; o?: number; v?: string }): void {
    this.events.push(e);
    if (e.event === 'msg') this.deliveries.push({ member: this.name, partition: e.p!, offset: e.o!, value: e.v! });
    if (e.event === 'assign') for (const p of e.partitions!) this.owned.add(p);
    if (e.event === 'revoke' || e.event === 'lost') for (const p of e.partitions!) this.owned.delete(p);
  }

  /** Asks the member to commit, leave the group and exit; resolves with its exit code. */
  async stop(timeoutMs = 30_000): Promise<number | null> {
    writeFileSync(join(this.dir, 'stop'), '');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    rmSync(this.dir, { recursive: true, force: true });
    return code;
  }

  kill(): void {
    this.child.kill('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function until(what: string, probe: () => boolean, timeoutMs = 45_000, diagnose: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${diagnose()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Checks that every value m-0..m-(total-1) was delivered and that, per member and partition,
 * offsets grew except where a partition came back after a rebalance (redelivery from the
 * committed offset). Returns the number of duplicate deliveries.
 */
export function duplicatesOf(deliveries: readonly Delivery[], total: number): { missing: string[]; duplicates: number; disorder: Delivery[] } {
  const values = new Set(deliveries.map((d) => d.value));
  const missing = Array.from({ length: total }, (_, n) => `m-${n}`).filter((v) => !values.has(v));
  const last = new Map<string, number>();
  const disorder: Delivery[] = [];
  const counts = new Map<string, number>();
  for (const d of deliveries) counts.set(d.value, (counts.get(d.value) ?? 0) + 1);
  for (const d of deliveries) {
    const key = `${d.member}/${d.partition}`;
    const prev = last.get(key);
    if (prev !== undefined && d.offset <= prev && (counts.get(d.value) ?? 0) < 2) disorder.push(d);
    last.set(key, d.offset);
  }
  return { missing, duplicates: deliveries.length - values.size, disorder };
}
