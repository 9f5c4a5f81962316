// Generated from OffsetForLeaderEpochRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetForLeaderEpochRequestVersions = { min: 0, max: 4, flexibleMin: 4 } as const;

export interface OffsetForLeaderEpochRequest {
  replicaId: number;
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
}

export function defaultOffsetForLeaderEpochRequest(): OffsetForLeaderEpochRequest {
  return {
    replicaId: -2,
    topics: [],
  };
}

export function encodeOffsetForLeaderEpochRequest(w: Writer, version: number, m: OffsetForLeaderEpochRequest): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('OffsetForLeaderEpochRequest has no version ' + version);
  const flexible = version >= 4;
  if (version >= 3) {
    w.int32(m.replicaId);
  }
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetForLeaderEpochRequest(r: Reader, version: number): OffsetForLeaderEpochRequest {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('OffsetForLeaderEpochRequest has no version ' + version);
  const flexible = version >= 4;
  let f_replicaId: number = -2;
  if (version >= 3) {
    f_replicaId = r.int32();
  }
  let f_topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('OffsetForLeaderEpochRequest.Topics is null but not nullable in version ' + version);
  const arr3: OffsetForLeaderEpochRequestOffsetForLeaderTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetForLeaderEpochRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    replicaId: f_replicaId,
    topics: f_topics,
  };
}

export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  topic: string;
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
}

export function defaultOffsetForLeaderEpochRequestOffsetForLeaderTopic(): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  return {
    topic: "",
    partitions: [],
  };
}

export function encodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, version: number, m: OffsetForLeaderEpochRequestOffsetForLeaderTopic): void {
  const flexible = version >= 4;
  if (flexible) w.compactString(m.topic); else w.string(m.topic);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const flexible = version >= 4;
  let f_topic: string;
  f_topic = flexible ? r.compactString() : r.string();
  let f_partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
  const n7 = flexible ? r.compactArrayLength(13) : r.arrayLength(8);
  if (n7 === -1) throw new DecodeError('OffsetForLeaderEpochRequest.Partitions is null but not nullable in version ' + version);
  const arr8: OffsetForLeaderEpochRequestOffsetForLeaderPartition[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetForLeaderEpochRequestOffsetForLeaderTopic: tagged field ' + tag + ' out of order');
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

export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  partition: number;
  currentLeaderEpoch: number;
  leaderEpoch: number;
}

export function defaultOffsetForLeaderEpochRequestOffsetForLeaderPartition(): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    leaderEpoch: 0,
  };
}

export function encodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, version: number, m: OffsetForLeaderEpochRequestOffsetForLeaderPartition): void {
  const flexible = version >= 4;
  w.int32(m.partition);
  if (version >= 2) {
    w.int32(m.currentLeaderEpoch);
  }
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, version: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const flexible = version >= 4;
  let f_partition: number;
  f_partition = r.int32();
  let f_currentLeaderEpoch: number = -1;
  if (version >= 2) {
    f_currentLeaderEpoch = r.int32();
  }
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetForLeaderEpochRequestOffsetForLeaderPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partition: f_partition,
    currentLeaderEpoch: f_currentLeaderEpoch,
    leaderEpoch: f_leaderEpoch,
  };
}

