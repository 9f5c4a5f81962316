import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';
import { ResourceType } from './config-resources.js';
import { describeBrokerConfigs, describeTopicConfigs, type DescribedConfig } from '../services/describe-configs.js';

/**
 * DescribeConfigs for topics and brokers: values with their source and synonyms (KIP-226),
 * types and documentation (KIP-569). Version 0 was removed by KIP-896.
 */
export const describeConfigsHandler = defineHandler({
  apiKey: 32,
  minVersion: 1,
  maxVersion: 4,
  handle(request, ctx) {
    const { metadata, config, nodeId } = ctx.services;
    const results = request.resources.map((resource) => {
      const base = { resourceType: resource.resourceType, resourceName: resource.resourceName };
      const error = (errorCode: number, errorMessage: string) => ({ ...base, errorCode, errorMessage, configs: [] });
      let configs: DescribedConfig[];
      switch (resource.resourceType) {
        case ResourceType.topic: {
          const topic = metadata.topic(resource.resourceName);
          if (topic === undefined) return error(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${resource.resourceName} does not exist`);
          configs = describeTopicConfigs(topic.configs, config);
          break;
        }
        case ResourceType.broker: {
          if (resource.resourceName !== '' && resource.resourceName !== String(nodeId)) {
            return error(ErrorCode.INVALID_REQUEST, `Unexpected broker id, expected ${nodeId} or empty string, but received ${resource.resourceName}`);
          }
          configs = describeBrokerConfigs(config);
          break;
        }
        default:
          return error(ErrorCode.INVALID_REQUEST, `Unsupported resource type ${resource.resourceType}`);
      }
      const keys = resource.configurationKeys;
      const selected = keys === null || keys.length === 0 ? configs : configs.filter((c) => keys.includes(c.name));
      return {
        ...base,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        configs: selected.map((c) => ({
          ...c,
          synonyms: request.includeSynonyms ? c.synonyms : [],
          documentation: request.includeDocumentation ? c.documentation : null,
        })),
      };
    });
    return { throttleTimeMs: 0, results };
  },
});
