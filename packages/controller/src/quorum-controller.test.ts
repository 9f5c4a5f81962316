// Goal: every controller operation answers as Kafka's KRaft controller does (records written,
// response fields, exact error codes), and the leadership protocol around it is safe: no writes
// before the NoOp commits, responses only after their batch commits, speculative state dropped on
// resignation. Method: one active controller on a scripted metadata log (test/harness.ts) whose
// commits the test triggers; scenario tests for fencing, elections and controlled shutdown.
import { ErrorCode, ZERO_UUID } from '@gregor/protocol';
import { EntryType, RaftError, SeededRandom, type Entry, type Ready } from '@gregor/raft';
import { describe, expect, it } from 'vitest';
import { activeController, addBroker, committed, createTopic, heartbeatAll, listeners, ScriptedLog, type Harness } from '../test/harness.js';
import { encodeMetadataBatch } from './records/codec.js';
import { QuorumController } from './quorum-controller.js';
import { imagesEqual } from './image/snapshot.js';

function part(h: Harness, topic: string, p: number) {
  const t = h.c.committedImage.topic(topic);
  if (t === undefined) throw new Error(`no topic ${topic}`);
  return t.partitions.get(p)!;
}

function cluster(brokers: number, config: Parameters<typeof activeController>[0] = {}) {
  const h = activeController(config);
  const epochs = new Map<number, number>();
  for (let id = 1; id <= brokers; id++) epochs.set(id, addBroker(h, id));
  return { h, epochs };
}

function failed<T>(r: { ok: boolean } & ({ ok: true; response: T } | { ok: false; errorCode: number; errorMessage: string })) {
  if (r.ok) throw new Error('expected a failure');
  return r as { ok: false; errorCode: number; errorMessage: string };
}

