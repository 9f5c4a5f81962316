// Generated from StopReplicaRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const stopReplicaRequestVersions = { min: 0, max: 4, flexibleMin: 2 } as const;

export interface StopReplicaRequest {
  controllerId: number;
  isKRaftController: boolean;
  controllerEpoch: number;
  brokerEpoch: bigint;
  deletePartitions: boolean;
  ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[];
  topics: StopReplicaRequestStopReplicaTopicV1[];
  topicStates: StopReplicaRequestStopReplicaTopicState[];
}

export function defaultStopReplicaRequest(): StopReplicaRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1n,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates: [],
  };
}

export function encodeStopReplicaRequest(w: Writer, version: number, m: StopReplicaRequest): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('StopReplicaRequest has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.controllerId);
  if (version >= 4) {
    w.bool(m.isKRaftController);
  } else {
    if (m.isKRaftController !== false) throw new EncodeError('StopReplicaRequest.isKRaftController: a non-default value cannot be written in version ' + version);
  }
  w.int32(m.controllerEpoch);
  if (version >= 1) {
    w.int64(m.brokerEpoch);
  }
  if (version <= 2) {
    w.bool(m.deletePartitions);
  } else {
    if (m.deletePartitions !== false) throw new EncodeError('StopReplicaRequest.DeletePartitions: a non-default value cannot be written in version ' + version);
  }
  if (version <= 0) {
    const a0 = m.ungroupedPartitions;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeStopReplicaRequestStopReplicaPartitionV0(w, version, e1);
    }
  } else {
    if ((m.ungroupedPartitions.length !== 0)) throw new EncodeError('StopReplicaRequest.UngroupedPartitions: a non-default value cannot be written in version ' + version);
  }
  if (version >= 1 && version <= 2) {
    const a2 = m.topics;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      encodeStopReplicaRequestStopReplicaTopicV1(w, version, e3);
    }
  } else {
    if ((m.topics.length !== 0)) throw new EncodeError('StopReplicaRequest.Topics: a non-default value cannot be written in version ' + version);
  }
  if (version >= 3) {
    const a4 = m.topicStates;
    if (flexible) w.compactArrayLength(a4.length); else w.arrayLength(a4.length);
    for (const e5 of a4) {
      encodeStopReplicaRequestStopReplicaTopicState(w, version, e5);
    }
  } else {
    if ((m.topicStates.length !== 0)) throw new EncodeError('StopReplicaRequest.TopicStates: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeStopReplicaRequest(r: Reader, version: number): StopReplicaRequest {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('StopReplicaRequest has no version ' + version);
  const flexible = version >= 2;
  let f_controllerId: number;
  f_controllerId = r.int32();
  let f_isKRaftController: boolean = false;
  if (version >= 4) {
    f_isKRaftController = r.bool();
  }
  let f_controllerEpoch: number;
  f_controllerEpoch = r.int32();
  let f_brokerEpoch: bigint = -1n;
  if (version >= 1) {
    f_brokerEpoch = r.int64();
  }
  let f_deletePartitions: boolean = false;
  if (version <= 2) {
    f_deletePartitions = r.bool();
  }
  let f_ungroupedPartitions: StopReplicaRequestStopReplicaPartitionV0[] = [];
  if (version <= 0) {
    const n6 = flexible ? r.compactArrayLength(1) : r.arrayLength(6);
    if (n6 === -1) throw new DecodeError('StopReplicaRequest.UngroupedPartitions is null but not nullable in version ' + version);
    const arr7: StopReplicaRequestStopReplicaPartitionV0[] = [];
    for (let i8 = 0; i8 < n6; i8++) {
      arr7.push(decodeStopReplicaRequestStopReplicaPartitionV0(r, version));
    }
    f_ungroupedPartitions = arr7;
  }
  let f_topics: StopReplicaRequestStopReplicaTopicV1[] = [];
  if (version >= 1 && version <= 2) {
    const n9 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
    if (n9 === -1) throw new DecodeError('StopReplicaRequest.Topics is null but not nullable in version ' + version);
    const arr10: StopReplicaRequestStopReplicaTopicV1[] = [];
    for (let i11 = 0; i11 < n9; i11++) {
      arr10.push(decodeStopReplicaRequestStopReplicaTopicV1(r, version));
    }
    f_topics = arr10;
  }
  let f_topicStates: StopReplicaRequestStopReplicaTopicState[] = [];
  if (version >= 3) {
    const n12 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
    if (n12 === -1) throw new DecodeError('StopReplicaRequest.TopicStates is null but not nullable in version ' + version);
    const arr13: StopReplicaRequestStopReplicaTopicState[] = [];
    for (let i14 = 0; i14 < n12; i14++) {
      arr13.push(decodeStopReplicaRequestStopReplicaTopicState(r, version));
    }
    f_topicStates = arr13;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('StopReplicaRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    controllerId: f_controllerId,
    isKRaftController: f_isKRaftController,
    controllerEpoch: f_controllerEpoch,
    brokerEpoch: f_brokerEpoch,
    deletePartitions: f_deletePartitions,
    ungroupedPartitions: f_ungroupedPartitions,
    topics: f_topics,
    topicStates: f_topicStates,
  };
}

export interface StopReplicaRequestStopReplicaPartitionV0 {
  topicName: string;
  partitionIndex: number;
}

export function defaultStopReplicaRequestStopReplicaPartitionV0(): StopReplicaRequestStopReplicaPartitionV0 {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

export function encodeStopReplicaRequestStopReplicaPartitionV0(w: Writer, version: number, m: StopReplicaRequestStopReplicaPartitionV0): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  w.int32(m.partitionIndex);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeStopReplicaRequestStopReplicaPartitionV0(r: Reader, version: number): StopReplicaRequestStopReplicaPartitionV0 {
  const flexible = version >= 2;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('StopReplicaRequestStopReplicaPartitionV0: tagged field ' + tag + ' out of order');
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

export interface StopReplicaRequestStopReplicaTopicV1 {
  name: string;
  partitionIndexes: number[];
}

export function defaultStopReplicaRequestStopReplicaTopicV1(): StopReplicaRequestStopReplicaTopicV1 {
  return {
    name: "",
    partitionIndexes: [],
  };
}

export function encodeStopReplicaRequestStopReplicaTopicV1(w: Writer, version: number, m: StopReplicaRequestStopReplicaTopicV1): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a15 = m.partitionIndexes;
  if (flexible) w.compactArrayLength(a15.length); else w.arrayLength(a15.length);
  for (const e16 of a15) {
    w.int32(e16);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeStopReplicaRequestStopReplicaTopicV1(r: Reader, version: number): StopReplicaRequestStopReplicaTopicV1 {
  const flexible = version >= 2;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitionIndexes: number[];
  const n17 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n17 === -1) throw new DecodeError('StopReplicaRequest.PartitionIndexes is null but not nullable in version ' + version);
  const arr18: number[] = [];
  for (let i19 = 0; i19 < n17; i19++) {
    arr18.push(r.int32());
  }
  f_partitionIndexes = arr18;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('StopReplicaRequestStopReplicaTopicV1: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitionIndexes: f_partitionIndexes,
  };
}

export interface StopReplicaRequestStopReplicaTopicState {
  topicName: string;
  partitionStates: StopReplicaRequestStopReplicaPartitionState[];
}

export function defaultStopReplicaRequestStopReplicaTopicState(): StopReplicaRequestStopReplicaTopicState {
  return {
    topicName: "",
    partitionStates: [],
  };
}

export function encodeStopReplicaRequestStopReplicaTopicState(w: Writer, version: number, m: StopReplicaRequestStopReplicaTopicState): void {
  const flexible = true;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a20 = m.partitionStates;
  if (flexible) w.compactArrayLength(a20.length); else w.arrayLength(a20.length);
  for (const e21 of a20) {
    encodeStopReplicaRequestStopReplicaPartitionState(w, version, e21);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeStopReplicaRequestStopReplicaTopicState(r: Reader, version: number): StopReplicaRequestStopReplicaTopicState {
  const flexible = true;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitionStates: StopReplicaRequestStopReplicaPartitionState[];
  const n22 = flexible ? r.compactArrayLength(10) : r.arrayLength(1);
  if (n22 === -1) throw new DecodeError('StopReplicaRequest.PartitionStates is null but not nullable in version ' + version);
  const arr23: StopReplicaRequestStopReplicaPartitionState[] = [];
  for (let i24 = 0; i24 < n22; i24++) {
    arr23.push(decodeStopReplicaRequestStopReplicaPartitionState(r, version));
  }
  f_partitionStates = arr23;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('StopReplicaRequestStopReplicaTopicState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    partitionStates: f_partitionStates,
  };
}

export interface StopReplicaRequestStopReplicaPartitionState {
  partitionIndex: number;
  leaderEpoch: number;
  deletePartition: boolean;
}

export function defaultStopReplicaRequestStopReplicaPartitionState(): StopReplicaRequestStopReplicaPartitionState {
  return {
    partitionIndex: 0,
    leaderEpoch: -1,
    deletePartition: false,
  };
}

export function encodeStopReplicaRequestStopReplicaPartitionState(w: Writer, version: number, m: StopReplicaRequestStopReplicaPartitionState): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int32(m.leaderEpoch);
  w.bool(m.deletePartition);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeStopReplicaRequestStopReplicaPartitionState(r: Reader, version: number): StopReplicaRequestStopReplicaPartitionState {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_deletePartition: boolean;
  f_deletePartition = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('StopReplicaRequestStopReplicaPartitionState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    leaderEpoch: f_leaderEpoch,
    deletePartition: f_deletePartition,
  };
}

