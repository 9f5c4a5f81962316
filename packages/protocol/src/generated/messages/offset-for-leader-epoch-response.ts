// Generated from OffsetForLeaderEpochResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetForLeaderEpochResponseVersions = { min: 0, max: 4, flexibleMin: 4 } as const;

export interface OffsetForLeaderEpochResponse {
  throttleTimeMs: number;
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
}

export function defaultOffsetForLeaderEpochResponse(): OffsetForLeaderEpochResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

export function encodeOffsetForLeaderEpochResponse(w: Writer, version: number, m: OffsetForLeaderEpochResponse): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('OffsetForLeaderEpochResponse has no version ' + version);
  const flexible = version >= 4;
  if (version >= 2) {
    w.int32(m.throttleTimeMs);
  }
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetForLeaderEpochResponse(r: Reader, version: number): OffsetForLeaderEpochResponse {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('OffsetForLeaderEpochResponse has no version ' + version);
  const flexible = version >= 4;
  let f_throttleTimeMs: number = 0;
  if (version >= 2) {
    f_throttleTimeMs = r.int32();
  }
  let f_topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('OffsetForLeaderEpochResponse.Topics is null but not nullable in version ' + version);
  const arr3: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetForLeaderEpochResponse: tagged field ' + tag + ' out of order');
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

export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  topic: string;
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
}

export function defaultOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  return {
    topic: "",
    partitions: [],
  };
}

export function encodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, version: number, m: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult): void {
  const flexible = version >= 4;
  if (flexible) w.compactString(m.topic); else w.string(m.topic);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeOffsetForLeaderEpochResponseEpochEndOffset(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, version: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const flexible = version >= 4;
  let f_topic: string;
  f_topic = flexible ? r.compactString() : r.string();
  let f_partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
  const n7 = flexible ? r.compactArrayLength(19) : r.arrayLength(14);
  if (n7 === -1) throw new DecodeError('OffsetForLeaderEpochResponse.Partitions is null but not nullable in version ' + version);
  const arr8: OffsetForLeaderEpochResponseEpochEndOffset[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeOffsetForLeaderEpochResponseEpochEndOffset(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetForLeaderEpochResponseOffsetForLeaderTopicResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topic: f_topic,
    partitions: f_partitions,
  };
}

export interface OffsetForLeaderEpochResponseEpochEndOffset {
  errorCode: number;
  partition: number;
  leaderEpoch: number;
  endOffset: bigint;
}

export function defaultOffsetForLeaderEpochResponseEpochEndOffset(): OffsetForLeaderEpochResponseEpochEndOffset {
  return {
    errorCode: 0,
    partition: 0,
    leaderEpoch: -1,
    endOffset: -1n,
  };
}

export function encodeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, version: number, m: OffsetForLeaderEpochResponseEpochEndOffset): void {
  const flexible = version >= 4;
  w.int16(m.errorCode);
  w.int32(m.partition);
  if (version >= 1) {
    w.int32(m.leaderEpoch);
  }
  w.int64(m.endOffset);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, version: number): OffsetForLeaderEpochResponseEpochEndOffset {
  const flexible = version >= 4;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_partition: number;
  f_partition = r.int32();
  let f_leaderEpoch: number = -1;
  if (version >= 1) {
    f_leaderEpoch = r.int32();
  }
  let f_endOffset: bigint;
  f_endOffset = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetForLeaderEpochResponseEpochEndOffset: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    partition: f_partition,
    leaderEpoch: f_leaderEpoch,
    endOffset: f_endOffset,
  };
}

