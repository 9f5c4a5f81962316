// Goal: topic admin validation answers exactly as Kafka does (error code and message) for names,
// partition counts, replication factors and configs, and IncrementalAlterConfigs operations
// compose as KIP-339 describes. Method: direct calls.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@gregor/protocol';
import { applyConfigOps, checkPartitionCount, checkReplicationFactor, checkTopicConfigs, checkTopicName, collidingTopic } from './topic-rules.js';

describe('topic rules', () => {
  it('validates names like Topic.validate', () => {
    expect(checkTopicName('orders.v1_x-2').errorCode).toBe(ErrorCode.NONE);
    for (const bad of ['', '.', '..', 'a/b', 'a b', 'x'.repeat(250), 'ü']) {
      expect(checkTopicName(bad).errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    }
    expect(collidingTopic('a.b', ['a_b', 'c'])).toBe('a_b');
    expect(collidingTopic('a.b', ['a.b'])).toBeUndefined();
  });

  it('validates partition counts and replication factors', () => {
    expect(checkPartitionCount(0).errorCode).toBe(ErrorCode.INVALID_PARTITIONS);
    expect(checkPartitionCount(12).errorCode).toBe(ErrorCode.NONE);
    expect(checkReplicationFactor(0, 3).errorCode).toBe(ErrorCode.INVALID_REPLICATION_FACTOR);
    expect(checkReplicationFactor(4, 3)).toEqual({
      errorCode: ErrorCode.INVALID_REPLICATION_FACTOR,
      errorMessage: 'Unable to replicate the partition 4 time(s): The target replication factor of 4 cannot be reached because only 3 broker(s) are registered.',
    });
  });

  it('validates config names and values', () => {
    expect(checkTopicConfigs([{ name: 'retention.ms', value: '1000' }])).toEqual({ configs: { 'retention.ms': '1000' } });
    expect(checkTopicConfigs([{ name: 'retention.ms', value: 'x' }])).toMatchObject({ errorCode: ErrorCode.INVALID_CONFIG });
    expect(checkTopicConfigs([{ name: 'cleanup.policy', value: 'compact,delete' }])).toMatchObject({ configs: {} });
    expect(checkTopicConfigs([{ name: 'cleanup.policy', value: 'shred' }])).toMatchObject({ errorCode: ErrorCode.INVALID_CONFIG });
    expect(checkTopicConfigs([{ name: 'compression.type', value: 'brotli' }])).toMatchObject({ errorCode: ErrorCode.INVALID_CONFIG });
    expect(checkTopicConfigs([{ name: 'nope', value: '1' }])).toEqual({ errorCode: ErrorCode.INVALID_CONFIG, errorMessage: 'Unknown topic config name: nope' });
  });

  it('applies SET, DELETE, APPEND and SUBTRACT', () => {
    const start = { 'retention.ms': '1000', 'cleanup.policy': 'delete' };
    expect(applyConfigOps(start, false, [{ name: 'retention.ms', op: 'delete', value: null }])).toEqual({ configs: { 'cleanup.policy': 'delete' } });
    expect(applyConfigOps(start, false, [{ name: 'cleanup.policy', op: 'append', value: 'compact' }])).toEqual({
      configs: { 'retention.ms': '1000', 'cleanup.policy': 'delete,compact' },
    });
    expect(applyConfigOps({ 'cleanup.policy': 'delete,compact' }, false, [{ name: 'cleanup.policy', op: 'subtract', value: 'delete' }])).toEqual({
      configs: { 'cleanup.policy': 'compact' },
    });
    expect(applyConfigOps(start, true, [{ name: 'segment.ms', op: 'set', value: '60000' }])).toEqual({ configs: { 'segment.ms': '60000' } });
    expect(applyConfigOps(start, false, [{ name: 'retention.ms', op: 'append', value: '1' }])).toMatchObject({ errorCode: ErrorCode.INVALID_CONFIG });
  });
});
