import { ApiKey, ErrorCode, KafkaError, ZERO_UUID } from '@gregor/protocol';
import { Client, type BrokerInfo, type ClientOptions, type PartitionInfo } from './client.js';

export interface AdminOptions {
  /** An existing client to share; otherwise one is made from the client options and closed with the admin. */
  readonly client?: Client;
}

export interface NewTopic {
  readonly name: string;
  /** Default -1: the broker's num.partitions. */
  readonly numPartitions?: number;
  /** Default -1: the broker's default.replication.factor. */
  readonly replicationFactor?: number;
  readonly configs?: Readonly<Record<string, string>>;
  /** Manual assignment: partition -> broker ids (then numPartitions and replicationFactor must be -1). */
  readonly assignments?: Readonly<Record<number, readonly number[]>>;
}

export interface CreatedTopic {
  readonly name: string;
  readonly topicId: string;
  readonly numPartitions: number;
  readonly replicationFactor: number;
  /** The topic's resulting configs (CreateTopics v5+), empty from older brokers. */
  readonly configs: ReadonlyArray<{ name: string; value: string | null; isDefault: boolean; isSensitive: boolean; readOnly: boolean }>;
}

export interface TopicDescription {
  readonly name: string;
  readonly topicId: string;
  readonly isInternal: boolean;
  readonly partitions: readonly PartitionInfo[];
}

/** Kafka's ConfigResource.Type ids. */
export const ConfigResourceType = { topic: 2, broker: 4, brokerLogger: 8, clientMetrics: 16, group: 32 } as const;
export type ConfigResourceTypeName = keyof typeof ConfigResourceType;

/** Kafka's DescribeConfigsResponse.ConfigSource ids, by name. */
export const ConfigSource = {
  0: 'UNKNOWN',
  1: 'DYNAMIC_TOPIC_CONFIG',
  2: 'DYNAMIC_BROKER_CONFIG',
  3: 'DYNAMIC_DEFAULT_BROKER_CONFIG',
  4: 'STATIC_BROKER_CONFIG',
  5: 'DEFAULT_CONFIG',
  6: 'DYNAMIC_BROKER_LOGGER_CONFIG',
  7: 'CLIENT_METRICS_CONFIG',
  8: 'GROUP_CONFIG',
} as const;

export interface ConfigResource {
  readonly type: ConfigResourceTypeName;
  /** Topic name, or broker id as a string ("" for the cluster-wide broker default). */
  readonly name: string;
  /** Only these keys (default all). */
  readonly keys?: readonly string[];
}

export interface ConfigEntry {
  readonly name: string;
  readonly value: string | null;
  readonly isDefault: boolean;
  readonly readOnly: boolean;
  readonly isSensitive: boolean;
  /** A ConfigSource name ('DYNAMIC_TOPIC_CONFIG', 'DEFAULT_CONFIG'...). */
  readonly source: string;
  readonly synonyms: ReadonlyArray<{ name: string; value: string | null; source: string }>;
  readonly documentation: string | null;
}

export interface ConfigResourceDescription {
  readonly type: ConfigResourceTypeName;
  readonly name: string;
  readonly entries: readonly ConfigEntry[];
}

/** IncrementalAlterConfigs operations (KIP-339). */
export const AlterConfigOp = { set: 0, delete: 1, append: 2, subtract: 3 } as const;
export type AlterConfigOpName = keyof typeof AlterConfigOp;

export interface ConfigAlteration {
  readonly type: ConfigResourceTypeName;
  readonly name: string;
  readonly ops: ReadonlyArray<{ name: string; op: AlterConfigOpName; value?: string | null }>;
}

/** ListOffsets targets: the special timestamps -2 (earliest), -1 (latest), -3 (max timestamp, KIP-734). */
export type OffsetSpec = 'earliest' | 'latest' | 'max-timestamp' | { readonly timestamp: number };

