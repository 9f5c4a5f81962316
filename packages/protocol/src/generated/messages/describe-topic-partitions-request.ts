// Generated from DescribeTopicPartitionsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeTopicPartitionsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DescribeTopicPartitionsRequest {
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  responsePartitionLimit: number;
  cursor: DescribeTopicPartitionsRequestCursor | null;
}

export function defaultDescribeTopicPartitionsRequest(): DescribeTopicPartitionsRequest {
  return {
    topics: [],
    responsePartitionLimit: 2000,
    cursor: null,
  };
}

export function encodeDescribeTopicPartitionsRequest(w: Writer, version: number, m: DescribeTopicPartitionsRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DescribeTopicPartitionsRequest has no version ' + version);
  const flexible = true;
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeTopicPartitionsRequestTopicRequest(w, version, e1);
  }
  w.int32(m.responsePartitionLimit);
  const s2 = m.cursor;
  if (s2 === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    encodeDescribeTopicPartitionsRequestCursor(w, version, s2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTopicPartitionsRequest(r: Reader, version: number): DescribeTopicPartitionsRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DescribeTopicPartitionsRequest has no version ' + version);
  const flexible = true;
  let f_topics: DescribeTopicPartitionsRequestTopicRequest[];
  const n3 = flexible ? r.compactArrayLength(2) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('DescribeTopicPartitionsRequest.Topics is null but not nullable in version ' + version);
  const arr4: DescribeTopicPartitionsRequestTopicRequest[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeDescribeTopicPartitionsRequestTopicRequest(r, version));
  }
  f_topics = arr4;
  let f_responsePartitionLimit: number;
  f_responsePartitionLimit = r.int32();
  let f_cursor: DescribeTopicPartitionsRequestCursor | null;
  const m6 = r.int8();
  if (m6 < 0) {
    f_cursor = null;
  } else f_cursor = decodeDescribeTopicPartitionsRequestCursor(r, version);
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTopicPartitionsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topics: f_topics,
    responsePartitionLimit: f_responsePartitionLimit,
    cursor: f_cursor,
  };
}

export interface DescribeTopicPartitionsRequestTopicRequest {
  name: string;
}

export function defaultDescribeTopicPartitionsRequestTopicRequest(): DescribeTopicPartitionsRequestTopicRequest {
  return {
    name: "",
  };
}

export function encodeDescribeTopicPartitionsRequestTopicRequest(w: Writer, version: number, m: DescribeTopicPartitionsRequestTopicRequest): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTopicPartitionsRequestTopicRequest(r: Reader, version: number): DescribeTopicPartitionsRequestTopicRequest {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTopicPartitionsRequestTopicRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
  };
}

export interface DescribeTopicPartitionsRequestCursor {
  topicName: string;
  partitionIndex: number;
}

export function defaultDescribeTopicPartitionsRequestCursor(): DescribeTopicPartitionsRequestCursor {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

export function encodeDescribeTopicPartitionsRequestCursor(w: Writer, version: number, m: DescribeTopicPartitionsRequestCursor): void {
  const flexible = true;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  w.int32(m.partitionIndex);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTopicPartitionsRequestCursor(r: Reader, version: number): DescribeTopicPartitionsRequestCursor {
  const flexible = true;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTopicPartitionsRequestCursor: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    partitionIndex: f_partitionIndex,
  };
}

