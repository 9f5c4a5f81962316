// Generated from AlterPartitionResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterPartitionResponseVersions = { min: 0, max: 3, flexibleMin: 0 } as const;

export interface AlterPartitionResponse {
  throttleTimeMs: number;
  errorCode: number;
  topics: AlterPartitionResponseTopicData[];
}

export function defaultAlterPartitionResponse(): AlterPartitionResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
  };
}

export function encodeAlterPartitionResponse(w: Writer, version: number, m: AlterPartitionResponse): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('AlterPartitionResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterPartitionResponseTopicData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionResponse(r: Reader, version: number): AlterPartitionResponse {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('AlterPartitionResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_topics: AlterPartitionResponseTopicData[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('AlterPartitionResponse.Topics is null but not nullable in version ' + version);
  const arr3: AlterPartitionResponseTopicData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAlterPartitionResponseTopicData(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    topics: f_topics,
  };
}

export interface AlterPartitionResponseTopicData {
  topicName: string;
  topicId: string;
  partitions: AlterPartitionResponsePartitionData[];
}

export function defaultAlterPartitionResponseTopicData(): AlterPartitionResponseTopicData {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeAlterPartitionResponseTopicData(w: Writer, version: number, m: AlterPartitionResponseTopicData): void {
  const flexible = true;
  if (version <= 1) {
    if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  }
  if (version >= 2) {
    w.uuid(m.topicId);
  }
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeAlterPartitionResponsePartitionData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionResponseTopicData(r: Reader, version: number): AlterPartitionResponseTopicData {
  const flexible = true;
  let f_topicName: string = "";
  if (version <= 1) {
    f_topicName = flexible ? r.compactString() : r.string();
  }
  let f_topicId: string = ZERO_UUID;
  if (version >= 2) {
    f_topicId = r.uuid();
  }
  let f_partitions: AlterPartitionResponsePartitionData[];
  const n7 = flexible ? r.compactArrayLength(20) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('AlterPartitionResponse.Partitions is null but not nullable in version ' + version);
  const arr8: AlterPartitionResponsePartitionData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeAlterPartitionResponsePartitionData(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionResponseTopicData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    topicId: f_topicId,
    partitions: f_partitions,
  };
}

export interface AlterPartitionResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
  isr: number[];
  leaderRecoveryState: number;
  partitionEpoch: number;
}

export function defaultAlterPartitionResponsePartitionData(): AlterPartitionResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
    isr: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
  };
}

export function encodeAlterPartitionResponsePartitionData(w: Writer, version: number, m: AlterPartitionResponsePartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  const a10 = m.isr;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    w.int32(e11);
  }
  if (version >= 1) {
    w.int8(m.leaderRecoveryState);
  }
  w.int32(m.partitionEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionResponsePartitionData(r: Reader, version: number): AlterPartitionResponsePartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_isr: number[];
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('AlterPartitionResponse.Isr is null but not nullable in version ' + version);
  const arr13: number[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(r.int32());
  }
  f_isr = arr13;
  let f_leaderRecoveryState: number = 0;
  if (version >= 1) {
    f_leaderRecoveryState = r.int8();
  }
  let f_partitionEpoch: number;
  f_partitionEpoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionResponsePartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    isr: f_isr,
    leaderRecoveryState: f_leaderRecoveryState,
    partitionEpoch: f_partitionEpoch,
  };
}

