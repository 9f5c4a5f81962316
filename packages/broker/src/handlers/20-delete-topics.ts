import { ErrorCode, ZERO_UUID } from '@gregor/protocol';
import { defineHandler } from './handler.js';

/**
 * DeleteTopics, by name (v0-5) or by name or topic id (v6+, KIP-516). delete.topic.enable=false
 * answers TOPIC_DELETION_DISABLED. Version 0 was removed by KIP-896.
 */
export const deleteTopicsHandler = defineHandler({
  apiKey: 20,
  minVersion: 1,
  maxVersion: 6,
  async handle(request, ctx) {
    const { admin, metadata, config } = ctx.services;
    const wanted =
      ctx.apiVersion >= 6
        ? request.topics.map((t) => ({ name: t.name, topicId: t.topicId }))
        : request.topicNames.map((name) => ({ name: name as string | null, topicId: ZERO_UUID }));
    const resolved = wanted.map((w) => {
      const topic = w.name !== null ? metadata.topic(w.name) : metadata.topicById(w.topicId);
      return { ...w, topic };
    });
    const responses = resolved.map((r) => ({
      name: r.topic?.name ?? r.name,
      topicId: r.topic?.topicId ?? r.topicId,
      errorCode: ErrorCode.NONE as number,
      errorMessage: null as string | null,
    }));
    if (!config.deleteTopicEnable) {
      for (const r of responses) {
        r.errorCode = ErrorCode.TOPIC_DELETION_DISABLED;
        r.errorMessage = 'Topic deletion is disabled.';
      }
      return { throttleTimeMs: 0, responses };
    }
    const toDelete: string[] = [];
    resolved.forEach((r, i) => {
      if (r.topic === undefined) {
        responses[i]!.errorCode = r.name === null ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      } else if (r.name !== null && r.topicId !== ZERO_UUID && r.topic.topicId !== r.topicId) {
        responses[i]!.errorCode = ErrorCode.INVALID_REQUEST;
        responses[i]!.errorMessage = 'Topic name and id do not match';
      } else {
        toDelete.push(r.topic.name);
      }
    });
    const unique = [...new Set(toDelete)];
    const results = await admin.deleteTopics(unique);
    resolved.forEach((r, i) => {
      const at = r.topic === undefined ? -1 : unique.indexOf(r.topic.name);
      if (at >= 0 && responses[i]!.errorCode === ErrorCode.NONE) {
        responses[i]!.errorCode = results[at]!.errorCode;
        responses[i]!.errorMessage = results[at]!.errorMessage;
      }
    });
    return { throttleTimeMs: 0, responses };
  },
});
