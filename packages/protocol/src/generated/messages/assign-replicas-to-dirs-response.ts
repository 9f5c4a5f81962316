// Generated from AssignReplicasToDirsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const assignReplicasToDirsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface AssignReplicasToDirsResponse {
  throttleTimeMs: number;
  errorCode: number;
  directories: AssignReplicasToDirsResponseDirectoryData[];
}

export function defaultAssignReplicasToDirsResponse(): AssignReplicasToDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    directories: [],
  };
}

export function encodeAssignReplicasToDirsResponse(w: Writer, version: number, m: AssignReplicasToDirsResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('AssignReplicasToDirsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const a0 = m.directories;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAssignReplicasToDirsResponseDirectoryData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAssignReplicasToDirsResponse(r: Reader, version: number): AssignReplicasToDirsResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('AssignReplicasToDirsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_directories: AssignReplicasToDirsResponseDirectoryData[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('AssignReplicasToDirsResponse.Directories is null but not nullable in version ' + version);
  const arr3: AssignReplicasToDirsResponseDirectoryData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAssignReplicasToDirsResponseDirectoryData(r, version));
  }
  f_directories = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AssignReplicasToDirsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    directories: f_directories,
  };
}

export interface AssignReplicasToDirsResponseDirectoryData {
  id: string;
  topics: AssignReplicasToDirsResponseTopicData[];
}

export function defaultAssignReplicasToDirsResponseDirectoryData(): AssignReplicasToDirsResponseDirectoryData {
  return {
    id: ZERO_UUID,
    topics: [],
  };
}

export function encodeAssignReplicasToDirsResponseDirectoryData(w: Writer, version: number, m: AssignReplicasToDirsResponseDirectoryData): void {
  const flexible = true;
  w.uuid(m.id);
  const a5 = m.topics;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeAssignReplicasToDirsResponseTopicData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAssignReplicasToDirsResponseDirectoryData(r: Reader, version: number): AssignReplicasToDirsResponseDirectoryData {
  const flexible = true;
  let f_id: string;
  f_id = r.uuid();
  let f_topics: AssignReplicasToDirsResponseTopicData[];
  const n7 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('AssignReplicasToDirsResponse.Topics is null but not nullable in version ' + version);
  const arr8: AssignReplicasToDirsResponseTopicData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeAssignReplicasToDirsResponseTopicData(r, version));
  }
  f_topics = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AssignReplicasToDirsResponseDirectoryData: tagged field ' + tag + ' out of order');
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

export interface AssignReplicasToDirsResponseTopicData {
  topicId: string;
  partitions: AssignReplicasToDirsResponsePartitionData[];
}

export function defaultAssignReplicasToDirsResponseTopicData(): AssignReplicasToDirsResponseTopicData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeAssignReplicasToDirsResponseTopicData(w: Writer, version: number, m: AssignReplicasToDirsResponseTopicData): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    encodeAssignReplicasToDirsResponsePartitionData(w, version, e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAssignReplicasToDirsResponseTopicData(r: Reader, version: number): AssignReplicasToDirsResponseTopicData {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: AssignReplicasToDirsResponsePartitionData[];
  const n12 = flexible ? r.compactArrayLength(7) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('AssignReplicasToDirsResponse.Partitions is null but not nullable in version ' + version);
  const arr13: AssignReplicasToDirsResponsePartitionData[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeAssignReplicasToDirsResponsePartitionData(r, version));
  }
  f_partitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AssignReplicasToDirsResponseTopicData: tagged field ' + tag + ' out of order');
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

export interface AssignReplicasToDirsResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
}

export function defaultAssignReplicasToDirsResponsePartitionData(): AssignReplicasToDirsResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

export function encodeAssignReplicasToDirsResponsePartitionData(w: Writer, version: number, m: AssignReplicasToDirsResponsePartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAssignReplicasToDirsResponsePartitionData(r: Reader, version: number): AssignReplicasToDirsResponsePartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AssignReplicasToDirsResponsePartitionData: tagged field ' + tag + ' out of order');
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

