import { ErrorCode } from '@gregor/protocol';
import type { RequestContext } from './handler.js';
import { ResourceType } from './config-resources.js';
import type { ConfigOp } from '../services/metadata.js';

export interface AlterResource {
  resourceType: number;
  resourceName: string;
  replace: boolean;
  ops: Array<{ name: string; op: ConfigOp; value: string | null }>;
}

/**
 * The common part of AlterConfigs and IncrementalAlterConfigs: topic resources go to the topic
 * admin; broker configs are static in Gregor for now (set in server.properties), so altering
 * them is refused with INVALID_REQUEST and a message saying so.
 */
export async function alterConfigResources(resources: readonly AlterResource[], validateOnly: boolean, ctx: RequestContext) {
  const responses = resources.map((r) => ({
    resourceType: r.resourceType,
    resourceName: r.resourceName,
    errorCode: ErrorCode.NONE as number,
    errorMessage: null as string | null,
  }));
  const topicIndexes: number[] = [];
  resources.forEach((r, i) => {
    if (r.resourceType === ResourceType.topic) topicIndexes.push(i);
    else if (r.resourceType === ResourceType.broker) {
      responses[i]!.errorCode = ErrorCode.INVALID_REQUEST;
      responses[i]!.errorMessage = 'Dynamic broker configs are not supported; set them in the broker config file.';
    } else {
      responses[i]!.errorCode = ErrorCode.INVALID_REQUEST;
      responses[i]!.errorMessage = `Unsupported resource type ${r.resourceType}`;
    }
  });
  if (topicIndexes.length > 0) {
    const results = await ctx.services.admin.alterTopicConfigs(
      topicIndexes.map((i) => ({ name: resources[i]!.resourceName, replace: resources[i]!.replace, ops: resources[i]!.ops })),
      validateOnly,
    );
    topicIndexes.forEach((i, j) => {
      responses[i]!.errorCode = results[j]!.errorCode;
      responses[i]!.errorMessage = results[j]!.errorMessage;
    });
  }
  return responses;
}
