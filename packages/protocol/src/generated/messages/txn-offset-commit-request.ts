// Generated from TxnOffsetCommitRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const txnOffsetCommitRequestVersions = { min: 0, max: 4, flexibleMin: 3 } as const;

export interface TxnOffsetCommitRequest {
  transactionalId: string;
  groupId: string;
  producerId: bigint;
  producerEpoch: number;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  topics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[];
}

export function defaultTxnOffsetCommitRequest(): TxnOffsetCommitRequest {
  return {
    transactionalId: "",
    groupId: "",
    producerId: 0n,
    producerEpoch: 0,
    generationId: -1,
    memberId: "",
    groupInstanceId: null,
    topics: [],
  };
}

export function encodeTxnOffsetCommitRequest(w: Writer, version: number, m: TxnOffsetCommitRequest): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('TxnOffsetCommitRequest has no version ' + version);
  const flexible = version >= 3;
  if (flexible) w.compactString(m.transactionalId); else w.string(m.transactionalId);
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  if (version >= 3) {
    w.int32(m.generationId);
  } else {
    if (m.generationId !== -1) throw new EncodeError('TxnOffsetCommitRequest.GenerationId: a non-default value cannot be written in version ' + version);
  }
  if (version >= 3) {
    if (flexible) w.compactString(m.memberId); else w.string(m.memberId);
  } else {
    if (m.memberId !== "") throw new EncodeError('TxnOffsetCommitRequest.MemberId: a non-default value cannot be written in version ' + version);
  }
  if (version >= 3) {
    const v0 = m.groupInstanceId;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  } else {
    if (m.groupInstanceId !== null) throw new EncodeError('TxnOffsetCommitRequest.GroupInstanceId: a non-default value cannot be written in version ' + version);
  }
  const a1 = m.topics;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w, version, e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeTxnOffsetCommitRequest(r: Reader, version: number): TxnOffsetCommitRequest {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('TxnOffsetCommitRequest has no version ' + version);
  const flexible = version >= 3;
  let f_transactionalId: string;
  f_transactionalId = flexible ? r.compactString() : r.string();
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_producerEpoch: number;
  f_producerEpoch = r.int16();
  let f_generationId: number = -1;
  if (version >= 3) {
    f_generationId = r.int32();
  }
  let f_memberId: string = "";
  if (version >= 3) {
    f_memberId = flexible ? r.compactString() : r.string();
  }
  let f_groupInstanceId: string | null = null;
  if (version >= 3) {
    f_groupInstanceId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_topics: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[];
  const n3 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n3 === -1) throw new DecodeError('TxnOffsetCommitRequest.Topics is null but not nullable in version ' + version);
  const arr4: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r, version));
  }
  f_topics = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('TxnOffsetCommitRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    transactionalId: f_transactionalId,
    groupId: f_groupId,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    generationId: f_generationId,
    memberId: f_memberId,
    groupInstanceId: f_groupInstanceId,
    topics: f_topics,
  };
}

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  name: string;
  partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[];
}

export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(w: Writer, version: number, m: TxnOffsetCommitRequestTxnOffsetCommitRequestTopic): void {
  const flexible = version >= 3;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a6 = m.partitions;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeTxnOffsetCommitRequestTxnOffsetCommitRequestTopic(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestTopic {
  const flexible = version >= 3;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[];
  const n8 = flexible ? r.compactArrayLength(18) : r.arrayLength(14);
  if (n8 === -1) throw new DecodeError('TxnOffsetCommitRequest.Partitions is null but not nullable in version ' + version);
  const arr9: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r, version));
  }
  f_partitions = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('TxnOffsetCommitRequestTxnOffsetCommitRequestTopic: tagged field ' + tag + ' out of order');
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

export interface TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  partitionIndex: number;
  committedOffset: bigint;
  committedLeaderEpoch: number;
  committedMetadata: string | null;
}

export function defaultTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0n,
    committedLeaderEpoch: -1,
    committedMetadata: "",
  };
}

export function encodeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(w: Writer, version: number, m: TxnOffsetCommitRequestTxnOffsetCommitRequestPartition): void {
  const flexible = version >= 3;
  w.int32(m.partitionIndex);
  w.int64(m.committedOffset);
  if (version >= 2) {
    w.int32(m.committedLeaderEpoch);
  }
  const v11 = m.committedMetadata;
  if (flexible) w.compactNullableString(v11); else w.nullableString(v11);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeTxnOffsetCommitRequestTxnOffsetCommitRequestPartition(r: Reader, version: number): TxnOffsetCommitRequestTxnOffsetCommitRequestPartition {
  const flexible = version >= 3;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_committedOffset: bigint;
  f_committedOffset = r.int64();
  let f_committedLeaderEpoch: number = -1;
  if (version >= 2) {
    f_committedLeaderEpoch = r.int32();
  }
  let f_committedMetadata: string | null;
  f_committedMetadata = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('TxnOffsetCommitRequestTxnOffsetCommitRequestPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    committedOffset: f_committedOffset,
    committedLeaderEpoch: f_committedLeaderEpoch,
    committedMetadata: f_committedMetadata,
  };
}

