// Generated from DescribeProducersRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeProducersRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DescribeProducersRequest {
  topics: DescribeProducersRequestTopicRequest[];
}

export function defaultDescribeProducersRequest(): DescribeProducersRequest {
  return {
    topics: [],
  };
}

export function encodeDescribeProducersRequest(w: Writer, version: number, m: DescribeProducersRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DescribeProducersRequest has no version ' + version);
  const flexible = true;
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeProducersRequestTopicRequest(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeProducersRequest(r: Reader, version: number): DescribeProducersRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DescribeProducersRequest has no version ' + version);
  const flexible = true;
  let f_topics: DescribeProducersRequestTopicRequest[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('DescribeProducersRequest.Topics is null but not nullable in version ' + version);
  const arr3: DescribeProducersRequestTopicRequest[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeProducersRequestTopicRequest(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeProducersRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topics: f_topics,
  };
}

export interface DescribeProducersRequestTopicRequest {
  name: string;
  partitionIndexes: number[];
}

export function defaultDescribeProducersRequestTopicRequest(): DescribeProducersRequestTopicRequest {
  return {
    name: "",
    partitionIndexes: [],
  };
}

export function encodeDescribeProducersRequestTopicRequest(w: Writer, version: number, m: DescribeProducersRequestTopicRequest): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitionIndexes;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    w.int32(e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeProducersRequestTopicRequest(r: Reader, version: number): DescribeProducersRequestTopicRequest {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitionIndexes: number[];
  const n7 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('DescribeProducersRequest.PartitionIndexes is null but not nullable in version ' + version);
  const arr8: number[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(r.int32());
  }
  f_partitionIndexes = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeProducersRequestTopicRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitionIndexes: f_partitionIndexes,
  };
}

