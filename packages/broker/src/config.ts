import { readFileSync } from 'node:fs';
import {
  checkConfig,
  type ConfigDef,
  type ConfigValue,
  formatConfigValue,
  topicConfigDefs,
} from '@gregor/controller';
import { CONNECTION_IDLE_MS, REQUEST_BYTES_MAX } from './limits.js';

/**
 * Broker configuration, Kafka's server.properties keys. Sources, lowest to highest precedence:
 * built-in defaults, a properties file, GREGOR_* environment variables (GREGOR_LOG_DIRS ->
 * log.dirs: "_" is ".", "__" is "_", "___" is "-", as in Kafka's Docker image), then explicit
 * overrides (`--override key=value` and CLI flags).
 */
export interface Listener {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/** group.* and offsets.* broker configs (Kafka's names, docs/groups.md). */
export interface GroupCoordinatorConfig {
  readonly minSessionTimeoutMs: number;
  readonly maxSessionTimeoutMs: number;
  readonly initialRebalanceDelayMs: number;
  readonly maxSize: number;
  readonly consumerSessionTimeoutMs: number;
  readonly consumerHeartbeatIntervalMs: number;
  readonly consumerMaxSize: number;
  readonly consumerAssignors: readonly string[];
  readonly offsetsTopicNumPartitions: number;
  readonly offsetsTopicReplicationFactor: number;
  readonly offsetsTopicSegmentBytes: number;
  readonly offsetsRetentionMs: number;
  readonly offsetsRetentionCheckIntervalMs: number;
  readonly offsetsCommitTimeoutMs: number;
  readonly offsetMetadataMaxBytes: number;
}

export interface QuorumVoter {
  readonly id: number;
  readonly host: string;
  readonly port: number;
}

export type ProcessRole = 'broker' | 'controller';

export interface BrokerConfig {
  readonly nodeId: number;
  /** process.roles; empty: a standalone single-node broker without a controller quorum. */
  readonly processRoles: ReadonlySet<ProcessRole>;
  /** controller.quorum.voters (id@host:port,...). */
  readonly controllerQuorumVoters: readonly QuorumVoter[];
  /** controller.listener.names: listeners that carry raft and controller RPCs, not clients. */
  readonly controllerListenerNames: readonly string[];
  readonly brokerHeartbeatIntervalMs: number;
  readonly brokerSessionTimeoutMs: number;
  readonly autoLeaderRebalanceEnable: boolean;
  readonly leaderImbalanceCheckIntervalMs: number;
  readonly controllerQuorumElectionTimeoutMs: number;
  readonly replicaLagTimeMaxMs: number;
  readonly logCleanerBackoffMs: number;
  readonly replicaHighWatermarkCheckpointIntervalMs: number;
  /** The group coordinator's group.* and offsets.* configs. */
  readonly groups: GroupCoordinatorConfig;
  /** replica.fetch.address.overrides: broker id -> address for replica fetching. */
  readonly replicaFetchAddressOverrides: ReadonlyMap<number, { host: string; port: number }>;
  readonly listeners: readonly Listener[];
  readonly advertisedListeners: readonly Listener[];
  readonly logDirs: readonly string[];
  readonly clusterId: string | null;
  readonly rack: string | null;
  readonly numPartitions: number;
  readonly defaultReplicationFactor: number;
  readonly autoCreateTopicsEnable: boolean;
  readonly deleteTopicEnable: boolean;
  readonly socketRequestMaxBytes: number;
  readonly connectionsMaxIdleMs: number;
  readonly logRetentionCheckIntervalMs: number;
  readonly logLevel: string;
  /** ops.listener: the HTTP endpoint for /healthz, /readyz and /metrics; null when off. */
  readonly opsListener: { readonly host: string; readonly port: number } | null;
  /** Broker-level defaults of topic configs, by topic config name (retention.ms, ...). */
  readonly topicDefaults: ReadonlyMap<string, ConfigValue>;
  /** Every key as set (for DescribeConfigs of the broker), string forms. */
  readonly raw: ReadonlyMap<string, string>;
}

const brokerDefs: readonly ConfigDef[] = [
  { name: 'node.id', type: 'int', defaultValue: 1, doc: 'This node\'s id in the cluster.' },
  { name: 'listeners', type: 'list', defaultValue: 'PLAINTEXT://127.0.0.1:9092', doc: 'Where the broker accepts connections.' },
  { name: 'advertised.listeners', type: 'list', defaultValue: null, doc: 'Addresses given to clients (default: listeners).' },
  { name: 'log.dirs', type: 'list', defaultValue: './gregor-data', doc: 'Directories holding partition logs (Gregor uses the first).' },
  { name: 'cluster.id', type: 'string', defaultValue: null, doc: 'Cluster id (normally read from meta.properties, written by `gregor storage format`).' },
  { name: 'broker.rack', type: 'string', defaultValue: null, doc: 'Rack of this broker.' },
  { name: 'num.partitions', type: 'int', defaultValue: 1, doc: 'Default partition count of new topics.' },
  { name: 'default.replication.factor', type: 'int', defaultValue: 1, doc: 'Default replication factor of new topics.' },
  { name: 'auto.create.topics.enable', type: 'boolean', defaultValue: true, doc: 'Create topics on Metadata requests for unknown topics.' },
  { name: 'delete.topic.enable', type: 'boolean', defaultValue: true, doc: 'Allow topic deletion.' },
  { name: 'socket.request.max.bytes', type: 'int', defaultValue: REQUEST_BYTES_MAX, doc: 'Largest request frame accepted.' },
  { name: 'connections.max.idle.ms', type: 'long', defaultValue: CONNECTION_IDLE_MS, doc: 'Idle connections are closed after this.' },
  { name: 'log.retention.check.interval.ms', type: 'long', defaultValue: 300_000, doc: 'How often retention runs.' },
  { name: 'log.level', type: 'string', defaultValue: 'info', doc: 'Gregor: pino log level (fatal, error, warn, info, debug, trace, silent).' },
  { name: 'process.roles', type: 'list', defaultValue: '', doc: 'broker, controller, or both (combined); empty runs a standalone broker without a quorum.' },
  { name: 'controller.quorum.voters', type: 'list', defaultValue: '', doc: 'The controller quorum: id@host:port of every voter.' },
  { name: 'controller.listener.names', type: 'list', defaultValue: 'CONTROLLER', doc: 'Listeners used by the controller quorum and broker-to-controller RPCs.' },
  { name: 'broker.heartbeat.interval.ms', type: 'int', defaultValue: 2000, doc: 'How often a broker heartbeats to the controller.' },
  { name: 'broker.session.timeout.ms', type: 'int', defaultValue: 9000, doc: 'A broker that misses heartbeats this long is fenced.' },
  { name: 'auto.leader.rebalance.enable', type: 'boolean', defaultValue: true, doc: 'Move leadership back to preferred replicas periodically.' },
  { name: 'leader.imbalance.check.interval.seconds', type: 'long', defaultValue: 300, doc: 'How often the preferred leader check runs.' },
  { name: 'controller.quorum.election.timeout.ms', type: 'int', defaultValue: 1000, doc: 'Raft election timeout of the controller quorum.' },
  { name: 'replica.lag.time.max.ms', type: 'long', defaultValue: 30_000, doc: 'A follower not caught up with the leader for this long leaves the ISR.' },
  { name: 'log.cleaner.backoff.ms', type: 'long', defaultValue: 15_000, doc: 'How often the log cleaner looks for compacted topics with enough dirty data.' },
  { name: 'replica.fetch.address.overrides', type: 'list', defaultValue: '', doc: 'Gregor: id@host:port per broker, used instead of advertised addresses for replica fetching (NAT, or the fault-injecting proxies of the chaos suite).' },
  { name: 'replica.high.watermark.checkpoint.interval.ms', type: 'long', defaultValue: 5000, doc: 'How often high watermarks are saved to disk.' },
  { name: 'ops.listener', type: 'string', defaultValue: null, doc: 'Gregor: http://host:port of the operations endpoint (/healthz, /readyz, /metrics in Prometheus format); off when unset (the container image sets it).' },
  // The group coordinator (docs/groups.md).
  { name: 'group.min.session.timeout.ms', type: 'int', defaultValue: 6000, doc: 'The smallest session timeout a classic group member may ask for.' },
  { name: 'group.max.session.timeout.ms', type: 'int', defaultValue: 1_800_000, doc: 'The largest session timeout a classic group member may ask for.' },
  { name: 'group.initial.rebalance.delay.ms', type: 'int', defaultValue: 3000, doc: 'How long the first rebalance of an empty group waits for more members.' },
  { name: 'group.max.size', type: 'int', defaultValue: 2_147_483_647, doc: 'Most members of one classic group.' },
  { name: 'group.consumer.session.timeout.ms', type: 'int', defaultValue: 45_000, doc: 'Session timeout of KIP-848 consumer group members.' },
  { name: 'group.consumer.heartbeat.interval.ms', type: 'int', defaultValue: 5000, doc: 'Heartbeat interval given to KIP-848 consumer group members.' },
  { name: 'group.consumer.max.size', type: 'int', defaultValue: 2_147_483_647, doc: 'Most members of one KIP-848 consumer group.' },
  { name: 'group.consumer.assignors', type: 'list', defaultValue: 'uniform,range', doc: 'Server-side assignors of KIP-848 consumer groups; the first is the default.' },
  { name: 'offsets.topic.num.partitions', type: 'int', defaultValue: 50, doc: 'Partitions of __consumer_offsets (fixed once it exists).' },
  { name: 'offsets.topic.replication.factor', type: 'int', defaultValue: 3, doc: 'Replication factor of __consumer_offsets, capped at the live brokers when it is created.' },
  { name: 'offsets.topic.segment.bytes', type: 'int', defaultValue: 104_857_600, doc: 'segment.bytes of __consumer_offsets (small, so compaction and loading stay fast).' },
  { name: 'offsets.retention.minutes', type: 'int', defaultValue: 10_080, doc: 'How long committed offsets of an empty group (or of topics a group no longer consumes) are kept.' },
  { name: 'offsets.retention.check.interval.ms', type: 'long', defaultValue: 600_000, doc: 'How often expired offsets are removed.' },
  { name: 'offsets.commit.timeout.ms', type: 'int', defaultValue: 5000, doc: 'How long a coordinator write waits for the replicas of __consumer_offsets.' },
  { name: 'offset.metadata.max.bytes', type: 'int', defaultValue: 4096, doc: 'Largest metadata string of a committed offset.' },
];

/**
 * Every broker-level key Gregor reads: its own keys, the broker synonyms of topic configs
 * (log.retention.ms, ...) and their hour/minute spellings. Deployment checks use it to prove that
 * the keys a Compose file or Kubernetes manifest sets exist.
 */
export function brokerConfigKeys(): Set<string> {
  const keys = new Set(brokerDefs.map((d) => d.name));
  for (const def of topicConfigDefs) if (def.brokerSynonym !== undefined) keys.add(def.brokerSynonym);
  for (const [alias] of TIME_ALIASES) keys.add(alias);
  return keys;
}

/** Parses ops.listener: `http://host:port` (port 0 picks a free one). */
export function parseOpsListener(text: string): { host: string; port: number } {
  const m = /^http:\/\/(\[[^\]]*\]|[^:/]*):(\d+)\/?$/.exec(text.trim());
  if (!m || Number(m[2]) > 65535) throw new Error(`invalid ops.listener ${JSON.stringify(text)} (expected http://host:port)`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}

/** Parses controller.quorum.voters: `1@host:9093,2@host:9093`. */
export function parseVoters(text: string): QuorumVoter[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const m = /^(\d+)@(\[[^\]]*\]|[^:]*):(\d+)$/.exec(s);
      if (!m) throw new Error(`invalid controller.quorum.voters entry ${JSON.stringify(s)} (expected id@host:port)`);
      return { id: Number(m[1]), host: m[2]!.replace(/^\[|\]$/g, ''), port: Number(m[3]) };
    });
}

