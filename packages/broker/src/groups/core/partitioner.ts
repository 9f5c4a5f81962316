/**
 * Which __consumer_offsets partition holds a group: Kafka's
 * `Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions`, where hashCode is Java's
 * String.hashCode over UTF-16 code units and Utils.abs maps Integer.MIN_VALUE to 0 (it is
 * `n & 0x7fffffff`, not Math.abs). Clients and tools that compute a group's coordinator
 * themselves (kafka-consumer-groups, some proxies) rely on getting exactly this answer.
 */
export function javaStringHashCode(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

export function groupPartition(groupId: string, partitionCount: number): number {
  if (!Number.isInteger(partitionCount) || partitionCount <= 0) throw new Error(`partition count must be positive, got ${partitionCount}`);
  return (javaStringHashCode(groupId) & 0x7fffffff) % partitionCount;
}
