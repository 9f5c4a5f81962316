/**
 * Definitions of the configs Gregor understands: topic-level configs (with the broker-level
 * default each falls back to, Kafka's "synonym") and broker configs. DescribeConfigs,
 * CreateTopics, AlterConfigs and the CLI all validate and describe through this one table.
 */

/** DescribeConfigs configType (KIP-569). */
export const ConfigType = { unknown: 0, boolean: 1, string: 2, int: 3, short: 4, long: 5, double: 6, list: 7, class: 8, password: 9 } as const;
export type ConfigTypeName = Exclude<keyof typeof ConfigType, 'unknown'>;

/** DescribeConfigs configSource (KIP-226). */
export const ConfigSource = {
  unknown: 0,
  dynamicTopic: 1,
  dynamicBroker: 2,
  dynamicDefaultBroker: 3,
  staticBroker: 4,
  default: 5,
  dynamicBrokerLogger: 6,
} as const;

export type ConfigValue = string | number | boolean | null;

export interface ConfigDef {
  readonly name: string;
  readonly type: ConfigTypeName;
  readonly defaultValue: ConfigValue;
  /** Returns an error message for an invalid (already parsed) value. */
  readonly validate?: (value: ConfigValue) => string | undefined;
  readonly doc: string;
  /** For topic configs: the broker config that supplies the default. */
  readonly brokerSynonym?: string;
  readonly readOnly?: boolean;
  readonly sensitive?: boolean;
}

const LONG_MAX = Number.MAX_SAFE_INTEGER; // Kafka's Long.MAX_VALUE sentinels, as far as JS numbers go
const DAY_MS = 24 * 60 * 60 * 1000;

const atLeast = (min: number) => (v: ConfigValue) =>
  typeof v === 'number' && v >= min ? undefined : `must be at least ${min}`;
const oneOf = (...values: string[]) => (v: ConfigValue) =>
  typeof v === 'string' && values.includes(v) ? undefined : `must be one of ${values.join(', ')}`;
const listOf = (...values: string[]) => (v: ConfigValue) =>
  typeof v === 'string' && v.split(',').every((s) => values.includes(s.trim()))
    ? undefined
    : `must be a list of ${values.join(', ')}`;
const between = (min: number, max: number) => (v: ConfigValue) =>
  typeof v === 'number' && v >= min && v <= max ? undefined : `must be between ${min} and ${max}`;