/** Broker keys that set topic defaults but are spelled in hours or minutes too, as in Kafka. */
const TIME_ALIASES: ReadonlyArray<[string, string, number]> = [
  ['log.retention.hours', 'log.retention.ms', 3_600_000],
  ['log.retention.minutes', 'log.retention.ms', 60_000],
  ['log.roll.hours', 'log.roll.ms', 3_600_000],
];

export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const eq = line.search(/[=:]/);
    if (eq < 0) throw new Error(`config line without '=': ${rawLine}`);
    out.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return out;
}

export function readPropertiesFile(path: string): Map<string, string> {
  return parseProperties(readFileSync(path, 'utf8'));
}

/** GREGOR_LOG_DIRS -> log.dirs; GREGOR_NODE_ID -> node.id (Kafka Docker image convention). */
export function propertiesFromEnv(env: NodeJS.ProcessEnv): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('GREGOR_') || value === undefined) continue;
    const name = key
      .slice('GREGOR_'.length)
      .toLowerCase()
      .replace(/___/g, '-')
      .replace(/__/g, '\u0000')
      .replace(/_/g, '.')
      .replace(/\u0000/g, '_');
    out.set(name, value);
  }
  return out;
}

export function parseListeners(text: string): Listener[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const m = /^([A-Za-z0-9_]+):\/\/(\[[^\]]*\]|[^:]*):(\d+)$/.exec(s);
      if (!m) throw new Error(`invalid listener ${JSON.stringify(s)} (expected NAME://host:port)`);
      const port = Number(m[3]);
      if (port < 0 || port > 65535) throw new Error(`invalid port in listener ${s}`);
      return { name: m[1]!, host: m[2]!.replace(/^\[|\]$/g, ''), port };
    });
}

