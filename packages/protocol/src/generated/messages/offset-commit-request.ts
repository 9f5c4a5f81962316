// Generated from OffsetCommitRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetCommitRequestVersions = { min: 0, max: 9, flexibleMin: 8 } as const;

export interface OffsetCommitRequest {
  groupId: string;
  generationIdOrMemberEpoch: number;
  memberId: string;
  groupInstanceId: string | null;
  retentionTimeMs: bigint;
  topics: OffsetCommitRequestOffsetCommitRequestTopic[];
}

export function defaultOffsetCommitRequest(): OffsetCommitRequest {
  return {
    groupId: "",
    generationIdOrMemberEpoch: -1,
    memberId: "",
    groupInstanceId: null,
    retentionTimeMs: -1n,
    topics: [],
  };
}

export function encodeOffsetCommitRequest(w: Writer, version: number, m: OffsetCommitRequest): void {
  if (!(version >= 0 && version <= 9)) throw new EncodeError('OffsetCommitRequest has no version ' + version);
  const flexible = version >= 8;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  if (version >= 1) {
    w.int32(m.generationIdOrMemberEpoch);
  }
  if (version >= 1) {
    if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  }
  if (version >= 7) {
    const v0 = m.groupInstanceId;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('OffsetCommitRequest.GroupInstanceId: a non-default value cannot be written in version ' + version);
  }
  if (version >= 2 && version <= 4) {
    w.int64(m.retentionTimeMs);
  }
  const a1 = m.topics;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeOffsetCommitRequestOffsetCommitRequestTopic(w, version, e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetCommitRequest(r: Reader, version: number): OffsetCommitRequest {
  if (!(version >= 0 && version <= 9)) throw new DecodeError('OffsetCommitRequest has no version ' + version);
  const flexible = version >= 8;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_generationIdOrMemberEpoch: number = -1;
  if (version >= 1) {
    f_generationIdOrMemberEpoch = r.int32();
  }
  let f_memberId: string = "";
  if (version >= 1) {
    f_memberId = flexible ? r.compactString() : r.string();
  }
  let f_groupInstanceId: string | null = null;
  if (version >= 7) {
    f_groupInstanceId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_retentionTimeMs: bigint = -1n;
  if (version >= 2 && version <= 4) {
    f_retentionTimeMs = r.int64();
  }
  let f_topics: OffsetCommitRequestOffsetCommitRequestTopic[];
  const n3 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n3 === -1) throw new DecodeError('OffsetCommitRequest.Topics is null but not nullable in version ' + version);
  const arr4: OffsetCommitRequestOffsetCommitRequestTopic[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeOffsetCommitRequestOffsetCommitRequestTopic(r, version));
  }
  f_topics = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetCommitRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    generationIdOrMemberEpoch: f_generationIdOrMemberEpoch,
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    retentionTimeMs: f_retentionTimeMs,
    topics: f_topics,
  };
}

export interface OffsetCommitRequestOffsetCommitRequestTopic {
  name: string;
  partitions: OffsetCommitRequestOffsetCommitRequestPartition[];
}

export function defaultOffsetCommitRequestOffsetCommitRequestTopic(): OffsetCommitRequestOffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeOffsetCommitRequestOffsetCommitRequestTopic(w: Writer, version: number, m: OffsetCommitRequestOffsetCommitRequestTopic): void {
  const flexible = version >= 8;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a6 = m.partitions;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeOffsetCommitRequestOffsetCommitRequestPartition(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetCommitRequestOffsetCommitRequestTopic(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestTopic {
  const flexible = version >= 8;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: OffsetCommitRequestOffsetCommitRequestPartition[];
  const n8 = flexible ? r.compactArrayLength(18) : r.arrayLength(14);
  if (n8 === -1) throw new DecodeError('OffsetCommitRequest.Partitions is null but not nullable in version ' + version);
  const arr9: OffsetCommitRequestOffsetCommitRequestPartition[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeOffsetCommitRequestOffsetCommitRequestPartition(r, version));
  }
  f_partitions = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetCommitRequestOffsetCommitRequestTopic: tagged field ' + tag + ' out of order');
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

export interface OffsetCommitRequestOffsetCommitRequestPartition {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch: number;
  commitTimestamp: bigint;
  committedMetadata: string | null;
}

export function defaultOffsetCommitRequestOffsetCommitRequestPartition(): OffsetCommitRequestOffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    commitTimestamp: -1n,
    committedMetadata: "",
  };
}

export function encodeOffsetCommitRequestOffsetCommitRequestPartition(w: Writer, version: number, m: OffsetCommitRequestOffsetCommitRequestPartition): void {
  const flexible = version >= 8;
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (version >= 6) {
    w.int32(m.committedLeaderEpoch);
  }
  if (version >= 1 && version <= 1) {
    w.int64(m.commitTimestamp);
  } else {
    if (m.commitTimestamp !== -1n) throw new EncodeError('OffsetCommitRequestOffsetCommitRequestPartition.CommitTimestamp: a non-default value cannot be written in version ' + version);
  }
  const v11 = m.committedMetadata;
  if (flexible) w.compactNullableString(v11); else w.nullableString(v11);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetCommitRequestOffsetCommitRequestPartition(r: Reader, version: number): OffsetCommitRequestOffsetCommitRequestPartition {
  const flexible = version >= 8;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_committedOffset: bigint;
  f_committedOffset = r.int64();
  let f_committedLeaderEpoch: number = -1;
  if (version >= 6) {
    f_committedLeaderEpoch = r.int32();
  }
  let f_commitTimestamp: bigint = -1n;
  if (version >= 1 && version <= 1) {
    f_commitTimestamp = r.int64();
  }
  let f_committedMetadata: string | null;
  f_committedMetadata = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetCommitRequestOffsetCommitRequestPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    committedOffset: f_committedOffset,
    committedLeaderEpoch: f_committedLeaderEpoch,
    commitTimestamp: f_commitTimestamp,
    committedMetadata: f_committedMetadata,
  };
}

