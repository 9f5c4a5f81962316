import {
  decodeRecordBatch,
  ErrorCode,
  validateProducedBatches,
  type ProduceResponsePartitionProduceResponse,
  type ProduceResponseTopicProduceResponse,
} from '@gregor/protocol';
import { defineHandler, NO_RESPONSE } from './handler.js';
import { applyTopicCompression } from '../services/recompress.js';
import { PRODUCE_TIMEOUT_MS_MAX } from '../limits.js';
import { UNSAFE_ACK_BEFORE_REPLICATION } from '../unsafe.js';
import { producerBatchOf } from '@gregor/replication';

/**
 * Produce. Each partition's batches are validated from their headers (magic, CRC-32C, lengths,
 * record counts; records stay opaque), given offsets by patching the batch headers in place and
 * appended. Batches are only re-encoded when the topic's compression.type differs from the
 * producer's codec. acks=all waits until the high watermark covers the batch (every ISR member
 * has it) or the request times out. acks=0 gets no response at all, as in Kafka. Versions 0-2 (message format
 * v0/v1) were removed by KIP-896 and are not served.
 */
export const produceHandler = defineHandler({
  apiKey: 0,
  minVersion: 3,
  maxVersion: 11,
  advertisedMinVersion: 0,
  requestBytesReusable: true,
  async handle(request, ctx) {
    const { metadata, replicas } = ctx.services;
    const waits: Array<Promise<void>> = [];
    const acks = request.acks;
    const validAcks = acks === -1 || acks === 0 || acks === 1;

    const responses: ProduceResponseTopicProduceResponse[] = request.topicData.map((topicData) => {
      const topic = metadata.topic(topicData.name);
      const partitionResponses = topicData.partitionData.map((data): ProduceResponsePartitionProduceResponse => {
        const fail = (errorCode: number, errorMessage: string | null = null, logStartOffset = -1n) => ({
          index: data.index,
          errorCode,
          baseOffset: -1n,
          logAppendTimeMs: -1n,
          logStartOffset,
          recordErrors: [],
          errorMessage,
        });
        if (!validAcks) return fail(ErrorCode.INVALID_REQUIRED_ACKS);
        if (topic === undefined || topic.partitions[data.index] === undefined) {
          return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        }
        const partition = replicas.partition(topic.name, data.index);
        if (partition === undefined || partition.state.leader !== replicas.nodeId) {
          return fail(ErrorCode.NOT_LEADER_OR_FOLLOWER);
        }
        if (data.records === null || data.records.length === 0) {
          return fail(ErrorCode.CORRUPT_MESSAGE, 'Produce request has no record batches');
        }
        const maxMessageBytes = Number(partition.configs.get('max.message.bytes'));
        const validation = validateProducedBatches(data.records, { maxMessageBytes, produceVersion: ctx.apiVersion });
        if (!validation.ok) {
          return fail(validation.errorCode, validation.message, BigInt(partition.log.logStartOffset));
        }
        if (String(partition.configs.get('cleanup.policy')).includes('compact')) {
          // Compaction keeps the latest record per key, so a keyless record has no place in a
          // compacted topic; Kafka refuses it with INVALID_RECORD (this decodes the batch, on
          // compacted topics only).
          const keyless = decodeRecordBatch(data.records).records.findIndex((r) => r.key === null);
          if (keyless >= 0) {
            return {
              ...fail(ErrorCode.INVALID_RECORD, `Compacted topic cannot accept message without key in topic partition ${topicData.name}-${data.index}.`, BigInt(partition.log.logStartOffset)),
              recordErrors: [{ batchIndex: keyless, batchIndexErrorMessage: 'Compacted topic cannot accept message without key' }],
            };
          }
        }
        const compressionType = String(partition.configs.get('compression.type'));
        const batches = applyTopicCompression(data.records, compressionType);
        const leaderEpoch = partition.leaderEpoch;
        const header = validation.batches[0]!.header;
        const producerBatch = header.producerId >= 0n ? producerBatchOf(header) : undefined;
        const outcome = replicas.appendAsLeader(partition, batches, acks === -1, producerBatch);
        const response: ProduceResponsePartitionProduceResponse = {
          index: data.index,
          errorCode: outcome.errorCode,
          baseOffset: BigInt(outcome.baseOffset),
          logAppendTimeMs: BigInt(outcome.logAppendTimeMs),
          logStartOffset: BigInt(outcome.logStartOffset),
          recordErrors: outcome.recordErrors.map((e) => ({ batchIndex: e.batchIndex, batchIndexErrorMessage: e.message })),
          errorMessage: outcome.errorMessage,
        };
        if (acks === -1 && outcome.errorCode === ErrorCode.NONE && !UNSAFE_ACK_BEFORE_REPLICATION) {
          // acks=all: answer once every ISR member has the batch (the high watermark covers it;
          // for a duplicate, the original batch).
          const requiredOffset = outcome.lastOffset + 1;
          const timeoutMs = Math.min(Math.max(request.timeoutMs, 0), PRODUCE_TIMEOUT_MS_MAX);
          waits.push(
            replicas.waitForReplication(partition, requiredOffset, leaderEpoch, timeoutMs).then((errorCode) => {
              response.errorCode = errorCode;
              if (errorCode !== ErrorCode.NONE) response.errorMessage = null;
            }),
          );
        }
        return response;
      });
      return { name: topicData.name, partitionResponses };
    });

    await Promise.all(waits);
    if (acks === 0) return NO_RESPONSE;
    return { responses, throttleTimeMs: 0 };
  },
});
