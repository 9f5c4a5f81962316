// Generated from OffsetFetchResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetFetchResponseVersions = { min: 0, max: 9, flexibleMin: 6 } as const;

export interface OffsetFetchResponse {
  throttleTimeMs: number;
  topics: OffsetFetchResponseOffsetFetchResponseTopic[];
  errorCode: number;
  groups: OffsetFetchResponseOffsetFetchResponseGroup[];
}

export function defaultOffsetFetchResponse(): OffsetFetchResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    errorCode: 0,
    groups: [],
  };
}

export function encodeOffsetFetchResponse(w: Writer, version: number, m: OffsetFetchResponse): void {
  if (!(version >= 0 && version <= 9)) throw new EncodeError('OffsetFetchResponse has no version ' + version);
  const flexible = version >= 6;
  if (version >= 3) {
    w.int32(m.throttleTimeMs);
  }
  if (version <= 7) {
    const a0 = m.topics;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeOffsetFetchResponseOffsetFetchResponseTopic(w, version, e1);
    }
  }
  if (version >= 2 && version <= 7) {
    w.int16(m.errorCode);
  }
  if (version >= 8) {
    const a2 = m.groups;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      encodeOffsetFetchResponseOffsetFetchResponseGroup(w, version, e3);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetFetchResponse(r: Reader, version: number): OffsetFetchResponse {
  if (!(version >= 0 && version <= 9)) throw new DecodeError('OffsetFetchResponse has no version ' + version);
  const flexible = version >= 6;
  let f_throttleTimeMs: number = 0;
  if (version >= 3) {
    f_throttleTimeMs = r.int32();
  }
  let f_topics: OffsetFetchResponseOffsetFetchResponseTopic[] = [];
  if (version <= 7) {
    const n4 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
    if (n4 === -1) throw new DecodeError('OffsetFetchResponse.Topics is null but not nullable in version ' + version);
    const arr5: OffsetFetchResponseOffsetFetchResponseTopic[] = [];
    for (let i6 = 0; i6 < n4; i6++) {
      arr5.push(decodeOffsetFetchResponseOffsetFetchResponseTopic(r, version));
    }
    f_topics = arr5;
  }
  let f_errorCode: number = 0;
  if (version >= 2 && version <= 7) {
    f_errorCode = r.int16();
  }
  let f_groups: OffsetFetchResponseOffsetFetchResponseGroup[] = [];
  if (version >= 8) {
    const n7 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
    if (n7 === -1) throw new DecodeError('OffsetFetchResponse.Groups is null but not nullable in version ' + version);
    const arr8: OffsetFetchResponseOffsetFetchResponseGroup[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(decodeOffsetFetchResponseOffsetFetchResponseGroup(r, version));
    }
    f_groups = arr8;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetFetchResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    topics: f_topics,
    errorCode: f_errorCode,
    groups: f_groups,
  };
}

export interface OffsetFetchResponseOffsetFetchResponseTopic {
  name: string;
  partitions: OffsetFetchResponseOffsetFetchResponsePartition[];
}

export function defaultOffsetFetchResponseOffsetFetchResponseTopic(): OffsetFetchResponseOffsetFetchResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeOffsetFetchResponseOffsetFetchResponseTopic(w: Writer, version: number, m: OffsetFetchResponseOffsetFetchResponseTopic): void {
  const flexible = version >= 6;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    encodeOffsetFetchResponseOffsetFetchResponsePartition(w, version, e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetFetchResponseOffsetFetchResponseTopic(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopic {
  const flexible = version >= 6;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: OffsetFetchResponseOffsetFetchResponsePartition[];
  const n12 = flexible ? r.compactArrayLength(20) : r.arrayLength(16);
  if (n12 === -1) throw new DecodeError('OffsetFetchResponse.Partitions is null but not nullable in version ' + version);
  const arr13: OffsetFetchResponseOffsetFetchResponsePartition[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeOffsetFetchResponseOffsetFetchResponsePartition(r, version));
  }
  f_partitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetFetchResponseOffsetFetchResponseTopic: tagged field ' + tag + ' out of order');
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

export interface OffsetFetchResponseOffsetFetchResponsePartition {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch: number;
  metadata: string | null;
  errorCode: number;
}

export function defaultOffsetFetchResponseOffsetFetchResponsePartition(): OffsetFetchResponseOffsetFetchResponsePartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
  };
}

export function encodeOffsetFetchResponseOffsetFetchResponsePartition(w: Writer, version: number, m: OffsetFetchResponseOffsetFetchResponsePartition): void {
  const flexible = version >= 6;
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (version >= 5) {
    w.int32(m.committedLeaderEpoch);
  }
  const v15 = m.metadata;
  if (flexible) w.compactNullableString(v15); else w.nullableString(v15);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetFetchResponseOffsetFetchResponsePartition(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponsePartition {
  const flexible = version >= 6;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_committedOffset: bigint;
  f_committedOffset = r.int64();
  let f_committedLeaderEpoch: number = -1;
  if (version >= 5) {
    f_committedLeaderEpoch = r.int32();
  }
  let f_metadata: string | null;
  f_metadata = flexible ? r.compactNullableString() : r.nullableString();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetFetchResponseOffsetFetchResponsePartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    committedOffset: f_committedOffset,
    committedLeaderEpoch: f_committedLeaderEpoch,
    metadata: f_metadata,
    errorCode: f_errorCode,
  };
}

export interface OffsetFetchResponseOffsetFetchResponseGroup {
  groupId: string;
  topics: OffsetFetchResponseOffsetFetchResponseTopics[];
  errorCode: number;
}

export function defaultOffsetFetchResponseOffsetFetchResponseGroup(): OffsetFetchResponseOffsetFetchResponseGroup {
  return {
    groupId: "",
    topics: [],
    errorCode: 0,
  };
}

export function encodeOffsetFetchResponseOffsetFetchResponseGroup(w: Writer, version: number, m: OffsetFetchResponseOffsetFetchResponseGroup): void {
  const flexible = true;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  const a16 = m.topics;
  if (flexible) w.compactArrayLength(a16.length); else w.arrayLength(a16.length);
  for (const e17 of a16) {
    encodeOffsetFetchResponseOffsetFetchResponseTopics(w, version, e17);
  }
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetFetchResponseOffsetFetchResponseGroup(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseGroup {
  const flexible = true;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_topics: OffsetFetchResponseOffsetFetchResponseTopics[];
  const n18 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n18 === -1) throw new DecodeError('OffsetFetchResponse.Topics is null but not nullable in version ' + version);
  const arr19: OffsetFetchResponseOffsetFetchResponseTopics[] = [];
  for (let i20 = 0; i20 < n18; i20++) {
    arr19.push(decodeOffsetFetchResponseOffsetFetchResponseTopics(r, version));
  }
  f_topics = arr19;
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetFetchResponseOffsetFetchResponseGroup: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    topics: f_topics,
    errorCode: f_errorCode,
  };
}

export interface OffsetFetchResponseOffsetFetchResponseTopics {
  name: string;
  partitions: OffsetFetchResponseOffsetFetchResponsePartitions[];
}

export function defaultOffsetFetchResponseOffsetFetchResponseTopics(): OffsetFetchResponseOffsetFetchResponseTopics {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeOffsetFetchResponseOffsetFetchResponseTopics(w: Writer, version: number, m: OffsetFetchResponseOffsetFetchResponseTopics): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a21 = m.partitions;
  if (flexible) w.compactArrayLength(a21.length); else w.arrayLength(a21.length);
  for (const e22 of a21) {
    encodeOffsetFetchResponseOffsetFetchResponsePartitions(w, version, e22);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetFetchResponseOffsetFetchResponseTopics(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponseTopics {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: OffsetFetchResponseOffsetFetchResponsePartitions[];
  const n23 = flexible ? r.compactArrayLength(20) : r.arrayLength(1);
  if (n23 === -1) throw new DecodeError('OffsetFetchResponse.Partitions is null but not nullable in version ' + version);
  const arr24: OffsetFetchResponseOffsetFetchResponsePartitions[] = [];
  for (let i25 = 0; i25 < n23; i25++) {
    arr24.push(decodeOffsetFetchResponseOffsetFetchResponsePartitions(r, version));
  }
  f_partitions = arr24;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetFetchResponseOffsetFetchResponseTopics: tagged field ' + tag + ' out of order');
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

export interface OffsetFetchResponseOffsetFetchResponsePartitions {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch: number;
  metadata: string | null;
  errorCode: number;
}

export function defaultOffsetFetchResponseOffsetFetchResponsePartitions(): OffsetFetchResponseOffsetFetchResponsePartitions {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
  };
}

export function encodeOffsetFetchResponseOffsetFetchResponsePartitions(w: Writer, version: number, m: OffsetFetchResponseOffsetFetchResponsePartitions): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  w.int32(m.committedLeaderEpoch);
  const v26 = m.metadata;
  if (flexible) w.compactNullableString(v26); else w.nullableString(v26);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetFetchResponseOffsetFetchResponsePartitions(r: Reader, version: number): OffsetFetchResponseOffsetFetchResponsePartitions {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_committedOffset: bigint;
  f_committedOffset = r.int64();
  let f_committedLeaderEpoch: number;
  f_committedLeaderEpoch = r.int32();
  let f_metadata: string | null;
  f_metadata = flexible ? r.compactNullableString() : r.nullableString();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetFetchResponseOffsetFetchResponsePartitions: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    committedOffset: f_committedOffset,
    committedLeaderEpoch: f_committedLeaderEpoch,
    metadata: f_metadata,
    errorCode: f_errorCode,
  };
}