describe('leadership and the write path', () => {
  it('refuses writes with NOT_CONTROLLER until its NoOp commits, then bootstraps metadata.version', () => {
    const log = new ScriptedLog();
    const c = new QuorumController({ nodeId: 1, clusterId: 'cluster-a', log, random: new SeededRandom(1) });
    expect(failed(c.createTopics({ topics: [], validateOnly: false })).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    c.becomeLeader(4, 0);
    expect(log.entries).toEqual([{ offset: 1, epoch: 1, records: [{ type: 'NoOp', version: 0 }] }]);
    expect(c.isActive).toBe(false);
    expect(failed(c.createTopics({ topics: [], validateOnly: false })).errorMessage).toMatch(/becoming active/);
    log.epoch = 4;
    log.entries[0] = { ...log.entries[0]!, epoch: 4 };
    log.commit(c);
    expect(c.isActive).toBe(true);
    // Activation proposed the bootstrap record, which the scripted log committed right after.
    expect(log.entries[1]!.records).toEqual([{ type: 'FeatureLevel', version: 0, name: 'metadata.version', level: 1 }]);
    expect(c.committedImage.features.get('metadata.version')).toBe(1);
  });

  it('answers a write only after its batch commits, and a write without records after the batches before it', () => {
    const h = activeController();
    const reg = h.c.registerBroker({ brokerId: 1, clusterId: 'cluster-a', incarnationId: 'i1', listeners: listeners(1), rack: null }, 0);
    if (!reg.ok) throw new Error('register failed');
    expect(reg.records.map((r) => r.type)).toEqual(['RegisterBroker']);
    expect(h.c.takeCompletions()).toEqual([]);
    expect(h.c.speculativeImage.broker(1)).toBeDefined();
    expect(h.c.committedImage.broker(1)).toBeUndefined();
    // A fenced broker behind its registration: no records, but it waits for the registration.
    const hb = h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: reg.response.brokerEpoch, currentMetadataOffset: 0, wantFence: false, wantShutDown: false }, 0);
    if (!hb.ok) throw new Error('heartbeat failed');
    expect(hb.records).toEqual([]);
    expect(hb.response).toEqual({ isCaughtUp: false, isFenced: true, shouldShutDown: false });
    expect(h.c.takeCompletions()).toEqual([]);
    h.commit();
    expect(h.c.takeCompletions()).toEqual([
      { writeId: reg.writeId, errorCode: ErrorCode.NONE },
      { writeId: hb.writeId, errorCode: ErrorCode.NONE },
    ]);
    // Nothing pending: a write without records completes at once.
    const hb2 = h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: reg.response.brokerEpoch, currentMetadataOffset: 0, wantFence: true, wantShutDown: false }, 0);
    expect(hb2.ok && h.c.takeCompletions()).toEqual([{ writeId: hb2.ok ? hb2.writeId : -1, errorCode: ErrorCode.NONE }]);
  });

  it('fails waiting writes with NOT_CONTROLLER on resignation and drops the speculative image', () => {
    const { h } = cluster(1);
    const r = h.c.createTopics({ topics: [{ name: 'a', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], validateOnly: false });
    if (!r.ok) throw new Error('create failed');
    expect(h.c.speculativeImage.topic('a')).toBeDefined();
    h.c.resign();
    expect(h.c.takeCompletions()).toEqual([{ writeId: r.writeId, errorCode: ErrorCode.NOT_CONTROLLER }]);
    expect(h.c.speculativeImage).toBe(h.c.committedImage);
    expect(h.c.speculativeImage.topic('a')).toBeUndefined();
    expect(failed(h.c.createTopics({ topics: [], validateOnly: false })).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
  });

  it('resigns when a batch of a newer epoch commits, without answering its lost writes', () => {
    const { h } = cluster(1);
    const r = h.c.createTopics({ topics: [{ name: 'a', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], validateOnly: false });
    if (!r.ok) throw new Error('create failed');
    // A new leader (epoch 2) overwrote our uncommitted entry with its own NoOp.
    h.log.truncateUncommitted();
    h.log.epoch = 2;
    h.log.propose([{ type: 'NoOp', version: 0 }]);
    h.commit();
    expect(h.c.isActive).toBe(false);
    expect(h.c.takeCompletions()).toEqual([{ writeId: r.writeId, errorCode: ErrorCode.NOT_CONTROLLER }]);
    expect(h.c.committedImage.topic('a')).toBeUndefined();
  });

  it('maps a refused proposal to NOT_CONTROLLER or REQUEST_TIMED_OUT and keeps the speculative image', () => {
    const { h } = cluster(1);
    const before = h.c.speculativeImage;
    h.log.refuse = RaftError.notLeader;
    const spec = { topics: [{ name: 'a', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }], validateOnly: false };
    expect(failed(h.c.createTopics(spec)).errorCode).toBe(ErrorCode.NOT_CONTROLLER);
    h.log.refuse = RaftError.tooManyPendingProposals;
    expect(failed(h.c.createTopics(spec)).errorCode).toBe(ErrorCode.REQUEST_TIMED_OUT);
    expect(h.c.speculativeImage).toBe(before);
    h.log.refuse = null;
    expect(createTopic(h, 'a', 1, 1).errorCode).toBe(ErrorCode.NONE);
  });

  it('replays raft entries (metadata batches and leader-change entries) into the same image as records', () => {
    const { h } = cluster(2);
    createTopic(h, 'a', 3, 2);
    const standby = new QuorumController({ nodeId: 2, clusterId: 'cluster-a', log: new ScriptedLog(), random: new SeededRandom(2) });
    const entries: Entry[] = [];
    for (const e of h.log.entries) {
      entries.push({ index: entries.length + 1, term: e.epoch, type: EntryType.leaderChange, data: new Uint8Array(4) });
      entries.push({ index: entries.length + 1, term: e.epoch, type: EntryType.normal, data: encodeMetadataBatch(e.records) });
    }
    for (const e of entries) standby.handleCommittedEntry(e);
    expect(standby.committedImage.offset).toBe(entries.length);
    expect(standby.committedImage.toRecords()).toEqual(h.c.committedImage.toRecords());
    // Snapshots carry the image to a fresh controller.
    const fresh = new QuorumController({ nodeId: 3, clusterId: 'cluster-a', log: new ScriptedLog(), random: new SeededRandom(3) });
    fresh.restoreSnapshot(standby.snapshot());
    expect(imagesEqual(fresh.committedImage, standby.committedImage)).toBe(true);
  });
});

describe('broker registration and heartbeats', () => {
  it('registers a broker fenced at the epoch of its record and unfences it once it has caught up', () => {
    const h = activeController();
    const reg = committed(h, h.c.registerBroker({ brokerId: 5, clusterId: 'cluster-a', incarnationId: 'x', listeners: listeners(5), rack: 'r1' }, 0));
    const offset = h.c.committedImage.offset;
    expect(reg.brokerEpoch).toBe(offset);
    expect(h.c.committedImage.broker(5)).toMatchObject({ brokerEpoch: offset, fenced: true, rack: 'r1', listeners: listeners(5) });
    const behind = committed(h, h.c.brokerHeartbeat({ brokerId: 5, brokerEpoch: reg.brokerEpoch, currentMetadataOffset: offset - 1, wantFence: false, wantShutDown: false }, 100));
    expect(behind).toEqual({ isCaughtUp: false, isFenced: true, shouldShutDown: false });
    const caughtUp = committed(h, h.c.brokerHeartbeat({ brokerId: 5, brokerEpoch: reg.brokerEpoch, currentMetadataOffset: offset, wantFence: false, wantShutDown: false }, 200));
    expect(caughtUp).toEqual({ isCaughtUp: true, isFenced: false, shouldShutDown: false });
    expect(h.c.committedImage.broker(5)!.fenced).toBe(false);
  });

  it('rejects another cluster with INCONSISTENT_CLUSTER_ID and a stale or unknown epoch with STALE_BROKER_EPOCH', () => {
    const { h, epochs } = cluster(1);
    const r = failed(h.c.registerBroker({ brokerId: 2, clusterId: 'other', incarnationId: 'x', listeners: [], rack: null }, 0));
    expect(r).toMatchObject({ errorCode: ErrorCode.INCONSISTENT_CLUSTER_ID, errorMessage: 'Expected cluster ID cluster-a, but got cluster ID other' });
    const hb = (brokerId: number, brokerEpoch: number) => h.c.brokerHeartbeat({ brokerId, brokerEpoch, currentMetadataOffset: 0, wantFence: false, wantShutDown: false }, 0);
    expect(failed(hb(1, epochs.get(1)! + 100))).toMatchObject({ errorCode: ErrorCode.STALE_BROKER_EPOCH, errorMessage: `Expected broker epoch ${epochs.get(1)}, but got broker epoch ${epochs.get(1)! + 100}` });
    expect(failed(hb(9, 1))).toMatchObject({ errorCode: ErrorCode.STALE_BROKER_EPOCH, errorMessage: 'No broker registration found for broker id 9' });
    expect(failed(h.c.registerBroker({ brokerId: -1, clusterId: 'cluster-a', incarnationId: 'x', listeners: [], rack: null }, 0)).errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  it('refuses a new incarnation with DUPLICATE_BROKER_REGISTRATION while the old session lives, then fences the old epoch', () => {
    const { h, epochs } = cluster(3);
    createTopic(h, 't', 3, 3);
    const led = [0, 1, 2].filter((p) => part(h, 't', p).leader === 1);
    expect(led.length).toBe(1);
    const again = (at: number, previousBrokerEpoch?: number) =>
      h.c.registerBroker({ brokerId: 1, clusterId: 'cluster-a', incarnationId: 'restarted', listeners: listeners(1), rack: null, ...(previousBrokerEpoch !== undefined ? { previousBrokerEpoch } : {}) }, at);
    expect(failed(again(1000))).toMatchObject({ errorCode: ErrorCode.DUPLICATE_BROKER_REGISTRATION, errorMessage: 'Another broker is registered with that broker id.' });
    // A clean restart proves itself with its previous epoch (KIP-966) and registers at once.
    const before = part(h, 't', led[0]!);
    const reg = committed(h, again(1000, epochs.get(1)!));
    expect(reg.brokerEpoch).toBeGreaterThan(epochs.get(1)!);
    const after = part(h, 't', led[0]!);
    expect(after.leader).not.toBe(1);
    expect(after.leaderEpoch).toBe(before.leaderEpoch + 1);
    expect(after.isr).not.toContain(1);
    expect(h.c.committedImage.broker(1)).toMatchObject({ incarnationId: 'restarted', fenced: true, brokerEpoch: reg.brokerEpoch });
    // The old epoch is fenced off.
    expect(failed(h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: epochs.get(1)!, currentMetadataOffset: 99, wantFence: false, wantShutDown: false }, 1000)).errorCode).toBe(
      ErrorCode.STALE_BROKER_EPOCH,
    );
  });

  it('accepts a new incarnation once the old session has expired', () => {
    const { h } = cluster(1);
    const at = 9001;
    h.c.tick(at);
    h.commit();
    expect(h.c.committedImage.broker(1)!.fenced).toBe(true);
    const reg = committed(h, h.c.registerBroker({ brokerId: 1, clusterId: 'cluster-a', incarnationId: 'new', listeners: listeners(1), rack: null }, at));
    expect(reg.brokerEpoch).toBe(h.c.committedImage.offset);
  });

  it('unregisters a broker, moving its leaderships, and answers BROKER_ID_NOT_REGISTERED for an unknown one', () => {
    const { h } = cluster(2);
    createTopic(h, 't', 2, 2);
    expect(failed(h.c.unregisterBroker({ brokerId: 7 }))).toMatchObject({ errorCode: ErrorCode.BROKER_ID_NOT_REGISTERED, errorMessage: 'Broker ID 7 is not currently registered' });
    committed(h, h.c.unregisterBroker({ brokerId: 2 }));
    expect(h.c.committedImage.broker(2)).toBeUndefined();
    for (const p of [0, 1]) expect(part(h, 't', p)).toMatchObject({ leader: 1, isr: [1] });
  });
});

describe('fencing and leader election', () => {
  it('fences a broker whose session expired and moves each of its leaderships to an ISR member with a bumped epoch', () => {
    const { h, epochs } = cluster(3);
    createTopic(h, 't', 6, 3);
    const before = [0, 1, 2, 3, 4, 5].map((p) => part(h, 't', p));
    h.now = 5000;
    heartbeatAll(h, new Map([...epochs].filter(([id]) => id !== 2)));
    // broker.session.timeout.ms = 9000 since its last heartbeat at 0: alive at 9000, fenced after.
    h.now = 9000;
    h.c.tick(h.now);
    h.commit();
    expect(h.c.committedImage.broker(2)!.fenced).toBe(false);
    h.now = 9001;
    h.c.tick(h.now);
    h.commit();
    expect(h.c.committedImage.broker(2)!.fenced).toBe(true);
    for (const b of before) {
      const a = part(h, 't', b.partition);
      expect(a.isr).toEqual(b.isr.filter((r) => r !== 2));
      if (b.leader === 2) {
        expect(a.leader).not.toBe(2);
        expect(a.isr).toContain(a.leader);
        expect(a.leaderEpoch).toBe(b.leaderEpoch + 1);
      } else {
        expect(a.leader).toBe(b.leader);
        expect(a.leaderEpoch).toBe(b.leaderEpoch);
      }
      expect(a.partitionEpoch).toBe(b.partitionEpoch + 1);
    }
    expect(h.c.committedImage.leaderCount(2)).toBe(0);
  });

  it('leaves a partition without leader when its last ISR member is fenced, and elects it again when it returns', () => {
    const { h, epochs } = cluster(2);
    const t = committed(h, h.c.createTopics({ topics: [{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1] }], configs: [] }], validateOnly: false }));
    expect(t.topics[0]).toMatchObject({ errorCode: ErrorCode.NONE, numPartitions: 1, replicationFactor: 1 });
    h.now = 8000;
    heartbeatAll(h, new Map([[2, epochs.get(2)!]]));
    h.now = 9500;
    h.c.tick(h.now);
    h.commit();
    expect(part(h, 't', 0)).toMatchObject({ leader: -1, isr: [1], leaderEpoch: 1 });
    expect(h.c.committedImage.leaderless.size).toBe(1);
    // Broker 1 is back: heartbeat caught up unfences it and it leads again.
    const hb = committed(h, h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: epochs.get(1)!, currentMetadataOffset: h.c.committedImage.offset, wantFence: false, wantShutDown: false }, h.now));
    expect(hb.isFenced).toBe(false);
    expect(part(h, 't', 0)).toMatchObject({ leader: 1, isr: [1], leaderEpoch: 2 });
  });

  it('elects an out-of-sync replica only when unclean.leader.election.enable is set, marking it RECOVERING', () => {
    const { h, epochs } = cluster(2);
    committed(h, h.c.createTopics({ topics: [{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }], configs: [] }], validateOnly: false }));
    const p0 = part(h, 't', 0);
    // Broker 2 falls out of the ISR, then broker 1 (the leader) dies.
    committed(h, h.c.alterPartition({ brokerId: 1, brokerEpoch: epochs.get(1)!, topics: [{ topicId: p0.topicId, partitions: [{ partition: 0, leaderEpoch: p0.leaderEpoch, partitionEpoch: p0.partitionEpoch, newIsr: [{ brokerId: 1, brokerEpoch: -1 }], leaderRecoveryState: 0 }] }] }));
    h.now = 8000;
    heartbeatAll(h, new Map([[2, epochs.get(2)!]]));
    h.now = 9500;
    h.c.tick(h.now);
    h.commit();
    expect(part(h, 't', 0)).toMatchObject({ leader: -1, isr: [1] });
    expect(committed(h, h.c.electLeaders({ electionType: 'unclean', topicPartitions: [{ topic: 't', partitions: [0] }] })).results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(part(h, 't', 0)).toMatchObject({ leader: 2, isr: [2], leaderRecoveryState: 1 });
  });

  it('turning unclean.leader.election.enable on elects leaderless partitions in the same batch', () => {
    const { h, epochs } = cluster(2);
    committed(h, h.c.createTopics({ topics: [{ name: 't', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }], configs: [] }], validateOnly: false }));
    const p0 = part(h, 't', 0);
    committed(h, h.c.alterPartition({ brokerId: 1, brokerEpoch: epochs.get(1)!, topics: [{ topicId: p0.topicId, partitions: [{ partition: 0, leaderEpoch: 0, partitionEpoch: 0, newIsr: [{ brokerId: 1, brokerEpoch: -1 }], leaderRecoveryState: 0 }] }] }));
    committed(h, h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: epochs.get(1)!, currentMetadataOffset: 0, wantFence: true, wantShutDown: false }, 0));
    expect(part(h, 't', 0).leader).toBe(-1);
    const r = h.c.alterConfigs({ resources: [{ resourceType: 'topic', resourceName: 't', configs: [{ name: 'unclean.leader.election.enable', op: 'set', value: 'true' }] }], incremental: true, validateOnly: false });
    expect(r.ok && r.records.map((x) => x.type)).toEqual(['Config', 'PartitionChange']);
    committed(h, r);
    expect(part(h, 't', 0)).toMatchObject({ leader: 2, isr: [2], leaderRecoveryState: 1 });
  });

  it('brings preferred leaders back with auto.leader.rebalance.enable at leader.imbalance.check.interval', () => {
    const { h, epochs } = cluster(2, { leaderImbalanceCheckIntervalMs: 60_000 });
    createTopic(h, 't', 2, 2);
    const preferredOf1 = [0, 1].find((p) => part(h, 't', p).replicas[0] === 1)!;
    committed(h, h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: epochs.get(1)!, currentMetadataOffset: 0, wantFence: true, wantShutDown: false }, 0));
    expect(part(h, 't', preferredOf1).leader).toBe(2);
    committed(h, h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: epochs.get(1)!, currentMetadataOffset: h.c.committedImage.offset, wantFence: false, wantShutDown: false }, 0));
    // Back, but not in the ISR yet: the leader's AlterPartition adds it.
    const p = part(h, 't', preferredOf1);
    committed(h, h.c.alterPartition({ brokerId: 2, brokerEpoch: epochs.get(2)!, topics: [{ topicId: p.topicId, partitions: [{ partition: p.partition, leaderEpoch: p.leaderEpoch, partitionEpoch: p.partitionEpoch, newIsr: [{ brokerId: 2, brokerEpoch: epochs.get(2)! }, { brokerId: 1, brokerEpoch: epochs.get(1)! }], leaderRecoveryState: 0 }] }] }));
    h.now = 30_000;
    heartbeatAll(h, epochs);
    h.c.tick(h.now);
    h.commit();
    expect(part(h, 't', preferredOf1).leader).toBe(2);
    h.now = 60_000;
    heartbeatAll(h, epochs);
    h.c.tick(h.now);
    h.commit();
    expect(part(h, 't', preferredOf1).leader).toBe(1);
  });

  it('answers ElectLeaders per partition with Kafka error codes', () => {
    const { h, epochs } = cluster(2);
    createTopic(h, 't', 2, 2);
    const res = committed(h, h.c.electLeaders({ electionType: 'preferred', topicPartitions: [{ topic: 't', partitions: [0, 9] }, { topic: 'nope', partitions: [0] }] }));
    expect(res.results).toEqual([
      { topic: 't', partitions: [{ partition: 0, errorCode: ErrorCode.ELECTION_NOT_NEEDED, errorMessage: null }, { partition: 9, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: 'No such partition as t-9' }] },
      { topic: 'nope', partitions: [{ partition: 0, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: 'No such topic as nope' }] },
    ]);
    // Preferred replica 1 fenced: PREFERRED_LEADER_NOT_AVAILABLE.
    const p1 = [0, 1].find((p) => part(h, 't', p).replicas[0] === 1)!;
    committed(h, h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: epochs.get(1)!, currentMetadataOffset: 0, wantFence: true, wantShutDown: false }, 0));
    const again = committed(h, h.c.electLeaders({ electionType: 'preferred', topicPartitions: [{ topic: 't', partitions: [p1] }] }));
    expect(again.results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE);
    const unclean = committed(h, h.c.electLeaders({ electionType: 'unclean', topicPartitions: [{ topic: 't', partitions: [p1] }] }));
    expect(unclean.results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.ELECTION_NOT_NEEDED);
    // All partitions: those that need nothing are left out.
    const all = committed(h, h.c.electLeaders({ electionType: 'preferred', topicPartitions: null }));
    expect(all.results).toEqual([{ topic: 't', partitions: [{ partition: p1, errorCode: ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE, errorMessage: null }] }]);
    // Nobody eligible at all: ELIGIBLE_LEADERS_NOT_AVAILABLE.
    committed(h, h.c.brokerHeartbeat({ brokerId: 2, brokerEpoch: epochs.get(2)!, currentMetadataOffset: 0, wantFence: true, wantShutDown: false }, 0));
    const none = committed(h, h.c.electLeaders({ electionType: 'unclean', topicPartitions: [{ topic: 't', partitions: [p1] }] }));
    expect(none.results[0]!.partitions[0]!.errorCode).toBe(ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE);
  });
});

