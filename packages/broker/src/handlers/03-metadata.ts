import { ErrorCode, ZERO_UUID, type MetadataResponseMetadataResponseTopic } from '@gregor/protocol';
import { defineHandler, type RequestContext } from './handler.js';
import { CLUSTER_AUTHORIZED_OPERATIONS, TOPIC_AUTHORIZED_OPERATIONS, UNREQUESTED_AUTHORIZED_OPERATIONS } from './acl-ops.js';
import type { TopicState } from '../services/metadata.js';
import { checkTopicName } from '@gregor/controller';

/**
 * Metadata: brokers, controller, cluster id and the requested topics with their partitions'
 * leaders, epochs, replicas and ISR. Unknown topics are created when the request allows it
 * (v4+ allowAutoTopicCreation, always before v4) and auto.create.topics.enable is on, as Kafka
 * does; a created topic is answered at once with its partitions rather than with Kafka's
 * LEADER_NOT_AVAILABLE, because here it is writable as soon as it exists.
 */
export const metadataHandler = defineHandler({
  apiKey: 3,
  minVersion: 0,
  maxVersion: 12,
  async handle(request, ctx) {
    const { metadata, config, admin } = ctx.services;
    const v = ctx.apiVersion;
    const allTopics = request.topics === null || (v === 0 && request.topics.length === 0);

    const topics: MetadataResponseMetadataResponseTopic[] = [];
    if (allTopics) {
      for (const topic of metadata.topics()) topics.push(describeTopic(topic, request.includeTopicAuthorizedOperations));
    } else {
      const toCreate: string[] = [];
      const answers: Array<MetadataResponseMetadataResponseTopic | string> = [];
      for (const requested of request.topics ?? []) {
        if (requested.name === null) {
          const topic = metadata.topicById(requested.topicId);
          answers.push(
            topic !== undefined
              ? describeTopic(topic, request.includeTopicAuthorizedOperations)
              : // Response names are nullable only from v12; older versions get an empty name.
                errorTopic(v >= 12 ? null : '', requested.topicId, ErrorCode.UNKNOWN_TOPIC_ID),
          );
          continue;
        }
        const topic = metadata.topic(requested.name);
        if (topic !== undefined) {
          answers.push(describeTopic(topic, request.includeTopicAuthorizedOperations));
          continue;
        }
        if (checkTopicName(requested.name).errorCode !== ErrorCode.NONE) {
          answers.push(errorTopic(requested.name, ZERO_UUID, ErrorCode.INVALID_TOPIC_EXCEPTION));
          continue;
        }
        const mayCreate = (v < 4 || request.allowAutoTopicCreation) && config.autoCreateTopicsEnable;
        if (mayCreate && !requested.name.startsWith('__')) {
          toCreate.push(requested.name);
          answers.push(requested.name);
        } else {
          answers.push(errorTopic(requested.name, ZERO_UUID, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION));
        }
      }
      if (toCreate.length > 0) {
        const unique = [...new Set(toCreate)];
        const results = await admin.createTopics(
          unique.map((name) => ({ name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: [] })),
          false,
        );
        unique.forEach((name, i) => {
          const r = results[i]!;
          if (r.errorCode !== ErrorCode.NONE && r.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
            ctx.log.warn({ topic: name, error: r.errorMessage }, 'auto topic creation failed');
          } else {
            ctx.log.info({ topic: name }, 'topic auto-created');
          }
        });
      }
      for (const answer of answers) {
        if (typeof answer !== 'string') {
          topics.push(answer);
          continue;
        }
        const topic = metadata.topic(answer);
        topics.push(
          topic !== undefined
            ? describeTopic(topic, request.includeTopicAuthorizedOperations)
            : errorTopic(answer, ZERO_UUID, ErrorCode.LEADER_NOT_AVAILABLE),
        );
      }
    }

    return {
      throttleTimeMs: 0,
      brokers: advertisedBrokers(ctx),
      clusterId: metadata.clusterId,
      controllerId: metadata.controllerId,
      topics,
      clusterAuthorizedOperations: request.includeClusterAuthorizedOperations
        ? CLUSTER_AUTHORIZED_OPERATIONS
        : UNREQUESTED_AUTHORIZED_OPERATIONS,
    };
  },
});

function advertisedBrokers(ctx: RequestContext) {
  return ctx.services.metadata.brokers(ctx.listenerName).map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack }));
}

function errorTopic(name: string | null, topicId: string, errorCode: number): MetadataResponseMetadataResponseTopic {
  return { errorCode, name, topicId, isInternal: false, partitions: [], topicAuthorizedOperations: UNREQUESTED_AUTHORIZED_OPERATIONS };
}

function describeTopic(topic: TopicState, includeOps: boolean): MetadataResponseMetadataResponseTopic {
  return {
    errorCode: ErrorCode.NONE,
    name: topic.name,
    topicId: topic.topicId,
    isInternal: topic.isInternal,
    partitions: topic.partitions.map((p) => ({
      errorCode: p.leader >= 0 ? ErrorCode.NONE : ErrorCode.LEADER_NOT_AVAILABLE,
      partitionIndex: p.partition,
      leaderId: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicaNodes: [...p.replicas],
      isrNodes: [...p.isr],
      offlineReplicas: [],
    })),
    topicAuthorizedOperations: includeOps ? TOPIC_AUTHORIZED_OPERATIONS : UNREQUESTED_AUTHORIZED_OPERATIONS,
  };
}
