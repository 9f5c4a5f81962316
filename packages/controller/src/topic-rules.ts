import { ErrorCode } from '@gregor/protocol';
import { checkConfig, topicConfigByName } from './config-defs.js';
import { PARTITIONS_PER_TOPIC_MAX, TOPIC_NAME_LENGTH_MAX } from './limits.js';

/**
 * Validation rules for topic admin requests, as Kafka applies them (Topic.validate,
 * ControllerApis/ReplicationControlManager): pure functions returning Kafka's error code and
 * message, shared by the single-node controller and the Raft-backed controller.
 */

/** Outcome of one item of an admin request: Kafka's error code and message, or success. */
export interface AdminResult {
  readonly errorCode: number;
  readonly errorMessage: string | null;
}

/** IncrementalAlterConfigs operation types (KIP-339: SET=0, DELETE=1, APPEND=2, SUBTRACT=3). */
export type ConfigOp = 'set' | 'delete' | 'append' | 'subtract';

export const ok: AdminResult = { errorCode: ErrorCode.NONE, errorMessage: null };

const fail = (errorCode: number, errorMessage: string): AdminResult => ({ errorCode, errorMessage });

const LEGAL_TOPIC_NAME = /^[a-zA-Z0-9._-]+$/;

/** Kafka's Topic.validate. */
export function checkTopicName(name: string): AdminResult {
  if (name.length === 0) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, "Topic name is illegal, it can't be empty");
  if (name === '.' || name === '..') return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, 'Topic name cannot be "." or ".."');
  if (name.length > TOPIC_NAME_LENGTH_MAX) {
    return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic name is illegal, it can't be longer than ${TOPIC_NAME_LENGTH_MAX} characters, topic name: ${name}`);
  }
  if (!LEGAL_TOPIC_NAME.test(name)) {
    return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`);
  }
  return ok;
}

/** Kafka rejects names that differ only by '.' vs '_' from an existing topic (metric name clash). */
export function collidingTopic(name: string, existing: Iterable<string>): string | undefined {
  const key = name.replace(/\./g, '_');
  for (const other of existing) if (other !== name && other.replace(/\./g, '_') === key) return other;
  return undefined;
}

export function checkPartitionCount(count: number): AdminResult {
  if (count <= 0) return fail(ErrorCode.INVALID_PARTITIONS, 'Number of partitions was set to an invalid non-positive value.');
  if (count > PARTITIONS_PER_TOPIC_MAX) {
    return fail(ErrorCode.INVALID_PARTITIONS, `Number of partitions ${count} exceeds the limit of ${PARTITIONS_PER_TOPIC_MAX}.`);
  }
  return ok;
}

export function checkReplicationFactor(factor: number, brokerCount: number): AdminResult {
  if (factor <= 0) {
    return fail(ErrorCode.INVALID_REPLICATION_FACTOR, 'Replication factor must be larger than 0, or -1 to use the default value.');
  }
  if (factor > brokerCount) {
    return fail(
      ErrorCode.INVALID_REPLICATION_FACTOR,
      `Unable to replicate the partition ${factor} time(s): The target replication factor of ${factor} cannot be reached because only ${brokerCount} broker(s) are registered.`,
    );
  }
  return ok;
}

/** Validates topic config overrides; returns the normalised overrides or the first error. */
export function checkTopicConfigs(
  configs: ReadonlyArray<{ name: string; value: string | null }>,
): { configs: Record<string, string> } | AdminResult {
  const out: Record<string, string> = {};
  for (const { name, value } of configs) {
    const def = topicConfigByName.get(name);
    if (def === undefined) return fail(ErrorCode.INVALID_CONFIG, `Unknown topic config name: ${name}`);
    if (value === null) return fail(ErrorCode.INVALID_CONFIG, `Null value not supported for topic configs: ${name}`);
    const checked = checkConfig(def, value);
    if ('error' in checked) return fail(ErrorCode.INVALID_CONFIG, checked.error);
    out[name] = value.trim();
  }
  return { configs: out };
}

/** Applies IncrementalAlterConfigs operations (KIP-339) to a topic's overrides. */
export function applyConfigOps(
  current: Readonly<Record<string, string>>,
  replace: boolean,
  ops: ReadonlyArray<{ name: string; op: ConfigOp; value: string | null }>,
): { configs: Record<string, string> } | AdminResult {
  const next: Record<string, string> = replace ? {} : { ...current };
  const seen = new Set<string>();
  for (const { name, op, value } of ops) {
    if (seen.has(name)) return fail(ErrorCode.INVALID_REQUEST, `Duplicate config ${name} in the request`);
    seen.add(name);
    const def = topicConfigByName.get(name);
    if (def === undefined) return fail(ErrorCode.INVALID_CONFIG, `Unknown topic config name: ${name}`);
    switch (op) {
      case 'set': {
        if (value === null) {
          if (replace) continue;
          return fail(ErrorCode.INVALID_CONFIG, `Null value not supported for topic configs: ${name}`);
        }
        next[name] = value;
        break;
      }
      case 'delete':
        delete next[name];
        break;
      case 'append':
      case 'subtract': {
        if (def.type !== 'list') return fail(ErrorCode.INVALID_CONFIG, `Config value append/subtract is not allowed for config key ${name}`);
        const base = (next[name] ?? String(def.defaultValue ?? '')).split(',').map((s) => s.trim()).filter((s) => s !== '');
        const items = (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        const merged = op === 'append' ? [...base, ...items.filter((i) => !base.includes(i))] : base.filter((b) => !items.includes(b));
        next[name] = merged.join(',');
        break;
      }
    }
  }
  const checked = checkTopicConfigs(Object.entries(next).map(([name, value]) => ({ name, value })));
  return 'configs' in checked ? { configs: checked.configs } : checked;
}