/** Builds a BrokerConfig from merged key/value sources (later sources win). */
export function buildBrokerConfig(...sources: ReadonlyArray<ReadonlyMap<string, string>>): BrokerConfig {
  const raw = new Map<string, string>();
  for (const source of sources) for (const [k, v] of source) raw.set(k, v);
  for (const [alias, target, factor] of TIME_ALIASES) {
    const v = raw.get(alias);
    if (v !== undefined && !raw.has(target)) raw.set(target, String(Number(v) * factor));
  }

  const get = (name: string): ConfigValue => {
    const def = brokerDefs.find((d) => d.name === name)!;
    const text = raw.get(name);
    if (text === undefined) return def.defaultValue;
    const checked = checkConfig(def, text);
    if ('error' in checked) throw new Error(checked.error);
    return checked.value;
  };

  const topicDefaults = new Map<string, ConfigValue>();
  for (const def of topicConfigDefs) {
    const text = def.brokerSynonym !== undefined ? raw.get(def.brokerSynonym) : undefined;
    if (text === undefined) {
      topicDefaults.set(def.name, def.defaultValue);
      continue;
    }
    const checked = checkConfig(def, text);
    if ('error' in checked) throw new Error(`${def.brokerSynonym}: ${checked.error}`);
    topicDefaults.set(def.name, checked.value);
  }

  const listeners = parseListeners(String(get('listeners')));
  if (listeners.length === 0) throw new Error('listeners must name at least one listener');
  const advertisedText = get('advertised.listeners');
  const advertisedListeners = advertisedText === null ? listeners : parseListeners(String(advertisedText));
  const logLevel = String(get('log.level'));
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new Error(`log.level must be one of fatal, error, warn, info, debug, trace, silent`);
  }

  const roles = String(get('process.roles') ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  for (const r of roles) if (r !== 'broker' && r !== 'controller') throw new Error(`process.roles: unknown role ${r}`);
  const voters = parseVoters(String(get('controller.quorum.voters') ?? ''));
  if (roles.length > 0 && voters.length === 0) throw new Error('process.roles is set but controller.quorum.voters is empty');
  if (roles.includes('controller') && !voters.some((v) => v.id === Number(get('node.id')))) {
    throw new Error(`node.id ${String(get('node.id'))} has the controller role but is not in controller.quorum.voters`);
  }
  const controllerListenerNames = String(get('controller.listener.names')).split(',').map((s) => s.trim()).filter((s) => s !== '');

  return {
    nodeId: Number(get('node.id')),
    processRoles: new Set(roles as ProcessRole[]),
    controllerQuorumVoters: voters,
    controllerListenerNames,
    brokerHeartbeatIntervalMs: Number(get('broker.heartbeat.interval.ms')),
    brokerSessionTimeoutMs: Number(get('broker.session.timeout.ms')),
    autoLeaderRebalanceEnable: get('auto.leader.rebalance.enable') === true,
    leaderImbalanceCheckIntervalMs: Number(get('leader.imbalance.check.interval.seconds')) * 1000,
    controllerQuorumElectionTimeoutMs: Number(get('controller.quorum.election.timeout.ms')),
    replicaLagTimeMaxMs: Number(get('replica.lag.time.max.ms')),
    logCleanerBackoffMs: Number(get('log.cleaner.backoff.ms')),
    replicaHighWatermarkCheckpointIntervalMs: Number(get('replica.high.watermark.checkpoint.interval.ms')),
    groups: {
      minSessionTimeoutMs: Number(get('group.min.session.timeout.ms')),
      maxSessionTimeoutMs: Number(get('group.max.session.timeout.ms')),
      initialRebalanceDelayMs: Number(get('group.initial.rebalance.delay.ms')),
      maxSize: Number(get('group.max.size')),
      consumerSessionTimeoutMs: Number(get('group.consumer.session.timeout.ms')),
      consumerHeartbeatIntervalMs: Number(get('group.consumer.heartbeat.interval.ms')),
      consumerMaxSize: Number(get('group.consumer.max.size')),
      consumerAssignors: String(get('group.consumer.assignors')).split(',').map((a) => a.trim()).filter((a) => a !== ''),
      offsetsTopicNumPartitions: Number(get('offsets.topic.num.partitions')),
      offsetsTopicReplicationFactor: Number(get('offsets.topic.replication.factor')),
      offsetsTopicSegmentBytes: Number(get('offsets.topic.segment.bytes')),
      offsetsRetentionMs: Number(get('offsets.retention.minutes')) * 60_000,
      offsetsRetentionCheckIntervalMs: Number(get('offsets.retention.check.interval.ms')),
      offsetsCommitTimeoutMs: Number(get('offsets.commit.timeout.ms')),
      offsetMetadataMaxBytes: Number(get('offset.metadata.max.bytes')),
    },
    replicaFetchAddressOverrides: new Map(parseVoters(String(get('replica.fetch.address.overrides') ?? '')).map((v) => [v.id, { host: v.host, port: v.port }])),
    listeners,
    advertisedListeners,
    logDirs: String(get('log.dirs')).split(',').map((s) => s.trim()),
    clusterId: get('cluster.id') as string | null,
    rack: get('broker.rack') as string | null,
    numPartitions: Number(get('num.partitions')),
    defaultReplicationFactor: Number(get('default.replication.factor')),
    autoCreateTopicsEnable: get('auto.create.topics.enable') === true,
    deleteTopicEnable: get('delete.topic.enable') === true,
    socketRequestMaxBytes: Number(get('socket.request.max.bytes')),
    connectionsMaxIdleMs: Number(get('connections.max.idle.ms')),
    logRetentionCheckIntervalMs: Number(get('log.retention.check.interval.ms')),
    logLevel,
    opsListener: get('ops.listener') === null ? null : parseOpsListener(String(get('ops.listener'))),
    topicDefaults,
    raw,
  };
}

/** Broker config entries for DescribeConfigs(BROKER): every known key with its value and source. */
export function describeBrokerConfig(config: BrokerConfig): Array<{ name: string; value: string | null; isDefault: boolean; def: ConfigDef }> {
  const out: Array<{ name: string; value: string | null; isDefault: boolean; def: ConfigDef }> = [];
  for (const def of brokerDefs) {
    const set = config.raw.get(def.name);
    out.push({ name: def.name, value: set ?? formatConfigValue(def.defaultValue), isDefault: set === undefined, def });
  }
  for (const def of topicConfigDefs) {
    if (def.brokerSynonym === undefined || out.some((e) => e.name === def.brokerSynonym)) continue;
    const set = config.raw.get(def.brokerSynonym);
    out.push({
      name: def.brokerSynonym,
      value: set ?? formatConfigValue(def.defaultValue),
      isDefault: set === undefined,
      def: { ...def, name: def.brokerSynonym },
    });
  }
  return out;
}