export const COMPRESSION_TYPES = ['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

/** Topic-level configs (the subset Gregor implements; Kafka's names, types and defaults). */
export const topicConfigDefs: readonly ConfigDef[] = [
  { name: 'cleanup.policy', type: 'list', defaultValue: 'delete', validate: listOf('delete', 'compact'), brokerSynonym: 'log.cleanup.policy', doc: 'Retention policy for old segments: delete and/or compact.' },
  { name: 'compression.type', type: 'string', defaultValue: 'producer', validate: oneOf(...COMPRESSION_TYPES), brokerSynonym: 'compression.type', doc: "Final compression of the topic's batches; 'producer' keeps the producer's codec." },
  { name: 'delete.retention.ms', type: 'long', defaultValue: DAY_MS, validate: atLeast(0), brokerSynonym: 'log.cleaner.delete.retention.ms', doc: 'How long tombstones are kept in compacted topics.' },
  { name: 'file.delete.delay.ms', type: 'long', defaultValue: 60_000, validate: atLeast(0), brokerSynonym: 'log.segment.delete.delay.ms', doc: 'Time to wait before deleting a file from the filesystem.' },
  { name: 'flush.messages', type: 'long', defaultValue: LONG_MAX, validate: atLeast(1), brokerSynonym: 'log.flush.interval.messages', doc: 'fsync after this many messages (default: leave it to the OS).' },
  { name: 'flush.ms', type: 'long', defaultValue: LONG_MAX, validate: atLeast(0), brokerSynonym: 'log.flush.interval.ms', doc: 'fsync when unflushed data is older than this (default: leave it to the OS).' },
  { name: 'index.interval.bytes', type: 'int', defaultValue: 4096, validate: atLeast(0), brokerSynonym: 'log.index.interval.bytes', doc: 'Bytes between offset index entries.' },
  { name: 'max.compaction.lag.ms', type: 'long', defaultValue: LONG_MAX, validate: atLeast(1), brokerSynonym: 'log.cleaner.max.compaction.lag.ms', doc: 'Longest a message stays ineligible for compaction.' },
  { name: 'max.message.bytes', type: 'int', defaultValue: 1048588, validate: atLeast(0), brokerSynonym: 'message.max.bytes', doc: 'Largest record batch size allowed.' },
  { name: 'message.timestamp.type', type: 'string', defaultValue: 'CreateTime', validate: oneOf('CreateTime', 'LogAppendTime'), brokerSynonym: 'log.message.timestamp.type', doc: 'Whether timestamps are the producer\'s (CreateTime) or the broker\'s (LogAppendTime).' },
  { name: 'message.timestamp.before.max.ms', type: 'long', defaultValue: LONG_MAX, validate: atLeast(0), brokerSynonym: 'log.message.timestamp.before.max.ms', doc: 'Largest allowed age of a CreateTime timestamp (KIP-937).' },
  { name: 'message.timestamp.after.max.ms', type: 'long', defaultValue: LONG_MAX, validate: atLeast(0), brokerSynonym: 'log.message.timestamp.after.max.ms', doc: 'Largest allowed distance of a CreateTime timestamp into the future (KIP-937).' },
  { name: 'min.cleanable.dirty.ratio', type: 'double', defaultValue: 0.5, validate: between(0, 1), brokerSynonym: 'log.cleaner.min.cleanable.ratio', doc: 'Dirty ratio above which the log is compacted.' },
  { name: 'min.compaction.lag.ms', type: 'long', defaultValue: 0, validate: atLeast(0), brokerSynonym: 'log.cleaner.min.compaction.lag.ms', doc: 'Shortest time a message stays uncompacted.' },
  { name: 'min.insync.replicas', type: 'int', defaultValue: 1, validate: atLeast(1), brokerSynonym: 'min.insync.replicas', doc: 'Replicas that must acknowledge an acks=all write.' },
  { name: 'preallocate', type: 'boolean', defaultValue: false, brokerSynonym: 'log.preallocate', doc: 'Preallocate segment files.' },
  { name: 'retention.bytes', type: 'long', defaultValue: -1, validate: atLeast(-1), brokerSynonym: 'log.retention.bytes', doc: 'Largest size of a partition before old segments are deleted (-1: no limit).' },
  { name: 'retention.ms', type: 'long', defaultValue: 7 * DAY_MS, validate: atLeast(-1), brokerSynonym: 'log.retention.ms', doc: 'Longest a segment is kept (-1: forever).' },
  { name: 'segment.bytes', type: 'int', defaultValue: 1024 * 1024 * 1024, validate: atLeast(14), brokerSynonym: 'log.segment.bytes', doc: 'Segment file size.' },
  { name: 'segment.index.bytes', type: 'int', defaultValue: 10 * 1024 * 1024, validate: atLeast(4), brokerSynonym: 'log.index.size.max.bytes', doc: 'Size of the offset index per segment.' },
  { name: 'segment.jitter.ms', type: 'long', defaultValue: 0, validate: atLeast(0), brokerSynonym: 'log.roll.jitter.ms', doc: 'Random jitter subtracted from segment.ms.' },
  { name: 'segment.ms', type: 'long', defaultValue: 7 * DAY_MS, validate: atLeast(1), brokerSynonym: 'log.roll.ms', doc: 'Time after which a segment is rolled.' },
  { name: 'unclean.leader.election.enable', type: 'boolean', defaultValue: false, brokerSynonym: 'unclean.leader.election.enable', doc: 'Allow an out-of-sync replica to become leader (may lose data).' },
];

export const topicConfigByName: ReadonlyMap<string, ConfigDef> = new Map(topicConfigDefs.map((d) => [d.name, d]));

/** Parses a config value from its string form per its type; returns an error message on failure. */
export function parseConfigValue(def: ConfigDef, raw: string | null): { value: ConfigValue } | { error: string } {
  if (raw === null) return { value: null };
  const text = raw.trim();
  switch (def.type) {
    case 'boolean':
      if (text === 'true' || text === 'false') return { value: text === 'true' };
      return { error: `${def.name}: expected true or false, got ${JSON.stringify(raw)}` };
    case 'int':
    case 'short':
    case 'long': {
      if (!/^-?\d+$/.test(text)) return { error: `${def.name}: expected an integer, got ${JSON.stringify(raw)}` };
      const n = Number(text);
      const max = def.type === 'int' ? 2 ** 31 - 1 : def.type === 'short' ? 32767 : Number.MAX_SAFE_INTEGER;
      // Long.MAX_VALUE (9223372036854775807) is Kafka's "never": clamp it to our own sentinel.
      if (def.type === 'long' && BigInt(text) >= BigInt(Number.MAX_SAFE_INTEGER)) return { value: LONG_MAX };
      if (n > max || n < -max - 1) return { error: `${def.name}: ${text} is out of range for ${def.type}` };
      return { value: n };
    }
    case 'double': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) return { error: `${def.name}: expected a number, got ${JSON.stringify(raw)}` };
      return { value: n };
    }
    case 'string':
    case 'list':
    case 'class':
    case 'password':
      return { value: text };
  }
}

/** Parses and validates; returns the value or an error message. */
export function checkConfig(def: ConfigDef, raw: string | null): { value: ConfigValue } | { error: string } {
  const parsed = parseConfigValue(def, raw);
  if ('error' in parsed) return parsed;
  if (parsed.value === null) return { error: `${def.name}: null is not allowed` };
  const problem = def.validate?.(parsed.value);
  return problem === undefined ? parsed : { error: `Invalid value ${raw} for configuration ${def.name}: ${problem}` };
}

/** The string form Kafka shows in DescribeConfigs. */
export function formatConfigValue(value: ConfigValue): string | null {
  if (value === null) return null;
  if (typeof value === 'number' && value === LONG_MAX) return '9223372036854775807';
  return String(value);
}
