import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ErrorCode, uuidFromRandom } from '@gregor/protocol';
import { pack, unpack } from 'msgpackr';
import type {
  AdminResult,
  BrokerInfo,
  ConfigOp,
  CreateTopicResult,
  CreateTopicSpec,
  MetadataDelta,
  MetadataView,
  PartitionState,
  TopicAdmin,
  TopicState,
} from './metadata.js';
import {
  applyConfigOps,
  checkPartitionCount,
  checkReplicationFactor,
  checkTopicConfigs,
  checkTopicName,
  collidingTopic,
  ok,
} from '@gregor/controller';

/** Writes a file atomically: temp file, fsync, rename, fsync the directory. */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const dirFd = openSync(dirname(path), 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

interface StoredState {
  readonly version: 1;
  readonly topics: TopicState[];
  /** First producer id not yet handed out in a block (absent in files written before it existed). */
  readonly nextProducerId?: number;
}

/** Producer ids per block (KIP-730 uses 1000). */
const PRODUCER_ID_BLOCK_SIZE = 1000;

export interface LocalControllerOptions {
  readonly clusterId: string;
  readonly self: BrokerInfo;
  readonly metadataDir: string;
  readonly numPartitions: number;
  readonly defaultReplicationFactor: number;
}

/**
 * The single-node controller: this broker is the only broker and its own controller. Topic
 * state is kept in memory and persisted to one msgpack file (atomically) on every change; the
 * Raft-backed controller of the cluster issue replaces it behind the same TopicAdmin and
 * MetadataView ports. Changes are announced as deltas to listeners (the replica manager), and an
 * admin call resolves only after the listeners have applied them, so a topic is writable as
 * soon as CreateTopics answers.
 */
export class LocalController implements TopicAdmin, MetadataView {
  readonly clusterId: string;
  readonly controllerId: number;
  private readonly self: BrokerInfo;
  private readonly file: string;
  private readonly numPartitions: number;
  private readonly defaultReplicationFactor: number;
  private readonly byName = new Map<string, TopicState>();
  private readonly byId = new Map<string, TopicState>();
  private readonly listeners: Array<(delta: MetadataDelta) => Promise<void> | void> = [];
  /** Admin operations run one at a time, so each validates against the state the last one left. */
  private queue: Promise<unknown> = Promise.resolve();
  private nextProducerId = 0;

  constructor(opts: LocalControllerOptions) {
    this.clusterId = opts.clusterId;
    this.self = opts.self;
    this.controllerId = opts.self.nodeId;
    this.numPartitions = opts.numPartitions;
    this.defaultReplicationFactor = opts.defaultReplicationFactor;
    mkdirSync(opts.metadataDir, { recursive: true });
    this.file = join(opts.metadataDir, 'topics.msgpack');
    if (existsSync(this.file)) {
      const stored = unpack(readFileSync(this.file)) as StoredState;
      for (const topic of stored.topics) this.index(topic);
      this.nextProducerId = stored.nextProducerId ?? 0;
    }
  }

  /** A block of producer ids, durable before it is handed out (as the controller's ProducerIds record). */
  allocateProducerIds(): Promise<{ producerIdStart: number; producerIdLen: number }> {
    return this.serial(async () => {
      const producerIdStart = this.nextProducerId;
      this.nextProducerId += PRODUCER_ID_BLOCK_SIZE;
      this.persist();
      return { producerIdStart, producerIdLen: PRODUCER_ID_BLOCK_SIZE };
    });
  }

  onChange(listener: (delta: MetadataDelta) => Promise<void> | void): void {
    this.listeners.push(listener);
  }

  brokers(): readonly BrokerInfo[] {
    return [this.self];
  }
  isEligibleReplica(brokerId: number): boolean {
    return brokerId === this.self.nodeId;
  }

  topic(name: string): TopicState | undefined {
    return this.byName.get(name);
  }
  topicById(topicId: string): TopicState | undefined {
    return this.byId.get(topicId);
  }
  topics(): Iterable<TopicState> {
    return this.byName.values();
  }

  private index(topic: TopicState): void {
    this.byName.set(topic.name, topic);
    this.byId.set(topic.topicId, topic);
  }

  private persist(): void {
    const state: StoredState = { version: 1, topics: [...this.byName.values()], nextProducerId: this.nextProducerId };
    writeFileAtomic(this.file, pack(state));
  }

  private async commit(delta: MetadataDelta): Promise<void> {
    for (const topic of delta.deleted) {
      this.byName.delete(topic.name);
      this.byId.delete(topic.topicId);
    }
    for (const topic of delta.createdOrChanged) this.index(topic);
    this.persist();
    for (const listener of this.listeners) await listener(delta);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private newPartitions(from: number, to: number, replicas: ReadonlyArray<readonly number[]> | null): PartitionState[] {
    const out: PartitionState[] = [];
    for (let p = from; p < to; p++) {
      const assigned = replicas?.[p - from] ?? [this.self.nodeId];
      out.push({ partition: p, leader: assigned[0]!, leaderEpoch: 0, replicas: [...assigned], isr: [...assigned], partitionEpoch: 0 });
    }
    return out;
  }

  private checkAssignment(brokerIds: readonly number[]): AdminResult {
    if (brokerIds.length === 0) return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: 'Empty replica assignment' };
    if (new Set(brokerIds).size !== brokerIds.length) {
      return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: 'Duplicate brokers in replica assignment' };
    }
    for (const id of brokerIds) {
      if (id !== this.self.nodeId) {
        return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: `The manual partition assignment includes broker ${id}, but no such broker is registered.` };
      }
    }
    return ok;
  }

  createTopics(specs: readonly CreateTopicSpec[], validateOnly: boolean): Promise<CreateTopicResult[]> {
    return this.serial(async () => {
      const names = specs.map((s) => s.name);
      const created: TopicState[] = [];
      const results: CreateTopicResult[] = specs.map((spec) => {
        if (names.filter((n) => n === spec.name).length > 1) {
          return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Create topics request from client contains duplicate topic ${spec.name}` };
        }
        const nameCheck = checkTopicName(spec.name);
        if (nameCheck.errorCode !== 0) return nameCheck;
        if (this.byName.has(spec.name)) {
          return { errorCode: ErrorCode.TOPIC_ALREADY_EXISTS, errorMessage: `Topic '${spec.name}' already exists.` };
        }
        const collision = collidingTopic(spec.name, [...this.byName.keys(), ...created.map((t) => t.name)]);
        if (collision !== undefined) {
          return { errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION, errorMessage: `Topic '${spec.name}' collides with existing topic: ${collision}` };
        }
        let partitions: PartitionState[];
        if (spec.assignments.length > 0) {
          if (spec.numPartitions !== -1 || spec.replicationFactor !== -1) {
            return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.' };
          }
          const sorted = [...spec.assignments].sort((a, b) => a.partitionIndex - b.partitionIndex);
          for (let i = 0; i < sorted.length; i++) {
            if (sorted[i]!.partitionIndex !== i) {
              return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: 'Partitions should be numbered 0 to n-1 without gaps' };
            }
            const check = this.checkAssignment(sorted[i]!.brokerIds);
            if (check.errorCode !== 0) return check;
          }
          partitions = this.newPartitions(0, sorted.length, sorted.map((a) => a.brokerIds));
        } else {
          const count = spec.numPartitions === -1 ? this.numPartitions : spec.numPartitions;
          const countCheck = checkPartitionCount(count);
          if (countCheck.errorCode !== 0) return countCheck;
          const factor = spec.replicationFactor === -1 ? this.defaultReplicationFactor : spec.replicationFactor;
          const factorCheck = checkReplicationFactor(factor, this.brokers().length);
          if (factorCheck.errorCode !== 0) return factorCheck;
          partitions = this.newPartitions(0, count, null);
        }
        const configs = checkTopicConfigs(spec.configs);
        if (!('configs' in configs)) return configs;
        const topic: TopicState = {
          name: spec.name,
          topicId: uuidFromRandom(randomBytes(16)),
          partitions,
          configs: configs.configs,
          isInternal: spec.name.startsWith('__'),
        };
        created.push(topic);
        return {
          ...ok,
          topicId: topic.topicId,
          numPartitions: partitions.length,
          replicationFactor: partitions[0]?.replicas.length ?? -1,
          configs: topic.configs,
        };
      });
      if (!validateOnly && created.length > 0) await this.commit({ createdOrChanged: created, deleted: [] });
      return results;
    });
  }

  deleteTopics(names: readonly string[]): Promise<AdminResult[]> {
    return this.serial(async () => {
      const deleted: TopicState[] = [];
      const results = names.map((name) => {
        const topic = this.byName.get(name);
        if (topic === undefined || deleted.includes(topic)) {
          return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: 'This server does not host this topic-partition.' };
        }
        deleted.push(topic);
        return ok;
      });
      if (deleted.length > 0) await this.commit({ createdOrChanged: [], deleted });
      return results;
    });
  }

  createPartitions(
    requests: ReadonlyArray<{ name: string; count: number; assignments: ReadonlyArray<readonly number[]> | null }>,
    validateOnly: boolean,
  ): Promise<AdminResult[]> {
    return this.serial(async () => {
      const changed: TopicState[] = [];
      const results = requests.map(({ name, count, assignments }) => {
        const topic = this.byName.get(name);
        if (topic === undefined) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `The topic '${name}' does not exist.` };
        const current = topic.partitions.length;
        if (count < current) {
          return { errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: `The topic ${name} currently has ${current} partition(s); ${count} would not be an increase.` };
        }
        if (count === current) {
          return { errorCode: ErrorCode.INVALID_PARTITIONS, errorMessage: `Topic already has ${current} partition(s).` };
        }
        const countCheck = checkPartitionCount(count);
        if (countCheck.errorCode !== 0) return countCheck;
        if (assignments !== null) {
          if (assignments.length !== count - current) {
            return { errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT, errorMessage: `Attempted to add ${count - current} additional partition(s), but only ${assignments.length} assignment(s) were specified.` };
          }
          for (const a of assignments) {
            const check = this.checkAssignment(a);
            if (check.errorCode !== 0) return check;
          }
        }
        changed.push({ ...topic, partitions: [...topic.partitions, ...this.newPartitions(current, count, assignments)] });
        return ok;
      });
      if (!validateOnly && changed.length > 0) await this.commit({ createdOrChanged: changed, deleted: [] });
      return results;
    });
  }

  alterTopicConfigs(
    requests: ReadonlyArray<{ name: string; replace: boolean; ops: ReadonlyArray<{ name: string; op: ConfigOp; value: string | null }> }>,
    validateOnly: boolean,
  ): Promise<AdminResult[]> {
    return this.serial(async () => {
      const changed: TopicState[] = [];
      const results = requests.map(({ name, replace, ops }) => {
        const topic = this.byName.get(name);
        if (topic === undefined) return { errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `The topic '${name}' does not exist.` };
        const next = applyConfigOps(topic.configs, replace, ops);
        if (!('configs' in next)) return next;
        changed.push({ ...topic, configs: next.configs });
        return ok;
      });
      if (!validateOnly && changed.length > 0) await this.commit({ createdOrChanged: changed, deleted: [] });
      return results;
    });
  }
}
