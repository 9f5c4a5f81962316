// Generated from AssignReplicasToDirsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const assignReplicasToDirsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface AssignReplicasToDirsRequest {
  brokerId: number;
  brokerEpoch: bigint;
  directories: AssignReplicasToDirsRequestDirectoryData[];
}

export function defaultAssignReplicasToDirsRequest(): AssignReplicasToDirsRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1n,
    directories: [],
  };
}

export function encodeAssignReplicasToDirsRequest(w: Writer, version: number, m: AssignReplicasToDirsRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('AssignReplicasToDirsRequest has no version ' + version);
  const flexible = true;
  w.int32(m.brokerId);
  w.int64(m.brokerEpoch);
  const a0 = m.directories;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAssignReplicasToDirsRequestDirectoryData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAssignReplicasToDirsRequest(r: Reader, version: number): AssignReplicasToDirsRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('AssignReplicasToDirsRequest has no version ' + version);
  const flexible = true;
  let f_brokerId: number;
  f_brokerId = r.int32();
  let f_brokerEpoch: bigint;
  f_brokerEpoch = r.int64();
  let f_directories: AssignReplicasToDirsRequestDirectoryData[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('AssignReplicasToDirsRequest.Directories is null but not nullable in version ' + version);
  const arr3: AssignReplicasToDirsRequestDirectoryData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAssignReplicasToDirsRequestDirectoryData(r, version));
  }
  f_directories = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AssignReplicasToDirsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    brokerId: f_brokerId,
    brokerEpoch: f_brokerEpoch,
    directories: f_directories,
  };
}

export interface AssignReplicasToDirsRequestDirectoryData {
  id: string;
  topics: AssignReplicasToDirsRequestTopicData[];
}

export function defaultAssignReplicasToDirsRequestDirectoryData(): AssignReplicasToDirsRequestDirectoryData {
  return {
    id: ZERO_UUID,
    topics: [],
  };
}

export function encodeAssignReplicasToDirsRequestDirectoryData(w: Writer, version: number, m: AssignReplicasToDirsRequestDirectoryData): void {
  const flexible = true;
  w.uuid(m.id);
  const a5 = m.topics;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeAssignReplicasToDirsRequestTopicData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAssignReplicasToDirsRequestDirectoryData(r: Reader, version: number): AssignReplicasToDirsRequestDirectoryData {
  const flexible = true;
  let f_id: string;
  f_id = r.uuid();
  let f_topics: AssignReplicasToDirsRequestTopicData[];
  const n7 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('AssignReplicasToDirsRequest.Topics is null but not nullable in version ' + version);
  const arr8: AssignReplicasToDirsRequestTopicData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeAssignReplicasToDirsRequestTopicData(r, version));
  }
  f_topics = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AssignReplicasToDirsRequestDirectoryData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    id: f_id,
    topics: f_topics,
  };
}

export interface AssignReplicasToDirsRequestTopicData {
  topicId: string;
  partitions: AssignReplicasToDirsRequestPartitionData[];
}

export function defaultAssignReplicasToDirsRequestTopicData(): AssignReplicasToDirsRequestTopicData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeAssignReplicasToDirsRequestTopicData(w: Writer, version: number, m: AssignReplicasToDirsRequestTopicData): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    encodeAssignReplicasToDirsRequestPartitionData(w, version, e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAssignReplicasToDirsRequestTopicData(r: Reader, version: number): AssignReplicasToDirsRequestTopicData {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: AssignReplicasToDirsRequestPartitionData[];
  const n12 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('AssignReplicasToDirsRequest.Partitions is null but not nullable in version ' + version);
  const arr13: AssignReplicasToDirsRequestPartitionData[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeAssignReplicasToDirsRequestPartitionData(r, version));
  }
  f_partitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AssignReplicasToDirsRequestTopicData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicId: f_topicId,
    partitions: f_partitions,
  };
}

export interface AssignReplicasToDirsRequestPartitionData {
  partitionIndex: number;
}

export function defaultAssignReplicasToDirsRequestPartitionData(): AssignReplicasToDirsRequestPartitionData {
  return {
    partitionIndex: 0,
  };
}

export function encodeAssignReplicasToDirsRequestPartitionData(w: Writer, version: number, m: AssignReplicasToDirsRequestPartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAssignReplicasToDirsRequestPartitionData(r: Reader, version: number): AssignReplicasToDirsRequestPartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AssignReplicasToDirsRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
  };
}