export interface PartitionOffset {
  readonly partition: number;
  /** -1 when no record matches (a timestamp past the last record). */
  readonly offset: number;
  readonly timestamp: number;
  readonly leaderEpoch: number;
}

export interface ClusterDescription {
  readonly clusterId: string | null;
  readonly controllerId: number;
  readonly brokers: readonly BrokerInfo[];
}

export function offsetSpecTimestamp(spec: OffsetSpec): bigint {
  if (spec === 'earliest') return -2n;
  if (spec === 'latest') return -1n;
  if (spec === 'max-timestamp') return -3n;
  if (!Number.isSafeInteger(spec.timestamp) || spec.timestamp < 0) throw new RangeError(`invalid timestamp ${spec.timestamp}`);
  return BigInt(spec.timestamp);
}

function check(code: number, message: string | null | undefined, what: string): void {
  if (code !== ErrorCode.NONE) throw new KafkaError(code, message ? `${what}: ${message}` : what);
}

function typeName(id: number): ConfigResourceTypeName {
  for (const [name, value] of Object.entries(ConfigResourceType)) if (value === id) return name as ConfigResourceTypeName;
  throw new KafkaError(ErrorCode.INVALID_REQUEST, `unknown config resource type ${id}`);
}

function sourceName(id: number): string {
  return (ConfigSource as Record<number, string>)[id] ?? `UNKNOWN(${id})`;
}

/**
 * Topic, config, offset and cluster administration over the Kafka admin APIs. Every call
 * retries retriable errors (with a metadata refresh when leadership moved) and throws a
 * KafkaError naming the resource for the first failure it meets; partial results of a failed
 * multi-resource call are not returned.
 */
export class Admin {
  readonly client: Client;
  private readonly ownsClient: boolean;

  constructor(options: AdminOptions & Partial<ClientOptions> = {}) {
    if (options.client !== undefined) {
      this.client = options.client;
      this.ownsClient = false;
    } else {
      if (options.bootstrapServers === undefined) throw new Error('an admin needs a client or bootstrapServers');
      this.client = new Client(options as ClientOptions);
      this.ownsClient = true;
    }
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.client.close();
  }

  async createTopics(topics: readonly NewTopic[], options: { validateOnly?: boolean; timeoutMs?: number } = {}): Promise<CreatedTopic[]> {
    const response = await this.client.retry(async () => {
      const connection = await this.client.controllerConnection();
      const version = connection.versionFor(ApiKey.CreateTopics);
      const response = await connection.send(ApiKey.CreateTopics, {
        topics: topics.map((t) => ({
          name: t.name,
          numPartitions: t.numPartitions ?? -1,
          replicationFactor: t.replicationFactor ?? -1,
          assignments: Object.entries(t.assignments ?? {}).map(([p, ids]) => ({ partitionIndex: Number(p), brokerIds: [...ids] })),
          configs: Object.entries(t.configs ?? {}).map(([name, value]) => ({ name, value })),
        })),
        timeoutMs: options.timeoutMs ?? this.client.requestTimeoutMs,
        validateOnly: version >= 1 ? (options.validateOnly ?? false) : false,
      });
      // NOT_CONTROLLER is retriable: throw it so the retry goes to the new controller.
      for (const t of response.topics) if (t.errorCode === ErrorCode.NOT_CONTROLLER) throw new KafkaError(t.errorCode, t.name);
      return response;
    });
    const created: CreatedTopic[] = [];
    for (const t of response.topics) {
      check(t.errorCode, t.errorMessage, `create topic ${t.name}`);
      created.push({
        name: t.name,
        topicId: t.topicId,
        numPartitions: t.numPartitions,
        replicationFactor: t.replicationFactor,
        configs: (t.configs ?? []).map((c) => ({ name: c.name, value: c.value, isDefault: c.configSource === 5, isSensitive: c.isSensitive, readOnly: c.readOnly })),
      });
    }
    if (!options.validateOnly) this.client.invalidateMetadata();
    return created;
  }

