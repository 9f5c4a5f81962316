// Generated from ShareGroupStatePartitionMetadataValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupStatePartitionMetadataValueVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareGroupStatePartitionMetadataValue {
  initializedTopics: ShareGroupStatePartitionMetadataValueTopicPartitionsInfo[];
  deletingTopics: ShareGroupStatePartitionMetadataValueTopicInfo[];
}

export function defaultShareGroupStatePartitionMetadataValue(): ShareGroupStatePartitionMetadataValue {
  return {
    initializedTopics: [],
    deletingTopics: [],
  };
}

export function encodeShareGroupStatePartitionMetadataValue(w: Writer, version: number, m: ShareGroupStatePartitionMetadataValue): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareGroupStatePartitionMetadataValue has no version ' + version);
  const flexible = true;
  const a0 = m.initializedTopics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeShareGroupStatePartitionMetadataValueTopicPartitionsInfo(w, version, e1);
  }
  const a2 = m.deletingTopics;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    encodeShareGroupStatePartitionMetadataValueTopicInfo(w, version, e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupStatePartitionMetadataValue(r: Reader, version: number): ShareGroupStatePartitionMetadataValue {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareGroupStatePartitionMetadataValue has no version ' + version);
  const flexible = true;
  let f_initializedTopics: ShareGroupStatePartitionMetadataValueTopicPartitionsInfo[];
  const n4 = flexible ? r.compactArrayLength(19) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('ShareGroupStatePartitionMetadataValue.InitializedTopics is null but not nullable in version ' + version);
  const arr5: ShareGroupStatePartitionMetadataValueTopicPartitionsInfo[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeShareGroupStatePartitionMetadataValueTopicPartitionsInfo(r, version));
  }
  f_initializedTopics = arr5;
  let f_deletingTopics: ShareGroupStatePartitionMetadataValueTopicInfo[];
  const n7 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ShareGroupStatePartitionMetadataValue.DeletingTopics is null but not nullable in version ' + version);
  const arr8: ShareGroupStatePartitionMetadataValueTopicInfo[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeShareGroupStatePartitionMetadataValueTopicInfo(r, version));
  }
  f_deletingTopics = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupStatePartitionMetadataValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    initializedTopics: f_initializedTopics,
    deletingTopics: f_deletingTopics,
  };
}

export interface ShareGroupStatePartitionMetadataValueTopicPartitionsInfo {
  topicId: string;
  topicName: string;
  partitions: number[];
}

export function defaultShareGroupStatePartitionMetadataValueTopicPartitionsInfo(): ShareGroupStatePartitionMetadataValueTopicPartitionsInfo {
  return {
    topicId: ZERO_UUID,
    topicName: "",
    partitions: [],
  };
}

export function encodeShareGroupStatePartitionMetadataValueTopicPartitionsInfo(w: Writer, version: number, m: ShareGroupStatePartitionMetadataValueTopicPartitionsInfo): void {
  const flexible = true;
  w.uuid(m.topicId);
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    w.int32(e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupStatePartitionMetadataValueTopicPartitionsInfo(r: Reader, version: number): ShareGroupStatePartitionMetadataValueTopicPartitionsInfo {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: number[];
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('ShareGroupStatePartitionMetadataValue.Partitions is null but not nullable in version ' + version);
  const arr13: number[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(r.int32());
  }
  f_partitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupStatePartitionMetadataValueTopicPartitionsInfo: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    topicName: f_topicName,
    partitions: f_partitions,
  };
}

export interface ShareGroupStatePartitionMetadataValueTopicInfo {
  topicId: string;
  topicName: string;
}

export function defaultShareGroupStatePartitionMetadataValueTopicInfo(): ShareGroupStatePartitionMetadataValueTopicInfo {
  return {
    topicId: ZERO_UUID,
    topicName: "",
  };
}

export function encodeShareGroupStatePartitionMetadataValueTopicInfo(w: Writer, version: number, m: ShareGroupStatePartitionMetadataValueTopicInfo): void {
  const flexible = true;
  w.uuid(m.topicId);
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupStatePartitionMetadataValueTopicInfo(r: Reader, version: number): ShareGroupStatePartitionMetadataValueTopicInfo {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupStatePartitionMetadataValueTopicInfo: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    topicName: f_topicName,
  };
}

