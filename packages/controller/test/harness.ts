/**
 * A scripted metadata log for the controller's unit tests: proposals are appended to an in-memory
 * log and committed only when the test says so, so tests can look at the speculative and the
 * committed image separately, lose proposals, and replay the log into standby controllers.
 */
import { SeededRandom, type RaftErrorCode } from '@gregor/raft';
import { QuorumController, type ControllerResult, type MetadataLog, type ProposeOutcome, type QuorumControllerConfig } from '../src/quorum-controller.js';
import type { MetadataBatch, MetadataRecord } from '../src/records/records.js';

export class ScriptedLog implements MetadataLog {
  readonly entries: MetadataBatch[] = [];
  committedOffset = 0;
  epoch = 1;
  refuse: RaftErrorCode | null = null;

  propose(records: readonly MetadataRecord[]): ProposeOutcome {
    if (this.refuse !== null) return { ok: false, error: this.refuse };
    const offset = this.entries.length + 1;
    this.entries.push({ offset, epoch: this.epoch, records: [...records] });
    return { ok: true, offset };
  }

  /** Entries proposed and not yet committed. */
  get uncommitted(): MetadataBatch[] {
    return this.entries.slice(this.committedOffset);
  }

  /** Commits everything proposed and replays it into `controllers`. */
  commit(...controllers: QuorumController[]): void {
    while (this.committedOffset < this.entries.length) {
      const e = this.entries[this.committedOffset++]!;
      for (const c of controllers) c.replayBatch(e.records, e.offset, e.epoch);
    }
  }

  /** Forgets uncommitted entries (a new leader overwrote them). */
  truncateUncommitted(): void {
    this.entries.length = this.committedOffset;
  }
}

export interface Harness {
  readonly log: ScriptedLog;
  readonly c: QuorumController;
  /** Commits everything and replays it into the controller. */
  commit(): void;
  now: number;
}

export function activeController(config: Partial<QuorumControllerConfig> = {}): Harness {
  const log = new ScriptedLog();
  const c = new QuorumController({ nodeId: 3000, clusterId: 'cluster-a', log, random: new SeededRandom(7), ...config });
  c.becomeLeader(1, 0);
  log.commit(c);
  if (!c.isActive) throw new Error('controller did not activate');
  // The bootstrap metadata.version record.
  log.commit(c);
  const h: Harness = { log, c, now: 0, commit: () => log.commit(c) };
  return h;
}

/** The response of a write after committing everything; throws if the write failed. */
export function committed<T>(h: Harness, r: ControllerResult<T>): T {
  if (!r.ok) throw new Error(`write failed: ${r.errorCode} ${r.errorMessage}`);
  h.commit();
  const done = h.c.takeCompletions();
  if (!done.some((d) => d.writeId === r.writeId && d.errorCode === 0)) throw new Error(`write ${r.writeId} did not complete: ${JSON.stringify(done)}`);
  return r.response;
}

export function listeners(id: number) {
  return [{ name: 'PLAINTEXT', host: `broker-${id}`, port: 9092 }];
}

/** Registers broker `id` and unfences it (heartbeat caught up). Returns its epoch. */
export function addBroker(h: Harness, id: number, rack: string | null = null): number {
  const reg = committed(h, h.c.registerBroker({ brokerId: id, clusterId: 'cluster-a', incarnationId: `inc-${id}-${h.now}`, listeners: listeners(id), rack }, h.now));
  const hb = committed(
    h,
    h.c.brokerHeartbeat({ brokerId: id, brokerEpoch: reg.brokerEpoch, currentMetadataOffset: h.c.committedImage.offset, wantFence: false, wantShutDown: false }, h.now),
  );
  if (hb.isFenced) throw new Error(`broker ${id} still fenced`);
  return reg.brokerEpoch;
}

/** Heartbeats every broker in `epochs` (id -> epoch) at the current time, caught up. */
export function heartbeatAll(h: Harness, epochs: ReadonlyMap<number, number>): void {
  for (const [brokerId, brokerEpoch] of epochs) {
    const r = h.c.brokerHeartbeat({ brokerId, brokerEpoch, currentMetadataOffset: h.c.committedImage.offset, wantFence: false, wantShutDown: false }, h.now);
    if (r.ok) committed(h, r);
  }
}

export function createTopic(h: Harness, name: string, numPartitions: number, replicationFactor: number, configs: Array<{ name: string; value: string }> = []) {
  const res = committed(h, h.c.createTopics({ topics: [{ name, numPartitions, replicationFactor, assignments: [], configs }], validateOnly: false }));
  return res.topics[0]!;
}