describe('controlled shutdown', () => {
  it('moves leadership off first and answers shouldShutDown once the other brokers have applied the move', () => {
    const { h, epochs } = cluster(3);
    createTopic(h, 't', 3, 3);
    expect(h.c.committedImage.leaderCount(1)).toBe(1);
    const ask = (offset: number) => h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: epochs.get(1)!, currentMetadataOffset: offset, wantFence: false, wantShutDown: true }, 0);
    const first = committed(h, ask(h.c.committedImage.offset));
    expect(first).toEqual({ isCaughtUp: true, isFenced: false, shouldShutDown: false });
    const moveOffset = h.c.committedImage.offset;
    expect(h.c.committedImage.broker(1)!.inControlledShutdown).toBe(true);
    expect(h.c.committedImage.leaderCount(1)).toBe(0);
    for (const p of [0, 1, 2]) expect(part(h, 't', p).isr).not.toContain(1);
    // Brokers 2 and 3 have not reported the move yet.
    expect(committed(h, ask(moveOffset)).shouldShutDown).toBe(false);
    for (const id of [2, 3]) committed(h, h.c.brokerHeartbeat({ brokerId: id, brokerEpoch: epochs.get(id)!, currentMetadataOffset: moveOffset, wantFence: false, wantShutDown: false }, 0));
    const done = committed(h, ask(moveOffset));
    expect(done).toEqual({ isCaughtUp: true, isFenced: true, shouldShutDown: true });
    expect(h.c.committedImage.broker(1)).toMatchObject({ fenced: true, inControlledShutdown: false });
  });

  it('lets a broker that leads nothing shut down at once', () => {
    const { h, epochs } = cluster(2);
    const r = committed(h, h.c.brokerHeartbeat({ brokerId: 2, brokerEpoch: epochs.get(2)!, currentMetadataOffset: h.c.committedImage.offset, wantFence: false, wantShutDown: true }, 0));
    expect(r).toEqual({ isCaughtUp: true, isFenced: true, shouldShutDown: true });
    expect(h.c.committedImage.broker(2)!.fenced).toBe(true);
  });
});