  async deleteTopics(names: readonly string[], options: { timeoutMs?: number } = {}): Promise<void> {
    const response = await this.client.retry(async () => {
      const connection = await this.client.controllerConnection();
      const version = connection.versionFor(ApiKey.DeleteTopics);
      const response = await connection.send(ApiKey.DeleteTopics, {
        // v6 names topics by name or id (KIP-516); earlier versions by name only.
        topics: version >= 6 ? names.map((name) => ({ name, topicId: ZERO_UUID })) : [],
        topicNames: version >= 6 ? [] : [...names],
        timeoutMs: options.timeoutMs ?? this.client.requestTimeoutMs,
      });
      for (const t of response.responses) if (t.errorCode === ErrorCode.NOT_CONTROLLER) throw new KafkaError(t.errorCode, t.name ?? '');
      return response;
    });
    for (const t of response.responses) check(t.errorCode, t.errorMessage, `delete topic ${t.name ?? t.topicId}`);
    this.client.invalidateMetadata();
  }

  /** Topic names, sorted; internal topics (__consumer_offsets...) only when asked. */
  async listTopics(options: { includeInternal?: boolean } = {}): Promise<string[]> {
    const cluster = await this.client.retry(() => this.client.refreshMetadata(null));
    return [...cluster.topics.values()]
      .filter((t) => options.includeInternal || !t.isInternal)
      .map((t) => t.name)
      .sort();
  }

