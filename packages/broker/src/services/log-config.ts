import type { LogConfig } from '@gregor/storage';
import { topicConfigByName, checkConfig, type ConfigValue } from '@gregor/controller';

/**
 * A topic's effective configs: its dynamic overrides, else the broker-level default (the
 * broker config synonym), else Kafka's default. Returned as typed values by topic config name.
 */
export function effectiveTopicConfigs(
  overrides: Readonly<Record<string, string>>,
  brokerDefaults: ReadonlyMap<string, ConfigValue>,
): Map<string, ConfigValue> {
  const out = new Map<string, ConfigValue>(brokerDefaults);
  for (const [name, text] of Object.entries(overrides)) {
    const def = topicConfigByName.get(name);
    if (def === undefined) continue;
    const checked = checkConfig(def, text);
    if ('value' in checked) out.set(name, checked.value);
  }
  return out;
}

const num = (configs: ReadonlyMap<string, ConfigValue>, name: string): number => {
  const v = configs.get(name);
  if (typeof v !== 'number') throw new Error(`config ${name} is not a number: ${String(v)}`);
  return v;
};

/** Maps topic configs to the storage layer's LogConfig. */
export function toLogConfig(configs: ReadonlyMap<string, ConfigValue>): LogConfig {
  const never = (v: number) => (v >= Number.MAX_SAFE_INTEGER ? Infinity : v);
  return {
    segmentBytes: num(configs, 'segment.bytes'),
    segmentMs: num(configs, 'segment.ms'),
    retentionMs: num(configs, 'retention.ms'),
    retentionBytes: num(configs, 'retention.bytes'),
    flushMessages: never(num(configs, 'flush.messages')),
    flushMs: never(num(configs, 'flush.ms')),
    indexIntervalBytes: num(configs, 'index.interval.bytes'),
    segmentIndexBytes: num(configs, 'segment.index.bytes'),
    fileDeleteDelayMs: num(configs, 'file.delete.delay.ms'),
    preallocate: configs.get('preallocate') === true,
    cleanupPolicyCompact: String(configs.get('cleanup.policy')).split(',').map((x) => x.trim()).includes('compact'),
    cleanupPolicyDelete: String(configs.get('cleanup.policy')).split(',').map((x) => x.trim()).includes('delete'),
    deleteRetentionMs: num(configs, 'delete.retention.ms'),
    minCleanableDirtyRatio: Number(configs.get('min.cleanable.dirty.ratio')),
    minCompactionLagMs: num(configs, 'min.compaction.lag.ms'),
    maxCompactionLagMs: never(num(configs, 'max.compaction.lag.ms')),
  };
}
