// Generated from DescribeQuorumRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeQuorumRequestVersions = { min: 0, max: 2, flexibleMin: 0 } as const;

export interface DescribeQuorumRequest {
  topics: DescribeQuorumRequestTopicData[];
}

export function defaultDescribeQuorumRequest(): DescribeQuorumRequest {
  return {
    topics: [],
  };
}

export function encodeDescribeQuorumRequest(w: Writer, version: number, m: DescribeQuorumRequest): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('DescribeQuorumRequest has no version ' + version);
  const flexible = true;
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeQuorumRequestTopicData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeQuorumRequest(r: Reader, version: number): DescribeQuorumRequest {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('DescribeQuorumRequest has no version ' + version);
  const flexible = true;
  let f_topics: DescribeQuorumRequestTopicData[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('DescribeQuorumRequest.Topics is null but not nullable in version ' + version);
  const arr3: DescribeQuorumRequestTopicData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeQuorumRequestTopicData(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeQuorumRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topics: f_topics,
  };
}

export interface DescribeQuorumRequestTopicData {
  topicName: string;
  partitions: DescribeQuorumRequestPartitionData[];
}

export function defaultDescribeQuorumRequestTopicData(): DescribeQuorumRequestTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

export function encodeDescribeQuorumRequestTopicData(w: Writer, version: number, m: DescribeQuorumRequestTopicData): void {
  const flexible = true;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDescribeQuorumRequestPartitionData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeQuorumRequestTopicData(r: Reader, version: number): DescribeQuorumRequestTopicData {
  const flexible = true;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: DescribeQuorumRequestPartitionData[];
  const n7 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('DescribeQuorumRequest.Partitions is null but not nullable in version ' + version);
  const arr8: DescribeQuorumRequestPartitionData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDescribeQuorumRequestPartitionData(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeQuorumRequestTopicData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    partitions: f_partitions,
  };
}

export interface DescribeQuorumRequestPartitionData {
  partitionIndex: number;
}

export function defaultDescribeQuorumRequestPartitionData(): DescribeQuorumRequestPartitionData {
  return {
    partitionIndex: 0,
  };
}

export function encodeDescribeQuorumRequestPartitionData(w: Writer, version: number, m: DescribeQuorumRequestPartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeQuorumRequestPartitionData(r: Reader, version: number): DescribeQuorumRequestPartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeQuorumRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
  };
}

