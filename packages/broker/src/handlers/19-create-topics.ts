import { ErrorCode, ZERO_UUID } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import { describeTopicConfigs } from '../services/describe-configs.js';

/**
 * CreateTopics (incl. validateOnly). Defaults: numPartitions -1 uses num.partitions and
 * replicationFactor -1 uses default.replication.factor (KIP-464). From v5 the response carries
 * the created topic's partition count, replication factor and configs (KIP-525). Versions 0-1
 * were removed by KIP-896.
 */
export const createTopicsHandler = defineHandler({
  apiKey: 19,
  minVersion: 2,
  maxVersion: 7,
  async handle(request, ctx) {
    const { admin, config } = ctx.services;
    const results = await admin.createTopics(
      request.topics.map((t) => ({
        name: t.name,
        numPartitions: t.numPartitions,
        replicationFactor: t.replicationFactor,
        assignments: t.assignments.map((a) => ({ partitionIndex: a.partitionIndex, brokerIds: a.brokerIds })),
        configs: t.configs.map((c) => ({ name: c.name, value: c.value })),
      })),
      request.validateOnly,
    );
    return {
      throttleTimeMs: 0,
      topics: request.topics.map((t, i) => {
        const r = results[i]!;
        if (r.errorCode !== ErrorCode.NONE) {
          return { name: t.name, topicId: ZERO_UUID, errorCode: r.errorCode, errorMessage: r.errorMessage, numPartitions: -1, replicationFactor: -1, configs: null };
        }
        return {
          name: t.name,
          topicId: r.topicId ?? ZERO_UUID,
          errorCode: ErrorCode.NONE,
          errorMessage: null,
          numPartitions: r.numPartitions ?? -1,
          replicationFactor: r.replicationFactor ?? -1,
          configs: describeTopicConfigs(r.configs ?? {}, config).map((c) => ({
            name: c.name,
            value: c.value,
            readOnly: c.readOnly,
            configSource: c.configSource,
            isSensitive: c.isSensitive,
          })),
        };
      }),
    };
  },
});
