import { defineHandler } from './handler.js';
import { alterConfigResources } from './alter-configs-shared.js';

/** AlterConfigs (legacy): the given configs replace all of a topic's overrides. */
export const alterConfigsHandler = defineHandler({
  apiKey: 33,
  minVersion: 0,
  maxVersion: 2,
  async handle(request, ctx) {
    const responses = await alterConfigResources(
      request.resources.map((r) => ({
        resourceType: r.resourceType,
        resourceName: r.resourceName,
        replace: true,
        ops: r.configs.map((c) => ({ name: c.name, op: 'set' as const, value: c.value })),
      })),
      request.validateOnly,
      ctx,
    );
    return { throttleTimeMs: 0, responses };
  },
});
