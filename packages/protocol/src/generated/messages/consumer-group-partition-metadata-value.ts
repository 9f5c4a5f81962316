// Generated from ConsumerGroupPartitionMetadataValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupPartitionMetadataValueVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ConsumerGroupPartitionMetadataValue {
  topics: ConsumerGroupPartitionMetadataValueTopicMetadata[];
}

export function defaultConsumerGroupPartitionMetadataValue(): ConsumerGroupPartitionMetadataValue {
  return {
    topics: [],
  };
}

export function encodeConsumerGroupPartitionMetadataValue(w: Writer, version: number, m: ConsumerGroupPartitionMetadataValue): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ConsumerGroupPartitionMetadataValue has no version ' + version);
  const flexible = true;
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeConsumerGroupPartitionMetadataValueTopicMetadata(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupPartitionMetadataValue(r: Reader, version: number): ConsumerGroupPartitionMetadataValue {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ConsumerGroupPartitionMetadataValue has no version ' + version);
  const flexible = true;
  let f_topics: ConsumerGroupPartitionMetadataValueTopicMetadata[];
  const n2 = flexible ? r.compactArrayLength(23) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('ConsumerGroupPartitionMetadataValue.Topics is null but not nullable in version ' + version);
  const arr3: ConsumerGroupPartitionMetadataValueTopicMetadata[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeConsumerGroupPartitionMetadataValueTopicMetadata(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupPartitionMetadataValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topics: f_topics,
  };
}

export interface ConsumerGroupPartitionMetadataValueTopicMetadata {
  topicId: string;
  topicName: string;
  numPartitions: number;
  partitionMetadata: ConsumerGroupPartitionMetadataValuePartitionMetadata[];
}

export function defaultConsumerGroupPartitionMetadataValueTopicMetadata(): ConsumerGroupPartitionMetadataValueTopicMetadata {
  return {
    topicId: ZERO_UUID,
    topicName: "",
    numPartitions: 0,
    partitionMetadata: [],
  };
}

export function encodeConsumerGroupPartitionMetadataValueTopicMetadata(w: Writer, version: number, m: ConsumerGroupPartitionMetadataValueTopicMetadata): void {
  const flexible = true;
  w.uuid(m.topicId);
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  w.int32(m.numPartitions);
  const a5 = m.partitionMetadata;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeConsumerGroupPartitionMetadataValuePartitionMetadata(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupPartitionMetadataValueTopicMetadata(r: Reader, version: number): ConsumerGroupPartitionMetadataValueTopicMetadata {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_numPartitions: number;
  f_numPartitions = r.int32();
  let f_partitionMetadata: ConsumerGroupPartitionMetadataValuePartitionMetadata[];
  const n7 = flexible ? r.compactArrayLength(6) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ConsumerGroupPartitionMetadataValue.PartitionMetadata is null but not nullable in version ' + version);
  const arr8: ConsumerGroupPartitionMetadataValuePartitionMetadata[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeConsumerGroupPartitionMetadataValuePartitionMetadata(r, version));
  }
  f_partitionMetadata = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupPartitionMetadataValueTopicMetadata: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    topicName: f_topicName,
    numPartitions: f_numPartitions,
    partitionMetadata: f_partitionMetadata,
  };
}

export interface ConsumerGroupPartitionMetadataValuePartitionMetadata {
  partition: number;
  racks: string[];
}

export function defaultConsumerGroupPartitionMetadataValuePartitionMetadata(): ConsumerGroupPartitionMetadataValuePartitionMetadata {
  return {
    partition: 0,
    racks: [],
  };
}

export function encodeConsumerGroupPartitionMetadataValuePartitionMetadata(w: Writer, version: number, m: ConsumerGroupPartitionMetadataValuePartitionMetadata): void {
  const flexible = true;
  w.int32(m.partition);
  const a10 = m.racks;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    if (flexible) w.compactString(e11); else w.string(e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeConsumerGroupPartitionMetadataValuePartitionMetadata(r: Reader, version: number): ConsumerGroupPartitionMetadataValuePartitionMetadata {
  const flexible = true;
  let f_partition: number;
  f_partition = r.int32();
  let f_racks: string[];
  const n12 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('ConsumerGroupPartitionMetadataValue.Racks is null but not nullable in version ' + version);
  const arr13: string[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(flexible ? r.compactString() : r.string());
  }
  f_racks = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ConsumerGroupPartitionMetadataValuePartitionMetadata: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partition: f_partition,
    racks: f_racks,
  };
}

