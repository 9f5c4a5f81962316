export { parseBootstrapServers, parseBrokerAddress, formatAddress, type BrokerAddress } from './address.js';
export {
  Admin,
  AlterConfigOp,
  ConfigResourceType,
  ConfigSource,
  offsetSpecTimestamp,
  type AdminOptions,
  type AlterConfigOpName,
  type ClusterDescription,
  type ConfigAlteration,
  type ConfigEntry,
  type ConfigResource,
  type ConfigResourceDescription,
  type ConfigResourceTypeName,
  type CreatedTopic,
  type NewTopic,
  type OffsetSpec,
  type PartitionOffset,
  type TopicDescription,
} from './admin.js';
export { BatchBuilder, headerList, type HeaderInput, type RecordBytes, type RecordHeaders } from './batch-builder.js';
export { BufferPool } from './buffer-pool.js';
export { Client, sleep, type BrokerInfo, type ClientOptions, type ClusterMetadata, type PartitionInfo, type TopicInfo } from './client.js';
export { Connection, type ApiKeyNumber, type ConnectionOptions, type SendOptions } from './connection.js';
export {
  Consumer,
  toConsumerRecords,
  type Assignment,
  type AutoOffsetReset,
  type ConsumerBatch,
  type ConsumerOptions,
  type ConsumerRecord,
  type StartPosition,
} from './consumer.js';
export {
  ClientClosedError,
  ClientTimeoutError,
  ConnectionError,
  isRetriable,
  isStaleMetadataCode,
  RequestTimeoutError,
  UnsupportedVersionError,
} from './errors.js';
export { FrameReceiver } from './frame-receiver.js';
export * from './limits.js';
export { murmur2, partitionForKey, StickyPartitioner, toPositive } from './partitioner.js';
export { Producer, type Acks, type DeliveryCallback, type ProducerOptions, type ProducerRecord, type RecordMetadata } from './producer.js';
export { clientVersionRange, negotiateVersions } from './versions.js';
export { KafkaError, ErrorCode } from '@gregor/protocol';
