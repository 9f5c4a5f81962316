// Generated from TxnOffsetCommitResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const txnOffsetCommitResponseVersions = { min: 0, max: 4, flexibleMin: 3 } as const;

export interface TxnOffsetCommitResponse {
  throttleTimeMs: number;
  topics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[];
}

export function defaultTxnOffsetCommitResponse(): TxnOffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

export function encodeTxnOffsetCommitResponse(w: Writer, version: number, m: TxnOffsetCommitResponse): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('TxnOffsetCommitResponse has no version ' + version);
  const flexible = version >= 3;
  w.int32(m.throttleTimeMs);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeTxnOffsetCommitResponse(r: Reader, version: number): TxnOffsetCommitResponse {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('TxnOffsetCommitResponse has no version ' + version);
  const flexible = version >= 3;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_topics: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('TxnOffsetCommitResponse.Topics is null but not nullable in version ' + version);
  const arr3: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('TxnOffsetCommitResponse: tagged field ' + tag + ' out of order');
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

export interface TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  name: string;
  partitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[];
}

export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(w: Writer, version: number, m: TxnOffsetCommitResponseTxnOffsetCommitResponseTopic): void {
  const flexible = version >= 3;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeTxnOffsetCommitResponseTxnOffsetCommitResponseTopic(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponseTopic {
  const flexible = version >= 3;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[];
  const n7 = flexible ? r.compactArrayLength(7) : r.arrayLength(6);
  if (n7 === -1) throw new DecodeError('TxnOffsetCommitResponse.Partitions is null but not nullable in version ' + version);
  const arr8: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('TxnOffsetCommitResponseTxnOffsetCommitResponseTopic: tagged field ' + tag + ' out of order');
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

export interface TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  partitionIndex: number;
  errorCode: number;
}

export function defaultTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

export function encodeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(w: Writer, version: number, m: TxnOffsetCommitResponseTxnOffsetCommitResponsePartition): void {
  const flexible = version >= 3;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeTxnOffsetCommitResponseTxnOffsetCommitResponsePartition(r: Reader, version: number): TxnOffsetCommitResponseTxnOffsetCommitResponsePartition {
  const flexible = version >= 3;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('TxnOffsetCommitResponseTxnOffsetCommitResponsePartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
  };
}

