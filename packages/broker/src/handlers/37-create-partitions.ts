import { defineHandler } from './handler.js';

/** CreatePartitions (KIP-195): grows a topic's partition count, optionally with assignments. */
export const createPartitionsHandler = defineHandler({
  apiKey: 37,
  minVersion: 0,
  maxVersion: 3,
  async handle(request, ctx) {
    const results = await ctx.services.admin.createPartitions(
      request.topics.map((t) => ({
        name: t.name,
        count: t.count,
        assignments: t.assignments === null ? null : t.assignments.map((a) => a.brokerIds),
      })),
      request.validateOnly,
    );
    return {
      throttleTimeMs: 0,
      results: request.topics.map((t, i) => ({ name: t.name, errorCode: results[i]!.errorCode, errorMessage: results[i]!.errorMessage })),
    };
  },
});