  /**
   * Partitions, leaders, replicas and ISR of the named topics (every topic when none are named).
   * Throws UNKNOWN_TOPIC_OR_PARTITION for a named topic that does not exist.
   */
  async describeTopics(names?: readonly string[]): Promise<TopicDescription[]> {
    const cluster = await this.client.retry(() => this.client.refreshMetadata(names === undefined ? null : [...names]));
    const result: TopicDescription[] = [];
    const wanted = names ?? [...cluster.topics.keys()].sort();
    for (const name of wanted) {
      const topic = cluster.topics.get(name);
      if (topic === undefined) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${name}`);
      result.push({ name: topic.name, topicId: topic.topicId, isInternal: topic.isInternal, partitions: topic.partitions.filter((p) => p !== undefined) });
    }
    return result;
  }

  /** Raises topics' partition counts to `count` (a total, not an increment). */
  async createPartitions(
    topics: ReadonlyArray<{ topic: string; count: number; assignments?: ReadonlyArray<readonly number[]> }>,
    options: { validateOnly?: boolean; timeoutMs?: number } = {},
  ): Promise<void> {
    const response = await this.client.retry(async () => {
      const response = await this.client.send('controller', ApiKey.CreatePartitions, {
        topics: topics.map((t) => ({ name: t.topic, count: t.count, assignments: t.assignments === undefined ? null : t.assignments.map((ids) => ({ brokerIds: [...ids] })) })),
        timeoutMs: options.timeoutMs ?? this.client.requestTimeoutMs,
        validateOnly: options.validateOnly ?? false,
      });
      for (const t of response.results) if (t.errorCode === ErrorCode.NOT_CONTROLLER) throw new KafkaError(t.errorCode, t.name);
      return response;
    });
    for (const t of response.results) check(t.errorCode, t.errorMessage, `create partitions for ${t.name}`);
    if (!options.validateOnly) this.client.invalidateMetadata();
  }

  /** Configs of topics and brokers. Broker resources are asked of that broker. */
  async describeConfigs(
    resources: readonly ConfigResource[],
    options: { includeSynonyms?: boolean; includeDocumentation?: boolean } = {},
  ): Promise<ConfigResourceDescription[]> {
    const groups = this.groupByTarget(resources);
    const results: ConfigResourceDescription[] = [];
    for (const [target, group] of groups) {
      const response = await this.client.retry(async () => {
        const connection = target === 'any' ? await this.client.anyConnection() : await this.client.connectionTo(target);
        const version = connection.versionFor(ApiKey.DescribeConfigs);
        return connection.send(ApiKey.DescribeConfigs, {
          resources: group.map((r) => ({ resourceType: ConfigResourceType[r.type], resourceName: r.name, configurationKeys: r.keys === undefined ? null : [...r.keys] })),
          includeSynonyms: version >= 1 ? (options.includeSynonyms ?? false) : false,
          includeDocumentation: version >= 3 ? (options.includeDocumentation ?? false) : false,
        });
      });
      for (const r of response.results) {
        check(r.errorCode, r.errorMessage, `describe configs of ${typeName(r.resourceType)} ${r.resourceName}`);
        results.push({
          type: typeName(r.resourceType),
          name: r.resourceName,
          entries: r.configs.map((c) => ({
            name: c.name,
            value: c.value,
            // v0 has isDefault; v1+ has configSource (isDefault decodes as false there).
            isDefault: c.configSource === 5 || (c.configSource === 0 && c.isDefault),
            readOnly: c.readOnly,
            isSensitive: c.isSensitive,
            source: sourceName(c.configSource),
            synonyms: c.synonyms.map((s) => ({ name: s.name, value: s.value, source: sourceName(s.source) })),
            documentation: c.documentation,
          })),
        });
      }
    }
    return results;
  }

  /** Sets, deletes, appends to or subtracts from configs (KIP-339). */
  async incrementalAlterConfigs(alterations: readonly ConfigAlteration[], options: { validateOnly?: boolean } = {}): Promise<void> {
    for (const [target, group] of this.groupByTarget(alterations)) {
      const response = await this.client.retry(async () => {
        const connection = target === 'any' ? await this.client.controllerConnection() : await this.client.connectionTo(target);
        return connection.send(ApiKey.IncrementalAlterConfigs, {
          resources: group.map((r) => ({
            resourceType: ConfigResourceType[r.type],
            resourceName: r.name,
            configs: r.ops.map((o) => ({ name: o.name, configOperation: AlterConfigOp[o.op], value: o.value ?? null })),
          })),
          validateOnly: options.validateOnly ?? false,
        });
      });
      for (const r of response.responses) check(r.errorCode, r.errorMessage, `alter configs of ${typeName(r.resourceType)} ${r.resourceName}`);
    }
  }

  /**
   * Offsets of a topic's partitions (all of them by default) for a spec: earliest, latest,
   * max-timestamp (the record with the largest timestamp, KIP-734) or the first offset whose
   * timestamp is at least the one given. Asked of each partition's leader.
   */
  async listOffsets(topic: string, spec: OffsetSpec, partitions?: readonly number[], options: { isolationLevel?: 0 | 1 } = {}): Promise<PartitionOffset[]> {
    const timestamp = offsetSpecTimestamp(spec);
    return this.client.retry(async () => {
      const info = await this.client.topicMetadata(topic);
      const wanted = partitions ?? info.partitions.filter((p) => p !== undefined).map((p) => p.partition);
      const byLeader = new Map<number, number[]>();
      for (const partition of wanted) {
        const p = info.partitions[partition];
        if (p === undefined) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `${topic}-${partition}`);
        if (p.leader < 0) throw new KafkaError(ErrorCode.LEADER_NOT_AVAILABLE, `${topic}-${partition}`);
        const list = byLeader.get(p.leader) ?? [];
        list.push(partition);
        byLeader.set(p.leader, list);
      }
      const results = await Promise.all(
        [...byLeader].map(async ([leader, list]) => {
          const connection = await this.client.connectionTo(leader);
          const version = connection.versionFor(ApiKey.ListOffsets, timestamp === -3n ? 7 : 1);
          const response = await connection.send(ApiKey.ListOffsets, {
            replicaId: -1,
            isolationLevel: version >= 2 ? (options.isolationLevel ?? 0) : 0,
            topics: [{ name: topic, partitions: list.map((partitionIndex) => ({ partitionIndex, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 })) }],
            timeoutMs: this.client.requestTimeoutMs,
          });
          const out: PartitionOffset[] = [];
          for (const t of response.topics) {
            for (const p of t.partitions) {
              check(p.errorCode, null, `list offsets of ${topic}-${p.partitionIndex}`);
              out.push({ partition: p.partitionIndex, offset: Number(p.offset), timestamp: Number(p.timestamp), leaderEpoch: p.leaderEpoch });
            }
          }
          return out;
        }),
      );
      return results.flat().sort((a, b) => a.partition - b.partition);
    });
  }

  /** Deletes records below the given offsets (-1: the high watermark); returns the new low watermarks. */
  async deleteRecords(topic: string, offsets: ReadonlyArray<{ partition: number; offset: number }>, options: { timeoutMs?: number } = {}): Promise<Array<{ partition: number; lowWatermark: number }>> {
    return this.client.retry(async () => {
      const info = await this.client.topicMetadata(topic);
      const byLeader = new Map<number, Array<{ partition: number; offset: number }>>();
      for (const o of offsets) {
        const leader = info.partitions[o.partition]?.leader ?? -1;
        if (info.partitions[o.partition] === undefined) throw new KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `${topic}-${o.partition}`);
        if (leader < 0) throw new KafkaError(ErrorCode.LEADER_NOT_AVAILABLE, `${topic}-${o.partition}`);
        const list = byLeader.get(leader) ?? [];
        list.push(o);
        byLeader.set(leader, list);
      }
      const results = await Promise.all(
        [...byLeader].map(async ([leader, list]) => {
          const response = await this.client.send(leader, ApiKey.DeleteRecords, {
            topics: [{ name: topic, partitions: list.map((o) => ({ partitionIndex: o.partition, offset: BigInt(o.offset) })) }],
            timeoutMs: options.timeoutMs ?? this.client.requestTimeoutMs,
          });
          const out: Array<{ partition: number; lowWatermark: number }> = [];
          for (const t of response.topics) {
            for (const p of t.partitions) {
              check(p.errorCode, null, `delete records of ${topic}-${p.partitionIndex}`);
              out.push({ partition: p.partitionIndex, lowWatermark: Number(p.lowWatermark) });
            }
          }
          return out;
        }),
      );
      return results.flat().sort((a, b) => a.partition - b.partition);
    });
  }

  /** Cluster id, controller and brokers: DescribeCluster (KIP-700) when served, else Metadata. */
  async describeCluster(): Promise<ClusterDescription> {
    return this.client.retry(async () => {
      const connection = await this.client.anyConnection();
      if (connection.versionOf(ApiKey.DescribeCluster) >= 0) {
        const response = await connection.send(ApiKey.DescribeCluster, { includeClusterAuthorizedOperations: false, endpointType: 1 });
        check(response.errorCode, response.errorMessage, 'describe cluster');
        return {
          clusterId: response.clusterId,
          controllerId: response.controllerId,
          brokers: response.brokers.map((b) => ({ nodeId: b.brokerId, host: b.host, port: b.port, rack: b.rack })).sort((a, b) => a.nodeId - b.nodeId),
        };
      }
      const cluster = await this.client.refreshMetadata();
      return { clusterId: cluster.clusterId, controllerId: cluster.controllerId, brokers: [...cluster.brokers.values()].sort((a, b) => a.nodeId - b.nodeId) };
    });
  }

  /** Broker resources go to that broker (its own configs live there); everything else to any broker. */
  private groupByTarget<R extends { type: ConfigResourceTypeName; name: string }>(resources: readonly R[]): Map<number | 'any', R[]> {
    const groups = new Map<number | 'any', R[]>();
    for (const r of resources) {
      const isOneBroker = (r.type === 'broker' || r.type === 'brokerLogger') && /^\d+$/.test(r.name);
      const target = isOneBroker ? Number(r.name) : 'any';
      const list = groups.get(target) ?? [];
      list.push(r);
      groups.set(target, list);
    }
    return groups;
  }
}
