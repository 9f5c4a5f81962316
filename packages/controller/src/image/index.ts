export { PMap, type PKey } from './pmap.js';
export {
  MetadataImage,
  mergePartitionChange,
  partitionKey,
  parsePartitionKey,
  partitionRecord,
  type BrokerRegistration,
  type PartitionRegistration,
  type TopicImage,
} from './metadata-image.js';
export { diff, localChanges, type BrokerDelta, type LocalReplicaChanges, type MetadataDelta, type PartitionDelta } from './delta.js';
export { decodeMetadataSnapshot, encodeMetadataSnapshot, imagesEqual } from './snapshot.js';
export { MetadataLoader } from './metadata-loader.js';
