/** ConfigResource types (org.apache.kafka.common.config.ConfigResource.Type). */
export const ResourceType = { unknown: 0, topic: 2, broker: 4, brokerLogger: 8, clientMetrics: 16, group: 32 } as const;
