import type { ChaosCluster } from './cluster.js';
import type { SeededRandom } from './random.js';

/**
 * The faults of the chaos suite. Each is applied for a duration and then healed; the schedule
 * (which faults, on which targets, how long) comes from a seeded PRNG, so a run replays from
 * its seed (the system's own timing does not).
 */
export const FAULT_TYPES = [
  'kill-random',
  'kill-controller',
  'kill-leader',
  'pause',
  'isolate-node',
  'isolate-controller',
  'split',
  'one-way',
  'restart-all',
  'disk-full',
  'slow-disk',
] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

export interface FaultEvent {
  readonly type: FaultType;
  readonly target: string;
  readonly startMs: number;
  endMs: number;
  readonly note?: string;
}

export interface FaultContext {
  readonly cluster: ChaosCluster;
  readonly random: SeededRandom;
  /** A partition of the workload topic, for leader kills. */
  readonly topic: string;
  readonly partitions: number;
  /** broker.session.timeout.ms: pauses must outlast it. */
  readonly sessionTimeoutMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Applies one fault for `durationMs`, then heals it (restarts what was killed, resumes what was
 * paused, restores every link). Returns the event for the timeline.
 */
export async function runFault(type: FaultType, durationMs: number, ctx: FaultContext): Promise<FaultEvent> {
  const { cluster, random } = ctx;
  const ids = cluster.ids;
  const startMs = Date.now();
  const event = (target: string, note?: string): FaultEvent => ({ type, target, startMs, endMs: startMs, ...(note !== undefined ? { note } : {}) });
  let result: FaultEvent;
  switch (type) {
    case 'kill-random':
    case 'kill-controller':
    case 'kill-leader': {
      let victim = random.pick(ids);
      if (type === 'kill-controller') victim = (await cluster.activeController()) ?? victim;
      if (type === 'kill-leader') victim = (await cluster.leaderOf(ctx.topic, random.int(0, ctx.partitions - 1))) ?? victim;
      result = event(`node ${victim}`);
      await cluster.nodes.signalNode(victim, 'SIGKILL');
      await sleep(durationMs);
      await cluster.nodes.startNode(victim);
      break;
    }
    case 'pause': {
      const victim = random.pick(ids);
      result = event(`node ${victim}`, `paused ${Math.max(durationMs, ctx.sessionTimeoutMs + 1000)} ms`);
      cluster.nodes.process(victim)?.kill('SIGSTOP');
      await sleep(Math.max(durationMs, ctx.sessionTimeoutMs + 1000));
      cluster.nodes.process(victim)?.kill('SIGCONT');
      break;
    }
    case 'isolate-node':
    case 'isolate-controller':
    case 'split': {
      let victim = random.pick(ids);
      if (type === 'isolate-controller') victim = (await cluster.activeController()) ?? victim;
      const majority = ids.filter((id) => id !== victim);
      result = event(type === 'split' ? `{${majority.join(',')}} | {${victim}}` : `node ${victim}`);
      cluster.isolate(victim);
      await sleep(durationMs);
      cluster.healNetwork();
      break;
    }
    case 'one-way': {
      const from = random.pick(ids);
      const to = random.pick(ids.filter((id) => id !== from));
      result = event(`${from} -> ${to} dropped`);
      cluster.dropOneWay(from, to);
      await sleep(durationMs);
      cluster.healNetwork();
      break;
    }
    case 'restart-all': {
      result = event('all nodes');
      await Promise.all(ids.map((id) => cluster.nodes.signalNode(id, 'SIGKILL')));
      await sleep(Math.min(durationMs, 2000));
      await Promise.all(ids.map((id) => cluster.nodes.startNode(id)));
      break;
    }
    case 'disk-full': {
      const victim = random.pick(ids);
      if (!cluster.fillDisk(victim)) {
        result = event(`node ${victim}`, 'skipped: data directories are not size-limited tmpfs (needs root)');
        break;
      }
      result = event(`node ${victim}`, 'disk filled');
      await sleep(durationMs);
      cluster.freeDisk(victim);
      // A broker stops at its first failed write or fsync (the page cache can no longer be
      // trusted); bring it back once the disk has room again.
      if (!cluster.nodes.isRunning(victim)) await cluster.nodes.startNode(victim);
      break;
    }
    case 'slow-disk': {
      // Longer than the others: a slow disk hurts through what queues behind it (fsyncs of the
      // metadata log and of flush.ms, checkpoints), which takes a few seconds to build up.
      const victim = random.pick(ids);
      const unsupported = cluster.slowDiskUnsupported;
      const how = unsupported === null ? cluster.slowDisk(victim) : null;
      if (how === null) {
        result = event(`node ${victim}`, `skipped: ${unsupported ?? 'node not running'}`);
        break;
      }
      await sleep(durationMs * 2);
      const writes = cluster.restoreDisk(victim);
      result = event(`node ${victim}`, `${how}; ${writes ?? 0} write requests served while throttled`);
      break;
    }
  }
  result.endMs = Date.now();
  return result;
}

/** Brings everything back: every link, every paused or dead node. */
export async function healAll(cluster: ChaosCluster): Promise<void> {
  cluster.healNetwork();
  for (const id of cluster.ids) {
    cluster.nodes.process(id)?.kill('SIGCONT');
    cluster.freeDisk(id);
    cluster.restoreDisk(id);
    if (!cluster.nodes.isRunning(id)) await cluster.nodes.startNode(id);
  }
}
