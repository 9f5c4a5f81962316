// Generated from AlterPartitionRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterPartitionRequestVersions = { min: 0, max: 3, flexibleMin: 0 } as const;

export interface AlterPartitionRequest {
  brokerId: number;
  brokerEpoch: bigint;
  topics: AlterPartitionRequestTopicData[];
}

export function defaultAlterPartitionRequest(): AlterPartitionRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    topics: [],
  };
}

export function encodeAlterPartitionRequest(w: Writer, version: number, m: AlterPartitionRequest): void {
  if (!(version >= 0 && version <= 3)) throw new EncodeError('AlterPartitionRequest has no version ' + version);
  const flexible = true;
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterPartitionRequestTopicData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionRequest(r: Reader, version: number): AlterPartitionRequest {
  if (!(version >= 0 && version <= 3)) throw new DecodeError('AlterPartitionRequest has no version ' + version);
  const flexible = true;
  let f_brokerId: number;
  f_brokerId = r.int32();
  let f_brokerEpoch: bigint;
  f_brokerEpoch = r.int64();
  let f_topics: AlterPartitionRequestTopicData[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('AlterPartitionRequest.Topics is null but not nullable in version ' + version);
  const arr3: AlterPartitionRequestTopicData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAlterPartitionRequestTopicData(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
    topics: f_topics,
  };
}

export interface AlterPartitionRequestTopicData {
  topicName: string;
  topicId: string;
  partitions: AlterPartitionRequestPartitionData[];
}

export function defaultAlterPartitionRequestTopicData(): AlterPartitionRequestTopicData {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeAlterPartitionRequestTopicData(w: Writer, version: number, m: AlterPartitionRequestTopicData): void {
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
    encodeAlterPartitionRequestPartitionData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionRequestTopicData(r: Reader, version: number): AlterPartitionRequestTopicData {
  const flexible = true;
  let f_topicName: string = "";
  if (version <= 1) {
    f_topicName = flexible ? r.compactString() : r.string();
  }
  let f_topicId: string = ZERO_UUID;
  if (version >= 2) {
    f_topicId = r.uuid();
  }
  let f_partitions: AlterPartitionRequestPartitionData[];
  const n7 = flexible ? r.compactArrayLength(14) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('AlterPartitionRequest.Partitions is null but not nullable in version ' + version);
  const arr8: AlterPartitionRequestPartitionData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeAlterPartitionRequestPartitionData(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionRequestTopicData: tagged field ' + tag + ' out of order');
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

export interface AlterPartitionRequestPartitionData {
  partitionIndex: number;
  leaderEpoch: number;
  newIsr: number[];
  newIsrWithEpochs: AlterPartitionRequestBrokerState[];
  leaderRecoveryState: number;
  partitionEpoch: number;
}

export function defaultAlterPartitionRequestPartitionData(): AlterPartitionRequestPartitionData {
  return {
    partitionIndex: 0,
    leaderEpoch: 0,
    newIsr: [],
    newIsrWithEpochs: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
  };
}

export function encodeAlterPartitionRequestPartitionData(w: Writer, version: number, m: AlterPartitionRequestPartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  if (version <= 2) {
    const a10 = m.newIsr;
    if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
    for (const e11 of a10) {
      w.int32(e11);
    }
  } else {
    if ((m.newIsr.length !== 0)) throw new EncodeError('AlterPartitionRequestPartitionData.NewIsr: a non-default value cannot be written in version ' + version);
  }
  if (version >= 3) {
    const a12 = m.newIsrWithEpochs;
    if (flexible) w.compactArrayLength(a12.length); else w.arrayLength(a12.length);
    for (const e13 of a12) {
      encodeAlterPartitionRequestBrokerState(w, version, e13);
    }
  } else {
    if ((m.newIsrWithEpochs.length !== 0)) throw new EncodeError('AlterPartitionRequestPartitionData.NewIsrWithEpochs: a non-default value cannot be written in version ' + version);
  }
  if (version >= 1) {
    w.int8(m.leaderRecoveryState);
  } else {
    if (m.leaderRecoveryState !== 0) throw new EncodeError('AlterPartitionRequestPartitionData.LeaderRecoveryState: a non-default value cannot be written in version ' + version);
  }
  w.int32(m.partitionEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionRequestPartitionData(r: Reader, version: number): AlterPartitionRequestPartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_newIsr: number[] = [];
  if (version <= 2) {
    const n14 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
    if (n14 === -1) throw new DecodeError('AlterPartitionRequest.NewIsr is null but not nullable in version ' + version);
    const arr15: number[] = [];
    for (let i16 = 0; i16 < n14; i16++) {
      arr15.push(r.int32());
    }
    f_newIsr = arr15;
  }
  let f_newIsrWithEpochs: AlterPartitionRequestBrokerState[] = [];
  if (version >= 3) {
    const n17 = flexible ? r.compactArrayLength(13) : r.arrayLength(1);
    if (n17 === -1) throw new DecodeError('AlterPartitionRequest.NewIsrWithEpochs is null but not nullable in version ' + version);
    const arr18: AlterPartitionRequestBrokerState[] = [];
    for (let i19 = 0; i19 < n17; i19++) {
      arr18.push(decodeAlterPartitionRequestBrokerState(r, version));
    }
    f_newIsrWithEpochs = arr18;
  }
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
      if (tag <= previousTag) throw new DecodeError('AlterPartitionRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    leaderEpoch: f_leaderEpoch,
    newIsr: f_newIsr,
    newIsrWithEpochs: f_newIsrWithEpochs,
    leaderRecoveryState: f_leaderRecoveryState,
    partitionEpoch: f_partitionEpoch,
  };
}

export interface AlterPartitionRequestBrokerState {
  brokerId: number;
  brokerEpoch: bigint;
}

export function defaultAlterPartitionRequestBrokerState(): AlterPartitionRequestBrokerState {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
  };
}

export function encodeAlterPartitionRequestBrokerState(w: Writer, version: number, m: AlterPartitionRequestBrokerState): void {
  const flexible = true;
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterPartitionRequestBrokerState(r: Reader, version: number): AlterPartitionRequestBrokerState {
  const flexible = true;
  let f_brokerId: number;
  f_brokerId = r.int32();
  let f_brokerEpoch: bigint;
  f_brokerEpoch = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterPartitionRequestBrokerState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
  };
}

