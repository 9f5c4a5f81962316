// Generated from ShareGroupTargetAssignmentMemberValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupTargetAssignmentMemberValueVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareGroupTargetAssignmentMemberValue {
  topicPartitions: ShareGroupTargetAssignmentMemberValueTopicPartition[];
}

export function defaultShareGroupTargetAssignmentMemberValue(): ShareGroupTargetAssignmentMemberValue {
  return {
    topicPartitions: [],
  };
}

export function encodeShareGroupTargetAssignmentMemberValue(w: Writer, version: number, m: ShareGroupTargetAssignmentMemberValue): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareGroupTargetAssignmentMemberValue has no version ' + version);
  const flexible = true;
  const a0 = m.topicPartitions;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeShareGroupTargetAssignmentMemberValueTopicPartition(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupTargetAssignmentMemberValue(r: Reader, version: number): ShareGroupTargetAssignmentMemberValue {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareGroupTargetAssignmentMemberValue has no version ' + version);
  const flexible = true;
  let f_topicPartitions: ShareGroupTargetAssignmentMemberValueTopicPartition[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('ShareGroupTargetAssignmentMemberValue.TopicPartitions is null but not nullable in version ' + version);
  const arr3: ShareGroupTargetAssignmentMemberValueTopicPartition[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeShareGroupTargetAssignmentMemberValueTopicPartition(r, version));
  }
  f_topicPartitions = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupTargetAssignmentMemberValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicPartitions: f_topicPartitions,
  };
}

export interface ShareGroupTargetAssignmentMemberValueTopicPartition {
  topicId: string;
  partitions: number[];
}

export function defaultShareGroupTargetAssignmentMemberValueTopicPartition(): ShareGroupTargetAssignmentMemberValueTopicPartition {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeShareGroupTargetAssignmentMemberValueTopicPartition(w: Writer, version: number, m: ShareGroupTargetAssignmentMemberValueTopicPartition): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    w.int32(e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupTargetAssignmentMemberValueTopicPartition(r: Reader, version: number): ShareGroupTargetAssignmentMemberValueTopicPartition {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: number[];
  const n7 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ShareGroupTargetAssignmentMemberValue.Partitions is null but not nullable in version ' + version);
  const arr8: number[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(r.int32());
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupTargetAssignmentMemberValueTopicPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    partitions: f_partitions,
  };
}

