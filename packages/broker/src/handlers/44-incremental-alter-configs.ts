import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import { alterConfigResources } from './alter-configs-shared.js';
import type { ConfigOp } from '../services/metadata.js';

const OPS: readonly ConfigOp[] = ['set', 'delete', 'append', 'subtract'];

/** IncrementalAlterConfigs (KIP-339): SET, DELETE, APPEND and SUBTRACT per config. */
export const incrementalAlterConfigsHandler = defineHandler({
  apiKey: 44,
  minVersion: 0,
  maxVersion: 1,
  async handle(request, ctx) {
    const invalid = request.resources.map((r) => r.configs.some((c) => OPS[c.configOperation] === undefined));
    const responses = await alterConfigResources(
      request.resources
        .filter((_, i) => !invalid[i])
        .map((r) => ({
          resourceType: r.resourceType,
          resourceName: r.resourceName,
          replace: false,
          ops: r.configs.map((c) => ({ name: c.name, op: OPS[c.configOperation]!, value: c.value })),
        })),
      request.validateOnly,
      ctx,
    );
    let next = 0;
    return {
      throttleTimeMs: 0,
      responses: request.resources.map((r, i) =>
        invalid[i]
          ? { resourceType: r.resourceType, resourceName: r.resourceName, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Unknown config operation' }
          : responses[next++]!,
      ),
    };
  },
});