describe('topics', () => {
  it('creates topics with defaults and placement, and answers TOPIC_ALREADY_EXISTS, INVALID_* and duplicates as Kafka', () => {
    const { h } = cluster(3, { defaultNumPartitions: 4, defaultReplicationFactor: 2 });
    const created = createTopic(h, 'orders', -1, -1, [{ name: 'retention.ms', value: '1000' }]);
    expect(created).toMatchObject({ name: 'orders', errorCode: ErrorCode.NONE, numPartitions: 4, replicationFactor: 2 });
    expect(created.topicId).toBe(h.c.committedImage.topic('orders')!.topicId);
    expect(h.c.committedImage.topicConfig('orders', 'retention.ms')).toBe('1000');
    for (let p = 0; p < 4; p++) {
      const x = part(h, 'orders', p);
      expect(x.replicas).toHaveLength(2);
      expect(x.isr).toEqual(x.replicas);
      expect(x.leader).toBe(x.replicas[0]);
    }
    const topic = (name: string, numPartitions = 1, replicationFactor = 1, configs: Array<{ name: string; value: string | null }> = []) => ({ name, numPartitions, replicationFactor, assignments: [], configs });
    const r = committed(
      h,
      h.c.createTopics({
        topics: [topic('orders'), topic('bad/name'), topic('or.ders'), topic('dup'), topic('dup'), topic('zero', 0), topic('wide', 1, 4), topic('cfg', 1, 1, [{ name: 'retention.ms', value: 'soon' }]), topic('ok')],
        validateOnly: false,
      }),
    );
    expect(r.topics.map((t) => [t.name, t.errorCode])).toEqual([
      ['orders', ErrorCode.TOPIC_ALREADY_EXISTS],
      ['bad/name', ErrorCode.INVALID_TOPIC_EXCEPTION],
      ['or.ders', ErrorCode.NONE],
      ['dup', ErrorCode.INVALID_REQUEST],
      ['dup', ErrorCode.INVALID_REQUEST],
      ['zero', ErrorCode.INVALID_PARTITIONS],
      ['wide', ErrorCode.INVALID_REPLICATION_FACTOR],
      ['cfg', ErrorCode.INVALID_CONFIG],
      ['ok', ErrorCode.NONE],
    ]);
    expect(r.topics[0]).toMatchObject({ errorMessage: "Topic 'orders' already exists.", topicId: ZERO_UUID, numPartitions: -1, replicationFactor: -1 });
    expect(r.topics[6]!.errorMessage).toBe('Unable to replicate the partition 4 time(s): The target replication factor of 4 cannot be reached because only 3 broker(s) are registered.');
    const collide = committed(h, h.c.createTopics({ topics: [topic('or_ders')], validateOnly: false }));
    expect(collide.topics[0]).toMatchObject({ errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION, errorMessage: "Topic 'or_ders' collides with existing topic: or.ders" });
  });

  it('counts only live brokers for the replication factor', () => {
    const { h, epochs } = cluster(3);
    committed(h, h.c.brokerHeartbeat({ brokerId: 3, brokerEpoch: epochs.get(3)!, currentMetadataOffset: 0, wantFence: true, wantShutDown: false }, 0));
    const r = committed(h, h.c.createTopics({ topics: [{ name: 't', numPartitions: 1, replicationFactor: 3, assignments: [], configs: [] }], validateOnly: false }));
    expect(r.topics[0]).toMatchObject({ errorCode: ErrorCode.INVALID_REPLICATION_FACTOR });
    expect(r.topics[0]!.errorMessage).toContain('only 2 broker(s)');
  });

  it('validates manual assignments like validateManualPartitionAssignment', () => {
    const { h } = cluster(2);
    const create = (assignments: Array<{ partitionIndex: number; brokerIds: number[] }>, numPartitions = -1) =>
      committed(h, h.c.createTopics({ topics: [{ name: 'm', numPartitions, replicationFactor: -1, assignments, configs: [] }], validateOnly: false })).topics[0]!;
    expect(create([{ partitionIndex: 0, brokerIds: [1] }], 1)).toMatchObject({ errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'A manual partition assignment was specified, but numPartitions was not set to -1.' });
    expect(create([{ partitionIndex: 0, brokerIds: [1, 9] }])).toMatchObject({ errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: 'The manual partition assignment includes broker 9, but no such broker is registered.' });
    expect(create([{ partitionIndex: 0, brokerIds: [1, 1] }])).toMatchObject({ errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: 'The manual partition assignment includes the broker 1 more than once.' });
    expect(create([{ partitionIndex: 0, brokerIds: [1, 2] }, { partitionIndex: 1, brokerIds: [2] }]).errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(create([{ partitionIndex: 1, brokerIds: [2] }]).errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    expect(create([{ partitionIndex: 0, brokerIds: [2, 1] }, { partitionIndex: 1, brokerIds: [1, 2] }])).toMatchObject({ errorCode: ErrorCode.NONE, numPartitions: 2, replicationFactor: 2 });
    expect(part(h, 'm', 0)).toMatchObject({ replicas: [2, 1], leader: 2 });
  });

  it('writes nothing for validateOnly', () => {
    const { h } = cluster(1);
    const r = h.c.createTopics({ topics: [{ name: 'v', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }], validateOnly: true });
    expect(r.ok && r.records).toEqual([]);
    expect(r.ok && r.response.topics[0]).toMatchObject({ errorCode: ErrorCode.NONE, topicId: ZERO_UUID, numPartitions: 2 });
    h.commit();
    expect(h.c.committedImage.topic('v')).toBeUndefined();
  });

  it('deletes topics by name and id with their configs, and answers UNKNOWN_TOPIC_OR_PARTITION / UNKNOWN_TOPIC_ID', () => {
    const { h } = cluster(1);
    createTopic(h, 'a', 1, 1, [{ name: 'retention.ms', value: '5' }]);
    const b = createTopic(h, 'b', 1, 1);
    const r = committed(h, h.c.deleteTopics({ topics: [{ name: 'a', topicId: null }, { name: null, topicId: b.topicId }, { name: 'x', topicId: null }, { name: null, topicId: 'AAAAAAAAAAAAAAAAAAAAAg' }] }));
    expect(r.responses.map((x) => x.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.UNKNOWN_TOPIC_ID]);
    expect(r.responses[1]).toMatchObject({ name: 'b', topicId: b.topicId });
    expect(h.c.committedImage.topicsById.size).toBe(0);
    expect(h.c.committedImage.topicConfigs.size).toBe(0);
    // The name is free again, with a new id.
    expect(createTopic(h, 'b', 1, 1).topicId).not.toBe(b.topicId);
    const off = activeController({ deleteTopicEnable: false });
    addBroker(off, 1);
    createTopic(off, 'k', 1, 1);
    expect(committed(off, off.c.deleteTopics({ topics: [{ name: 'k', topicId: null }] })).responses[0]!.errorCode).toBe(ErrorCode.TOPIC_DELETION_DISABLED);
  });

  it('adds partitions with the topic replication factor and answers INVALID_PARTITIONS and INVALID_REPLICA_ASSIGNMENT', () => {
    const { h } = cluster(3);
    createTopic(h, 't', 2, 2);
    const r = committed(
      h,
      h.c.createPartitions({
        topics: [
          { name: 't', count: 5, assignments: null },
          { name: 'x', count: 2, assignments: null },
        ],
        validateOnly: false,
      }),
    );
    expect(r.results.map((x) => x.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    expect(h.c.committedImage.topic('t')!.partitions.size).toBe(5);
    for (let p = 2; p < 5; p++) expect(part(h, 't', p).replicas).toHaveLength(2);
    const bad = committed(
      h,
      h.c.createPartitions({
        topics: [
          { name: 't', count: 5, assignments: null },
          { name: 't2', count: 1, assignments: null },
        ],
        validateOnly: false,
      }),
    );
    expect(bad.results[0]).toMatchObject({ errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: 'Topic already has 5 partition(s).' });
    const fewer = committed(h, h.c.createPartitions({ topics: [{ name: 't', count: 3, assignments: null }], validateOnly: false }));
    expect(fewer.results[0]).toMatchObject({ errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: 'The topic t currently has 5 partition(s); 3 would not be an increase.' });
    const mismatch = committed(h, h.c.createPartitions({ topics: [{ name: 't', count: 7, assignments: [[1, 2]] }], validateOnly: false }));
    expect(mismatch.results[0]).toMatchObject({ errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: 'Attempted to add 2 additional partition(s), but only 1 assignment(s) were specified.' });
    const manual = committed(h, h.c.createPartitions({ topics: [{ name: 't', count: 6, assignments: [[3, 1]] }], validateOnly: false }));
    expect(manual.results[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(part(h, 't', 5)).toMatchObject({ replicas: [3, 1], leader: 3 });
  });
});

describe('configs', () => {
  it('applies incremental SET, DELETE, APPEND and SUBTRACT and legacy replace, as Config records', () => {
    const { h } = cluster(1);
    createTopic(h, 't', 1, 1, [{ name: 'retention.ms', value: '100' }]);
    const alter = (configs: Array<{ name: string; op: 'set' | 'delete' | 'append' | 'subtract'; value: string | null }>, incremental = true) =>
      committed(h, h.c.alterConfigs({ resources: [{ resourceType: 'topic', resourceName: 't', configs }], incremental, validateOnly: false })).responses[0]!;
    expect(alter([{ name: 'cleanup.policy', op: 'append', value: 'compact' }]).errorCode).toBe(ErrorCode.NONE);
    expect(Object.fromEntries(h.c.committedImage.topicConfigs.get('t')!)).toEqual({ 'retention.ms': '100', 'cleanup.policy': 'delete,compact' });
    expect(alter([{ name: 'cleanup.policy', op: 'subtract', value: 'delete' }, { name: 'retention.ms', op: 'delete', value: null }]).errorCode).toBe(ErrorCode.NONE);
    expect(Object.fromEntries(h.c.committedImage.topicConfigs.get('t')!)).toEqual({ 'cleanup.policy': 'compact' });
    expect(alter([{ name: 'segment.ms', op: 'set', value: '60000' }], false).errorCode).toBe(ErrorCode.NONE);
    expect(Object.fromEntries(h.c.committedImage.topicConfigs.get('t')!)).toEqual({ 'segment.ms': '60000' });
    expect(alter([{ name: 'segment.ms', op: 'set', value: 'never' }])).toMatchObject({ errorCode: ErrorCode.INVALID_CONFIG });
    expect(alter([{ name: 'no.such', op: 'set', value: '1' }])).toMatchObject({ errorCode: ErrorCode.INVALID_CONFIG, errorMessage: 'Unknown topic config name: no.such' });
    const missing = committed(h, h.c.alterConfigs({ resources: [{ resourceType: 'topic', resourceName: 'nope', configs: [] }], incremental: true, validateOnly: false }));
    expect(missing.responses[0]).toMatchObject({ errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: "The topic 'nope' does not exist." });
    const dry = h.c.alterConfigs({ resources: [{ resourceType: 'topic', resourceName: 't', configs: [{ name: 'segment.ms', op: 'set', value: '5' }] }], incremental: true, validateOnly: true });
    expect(dry.ok && dry.records).toEqual([]);
  });

  it('sets dynamic broker configs per broker and cluster-wide, with INVALID_REQUEST and INVALID_CONFIG for bad names', () => {
    const { h } = cluster(1);
    const r = committed(
      h,
      h.c.alterConfigs({
        resources: [
          { resourceType: 'broker', resourceName: '', configs: [{ name: 'log.retention.ms', op: 'set', value: '5000' }] },
          { resourceType: 'broker', resourceName: '1', configs: [{ name: 'log.retention.ms', op: 'set', value: '7000' }] },
          { resourceType: 'broker', resourceName: 'b', configs: [] },
          { resourceType: 'broker', resourceName: '2', configs: [{ name: 'retention.ms', op: 'set', value: '1' }] },
        ],
        incremental: true,
        validateOnly: false,
      }),
    );
    expect(r.responses.map((x) => x.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.NONE, ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_CONFIG]);
    expect(h.c.committedImage.brokerConfig(1, 'log.retention.ms')).toBe('7000');
    expect(h.c.committedImage.brokerConfig(2, 'log.retention.ms')).toBe('5000');
  });
});

describe('AlterPartition', () => {
  function setup() {
    const { h, epochs } = cluster(3);
    createTopic(h, 't', 1, 3);
    const p = part(h, 't', 0);
    const leader = p.leader;
    const req = (over: Partial<{ leaderEpoch: number; partitionEpoch: number; newIsr: number[]; brokerId: number; brokerEpochs: Map<number, number> }> = {}) => {
      const isr = over.newIsr ?? p.isr.filter((r) => r !== p.replicas[2]);
      return h.c.alterPartition({
        brokerId: over.brokerId ?? leader,
        brokerEpoch: epochs.get(over.brokerId ?? leader)!,
        topics: [
          {
            topicId: p.topicId,
            partitions: [
              {
                partition: 0,
                leaderEpoch: over.leaderEpoch ?? p.leaderEpoch,
                partitionEpoch: over.partitionEpoch ?? p.partitionEpoch,
                newIsr: isr.map((brokerId) => ({ brokerId, brokerEpoch: (over.brokerEpochs ?? epochs).get(brokerId) ?? -1 })),
                leaderRecoveryState: 0,
              },
            ],
          },
        ],
      });
    };
    return { h, epochs, p, leader, req };
  }

  const code = (r: ReturnType<QuorumController['alterPartition']>) => (r.ok ? r.response.topics[0]!.partitions[0]!.errorCode : -1000 - r.errorCode);

  it('shrinks the ISR, bumping the partition epoch but not the leader epoch, and answers the new state', () => {
    const { h, p, leader, req } = setup();
    const r = committed(h, req());
    const after = part(h, 't', 0);
    expect(after).toMatchObject({ leader, leaderEpoch: p.leaderEpoch, partitionEpoch: p.partitionEpoch + 1, isr: p.isr.filter((x) => x !== p.replicas[2]) });
    expect(r.topics[0]!.partitions[0]).toEqual({ partition: 0, errorCode: ErrorCode.NONE, leaderId: leader, leaderEpoch: after.leaderEpoch, isr: after.isr, leaderRecoveryState: 0, partitionEpoch: after.partitionEpoch });
  });

  it('answers FENCED_LEADER_EPOCH, INVALID_UPDATE_VERSION, NOT_CONTROLLER, INVALID_REQUEST and INELIGIBLE_REPLICA as AlterPartition v3', () => {
    const { h, epochs, p, leader, req } = setup();
    committed(h, req());
    // Stale: the partition epoch moved on.
    expect(code(req())).toBe(ErrorCode.INVALID_UPDATE_VERSION);
    expect(code(req({ leaderEpoch: p.leaderEpoch - 1 }))).toBe(ErrorCode.FENCED_LEADER_EPOCH);
    expect(code(req({ leaderEpoch: p.leaderEpoch + 1 }))).toBe(ErrorCode.NOT_CONTROLLER);
    expect(code(req({ partitionEpoch: p.partitionEpoch + 5 }))).toBe(ErrorCode.NOT_CONTROLLER);
    const cur = part(h, 't', 0);
    const follower = cur.replicas.find((r) => r !== leader)!;
    expect(code(req({ brokerId: follower, partitionEpoch: cur.partitionEpoch }))).toBe(ErrorCode.INVALID_REQUEST);
    expect(code(req({ partitionEpoch: cur.partitionEpoch, newIsr: [follower] }))).toBe(ErrorCode.INVALID_REQUEST);
    expect(code(req({ partitionEpoch: cur.partitionEpoch, newIsr: [leader, 42] }))).toBe(ErrorCode.INVALID_REQUEST);
    expect(code(req({ partitionEpoch: cur.partitionEpoch, newIsr: [...cur.replicas], brokerEpochs: new Map([...epochs].map(([k, v]) => [k, v + 1])) }))).toBe(ErrorCode.INELIGIBLE_REPLICA);
    const out = cur.replicas.find((r) => !cur.isr.includes(r))!;
    committed(h, h.c.brokerHeartbeat({ brokerId: out, brokerEpoch: epochs.get(out)!, currentMetadataOffset: 0, wantFence: true, wantShutDown: false }, 0));
    const now = part(h, 't', 0);
    expect(code(req({ partitionEpoch: now.partitionEpoch, leaderEpoch: now.leaderEpoch, newIsr: [...now.isr, out] }))).toBe(ErrorCode.INELIGIBLE_REPLICA);
    // Whole-request: a stale broker epoch.
    const stale = h.c.alterPartition({ brokerId: leader, brokerEpoch: 1, topics: [] });
    expect(failed(stale).errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH);
    const unknownTopic = committed(h, h.c.alterPartition({ brokerId: leader, brokerEpoch: epochs.get(leader)!, topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAg', partitions: [{ partition: 0, leaderEpoch: 0, partitionEpoch: 0, newIsr: [], leaderRecoveryState: 0 }] }] }));
    expect(unknownTopic.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
  });

  it('completes a reassignment when the ISR catches up, answering NEW_LEADER_ELECTED when leadership moves', () => {
    const { h, epochs } = cluster(4);
    committed(h, h.c.createTopics({ topics: [{ name: 'r', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }], configs: [] }], validateOnly: false }));
    const res = committed(h, h.c.alterPartitionReassignments({ topics: [{ name: 'r', partitions: [{ partition: 0, replicas: [3, 4] }] }] }));
    expect(res.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    expect(part(h, 'r', 0)).toMatchObject({ replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2], leader: 1 });
    expect(h.c.listPartitionReassignments(null)).toEqual({ topics: [{ name: 'r', partitions: [{ partition: 0, replicas: [3, 4, 1, 2], addingReplicas: [3, 4], removingReplicas: [1, 2] }] }] });
    const p = part(h, 'r', 0);
    const ap = committed(
      h,
      h.c.alterPartition({
        brokerId: 1,
        brokerEpoch: epochs.get(1)!,
        topics: [{ topicId: p.topicId, partitions: [{ partition: 0, leaderEpoch: p.leaderEpoch, partitionEpoch: p.partitionEpoch, newIsr: [1, 2, 3, 4].map((brokerId) => ({ brokerId, brokerEpoch: epochs.get(brokerId)! })), leaderRecoveryState: 0 }] }],
      }),
    );
    expect(ap.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NEW_LEADER_ELECTED);
    expect(part(h, 'r', 0)).toMatchObject({ replicas: [3, 4], isr: [3, 4], addingReplicas: [], removingReplicas: [], leader: 3, leaderEpoch: p.leaderEpoch + 1 });
    expect(h.c.listPartitionReassignments(null)).toEqual({ topics: [] });
    const cancel = committed(h, h.c.alterPartitionReassignments({ topics: [{ name: 'r', partitions: [{ partition: 0, replicas: null }] }] }));
    expect(cancel.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS);
  });

  it('cancels a reassignment in progress back to the original replicas', () => {
    const { h } = cluster(3);
    committed(h, h.c.createTopics({ topics: [{ name: 'r', numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2] }], configs: [] }], validateOnly: false }));
    committed(h, h.c.alterPartitionReassignments({ topics: [{ name: 'r', partitions: [{ partition: 0, replicas: [2, 3] }] }] }));
    expect(part(h, 'r', 0).addingReplicas).toEqual([3]);
    committed(h, h.c.alterPartitionReassignments({ topics: [{ name: 'r', partitions: [{ partition: 0, replicas: null }] }] }));
    expect(part(h, 'r', 0)).toMatchObject({ replicas: [2, 1], addingReplicas: [], removingReplicas: [] });
    const unknown = committed(h, h.c.alterPartitionReassignments({ topics: [{ name: 'zz', partitions: [{ partition: 0, replicas: [1] }] }] }));
    expect(unknown.responses[0]!.partitions[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });
});

describe('producer ids and features', () => {
  it('hands out consecutive disjoint blocks of 1000 that survive a controller failover', () => {
    const { h, epochs } = cluster(2);
    const a = committed(h, h.c.allocateProducerIds({ brokerId: 1, brokerEpoch: epochs.get(1)! }));
    const b = committed(h, h.c.allocateProducerIds({ brokerId: 2, brokerEpoch: epochs.get(2)! }));
    expect(a).toEqual({ producerIdStart: 0, producerIdLen: 1000 });
    expect(b).toEqual({ producerIdStart: 1000, producerIdLen: 1000 });
    expect(failed(h.c.allocateProducerIds({ brokerId: 1, brokerEpoch: 12345 })).errorCode).toBe(ErrorCode.STALE_BROKER_EPOCH);
    // A standby that replayed the log takes over and continues after the last block.
    const standby = new QuorumController({ nodeId: 2, clusterId: 'cluster-a', log: h.log, random: new SeededRandom(9) });
    for (const e of h.log.entries) standby.replayBatch(e.records, e.offset, e.epoch);
    h.log.epoch = 2;
    standby.becomeLeader(2, 0);
    h.log.commit(standby);
    h.log.commit(standby);
    expect(standby.isActive).toBe(true);
    const c = standby.allocateProducerIds({ brokerId: 1, brokerEpoch: epochs.get(1)! });
    expect(c.ok && c.response).toEqual({ producerIdStart: 2000, producerIdLen: 1000 });
  });

  it('updates supported features and refuses unknown ones with INVALID_UPDATE_VERSION', () => {
    const { h } = cluster(1);
    const r = committed(h, h.c.updateFeatures({ updates: [{ feature: 'metadata.version', maxVersionLevel: 1, upgradeType: 'upgrade' }, { feature: 'x', maxVersionLevel: 1, upgradeType: 'upgrade' }, { feature: 'metadata.version', maxVersionLevel: 7, upgradeType: 'upgrade' }], validateOnly: false }));
    expect(r.results.map((x) => x.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.INVALID_UPDATE_VERSION, ErrorCode.INVALID_UPDATE_VERSION]);
  });
});

describe('raft adapter', () => {
  const ready = (over: Partial<Ready>): Ready => ({
    softState: null,
    hardState: null,
    snapshot: null,
    entries: [],
    messagesEarly: [],
    messages: [],
    committedEntries: [],
    readStates: [],
    proposalResults: [],
    ...over,
  });

  it('handles a ready batch as restore, then committed entries, then leadership', () => {
    const { h } = cluster(2);
    createTopic(h, 'a', 2, 2);
    const snapshotData = h.c.snapshot();
    const offset = h.c.committedImage.offset;
    const proposed: number[] = [];
    const c = new QuorumController({
      nodeId: 2,
      clusterId: 'cluster-a',
      random: new SeededRandom(5),
      log: { propose: (records) => (proposed.push(records.length), { ok: true, offset: offset + 2 + proposed.length - 1 }) },
    });
    const entries: Entry[] = [
      { index: offset + 1, term: 3, type: EntryType.leaderChange, data: new Uint8Array(4) },
    ];
    c.handleRaftReady(
      ready({
        snapshot: { snapshot: { meta: { index: offset, term: 1, voters: [1, 2, 3] }, data: snapshotData }, isRestore: true },
        committedEntries: entries,
        softState: { role: 'leader', term: 3, leaderId: 2 },
      }),
      100,
    );
    expect(c.committedImage.offset).toBe(offset + 1);
    expect(c.committedImage.topic('a')).toBeDefined();
    expect(c.leaderEpoch).toBe(3);
    expect(proposed).toEqual([1]);
    // The NoOp commits: active. A newer epoch's entry arrives: resign.
    c.handleRaftReady(ready({ committedEntries: [{ index: offset + 2, term: 3, type: EntryType.normal, data: encodeMetadataBatch([{ type: 'NoOp', version: 0 }]) }] }), 200);
    expect(c.isActive).toBe(true);
    c.handleRaftReady(ready({ committedEntries: [{ index: offset + 3, term: 4, type: EntryType.leaderChange, data: new Uint8Array(4) }] }), 300);
    expect(c.isActive).toBe(false);
    expect(c.leaderEpoch).toBeNull();
  });
});

describe('batches larger than one raft entry', () => {
  it('splits broker lifecycle writes over consecutive batches and refuses oversized admin requests with POLICY_VIOLATION', () => {
    const { h, epochs } = cluster(3, { recordsPerBatchMax: 2 });
    // One partition per request keeps each CreateTopics within 2 records.
    for (let i = 0; i < 4; i++) {
      committed(h, h.c.createTopics({ topics: [{ name: `t${i}`, numPartitions: -1, replicationFactor: -1, assignments: [{ partitionIndex: 0, brokerIds: [1, 2, 3] }], configs: [] }], validateOnly: false }));
    }
    const big = h.c.createTopics({ topics: [{ name: 'big', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] }], validateOnly: false });
    expect(big.ok && big.response.topics[0]).toMatchObject({ errorCode: ErrorCode.POLICY_VIOLATION });
    // Fencing broker 1: four leadership moves and the fence record, in three batches.
    const before = h.log.entries.length;
    const r = h.c.brokerHeartbeat({ brokerId: 1, brokerEpoch: epochs.get(1)!, currentMetadataOffset: 0, wantFence: true, wantShutDown: false }, 0);
    if (!r.ok) throw new Error('heartbeat failed');
    expect(h.log.entries.length - before).toBe(3);
    expect(h.log.entries.slice(before).map((e) => e.records.length)).toEqual([2, 2, 1]);
    expect(r.offset).toBe(h.log.entries.length);
    committed(h, r);
    for (let i = 0; i < 4; i++) expect(part(h, `t${i}`, 0)).toMatchObject({ leader: 2, isr: [2, 3] });
    expect(h.c.committedImage.broker(1)!.fenced).toBe(true);
    // A new incarnation of broker 2 moves four leaderships before its registration: its epoch is
    // the offset of the batch that holds the RegisterBroker record.
    const reg = committed(h, h.c.registerBroker({ brokerId: 2, clusterId: 'cluster-a', incarnationId: 'again', listeners: listeners(2), rack: null, previousBrokerEpoch: epochs.get(2)! }, 0));
    expect(reg.brokerEpoch).toBe(h.c.committedImage.offset);
    expect(h.c.committedImage.broker(2)!.brokerEpoch).toBe(reg.brokerEpoch);
    expect(h.log.entries[reg.brokerEpoch - 1]!.records.some((x) => x.type === 'RegisterBroker')).toBe(true);
    for (let i = 0; i < 4; i++) expect(part(h, `t${i}`, 0)).toMatchObject({ leader: 3, isr: [3] });
  });
});
