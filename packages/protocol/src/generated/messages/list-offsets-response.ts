// Generated from ListOffsetsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listOffsetsResponseVersions = { min: 0, max: 10, flexibleMin: 6 } as const;

export interface ListOffsetsResponse {
  throttleTimeMs: number;
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
}

export function defaultListOffsetsResponse(): ListOffsetsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

export function encodeListOffsetsResponse(w: Writer, version: number, m: ListOffsetsResponse): void {
  if (!(version >= 0 && version <= 10)) throw new EncodeError('ListOffsetsResponse has no version ' + version);
  const flexible = version >= 6;
  if (version >= 2) {
    w.int32(m.throttleTimeMs);
  }
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeListOffsetsResponseListOffsetsTopicResponse(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListOffsetsResponse(r: Reader, version: number): ListOffsetsResponse {
  if (!(version >= 0 && version <= 10)) throw new DecodeError('ListOffsetsResponse has no version ' + version);
  const flexible = version >= 6;
  let f_throttleTimeMs: number = 0;
  if (version >= 2) {
    f_throttleTimeMs = r.int32();
  }
  let f_topics: ListOffsetsResponseListOffsetsTopicResponse[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('ListOffsetsResponse.Topics is null but not nullable in version ' + version);
  const arr3: ListOffsetsResponseListOffsetsTopicResponse[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeListOffsetsResponseListOffsetsTopicResponse(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListOffsetsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
  };
}

export interface ListOffsetsResponseListOffsetsTopicResponse {
  name: string;
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
}

export function defaultListOffsetsResponseListOffsetsTopicResponse(): ListOffsetsResponseListOffsetsTopicResponse {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeListOffsetsResponseListOffsetsTopicResponse(w: Writer, version: number, m: ListOffsetsResponseListOffsetsTopicResponse): void {
  const flexible = version >= 6;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeListOffsetsResponseListOffsetsPartitionResponse(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListOffsetsResponseListOffsetsTopicResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsTopicResponse {
  const flexible = version >= 6;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
  const n7 = flexible ? r.compactArrayLength(27) : r.arrayLength(10);
  if (n7 === -1) throw new DecodeError('ListOffsetsResponse.Partitions is null but not nullable in version ' + version);
  const arr8: ListOffsetsResponseListOffsetsPartitionResponse[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeListOffsetsResponseListOffsetsPartitionResponse(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListOffsetsResponseListOffsetsTopicResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitions: f_partitions,
  };
}

export interface ListOffsetsResponseListOffsetsPartitionResponse {
  partitionIndex: number;
  errorCode: number;
  oldStyleOffsets: bigint[];
  timestamp: bigint;
  offset: bigint;
  leaderEpoch: number;
}

export function defaultListOffsetsResponseListOffsetsPartitionResponse(): ListOffsetsResponseListOffsetsPartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    oldStyleOffsets: [],
    timestamp: -1n,
    offset: -1n,
    leaderEpoch: -1,
  };
}

export function encodeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, version: number, m: ListOffsetsResponseListOffsetsPartitionResponse): void {
  const flexible = version >= 6;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (version <= 0) {
    const a10 = m.oldStyleOffsets;
    if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
    for (const e11 of a10) {
      w.int64(e11);
    }
  }
  if (version >= 1) {
    w.int64(m.timestamp);
  }
  if (version >= 1) {
    w.int64(m.offset);
  }
  if (version >= 4) {
    w.int32(m.leaderEpoch);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListOffsetsResponseListOffsetsPartitionResponse(r: Reader, version: number): ListOffsetsResponseListOffsetsPartitionResponse {
  const flexible = version >= 6;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_oldStyleOffsets: bigint[] = [];
  if (version <= 0) {
    const n12 = flexible ? r.compactArrayLength(1) : r.arrayLength(8);
    if (n12 === -1) throw new DecodeError('ListOffsetsResponse.OldStyleOffsets is null but not nullable in version ' + version);
    const arr13: bigint[] = [];
    for (let i14 = 0; i14 < n12; i14++) {
      arr13.push(r.int64());
    }
    f_oldStyleOffsets = arr13;
  }
  let f_timestamp: bigint = -1n;
  if (version >= 1) {
    f_timestamp = r.int64();
  }
  let f_offset: bigint = -1n;
  if (version >= 1) {
    f_offset = r.int64();
  }
  let f_leaderEpoch: number = -1;
  if (version >= 4) {
    f_leaderEpoch = r.int32();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListOffsetsResponseListOffsetsPartitionResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    oldStyleOffsets: f_oldStyleOffsets,
    timestamp: f_timestamp,
    offset: f_offset,
    leaderEpoch: f_leaderEpoch,
  };
}

