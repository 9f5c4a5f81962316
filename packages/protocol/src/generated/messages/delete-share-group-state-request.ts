// Generated from DeleteShareGroupStateRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const deleteShareGroupStateRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DeleteShareGroupStateRequest {
  groupId: string;
  topics: DeleteShareGroupStateRequestDeleteStateData[];
}

export function defaultDeleteShareGroupStateRequest(): DeleteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

export function encodeDeleteShareGroupStateRequest(w: Writer, version: number, m: DeleteShareGroupStateRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DeleteShareGroupStateRequest has no version ' + version);
  const flexible = true;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDeleteShareGroupStateRequestDeleteStateData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteShareGroupStateRequest(r: Reader, version: number): DeleteShareGroupStateRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DeleteShareGroupStateRequest has no version ' + version);
  const flexible = true;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_topics: DeleteShareGroupStateRequestDeleteStateData[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('DeleteShareGroupStateRequest.Topics is null but not nullable in version ' + version);
  const arr3: DeleteShareGroupStateRequestDeleteStateData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDeleteShareGroupStateRequestDeleteStateData(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteShareGroupStateRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    groupId: f_groupId,
    topics: f_topics,
  };
}

export interface DeleteShareGroupStateRequestDeleteStateData {
  topicId: string;
  partitions: DeleteShareGroupStateRequestPartitionData[];
}

export function defaultDeleteShareGroupStateRequestDeleteStateData(): DeleteShareGroupStateRequestDeleteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeDeleteShareGroupStateRequestDeleteStateData(w: Writer, version: number, m: DeleteShareGroupStateRequestDeleteStateData): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDeleteShareGroupStateRequestPartitionData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteShareGroupStateRequestDeleteStateData(r: Reader, version: number): DeleteShareGroupStateRequestDeleteStateData {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: DeleteShareGroupStateRequestPartitionData[];
  const n7 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('DeleteShareGroupStateRequest.Partitions is null but not nullable in version ' + version);
  const arr8: DeleteShareGroupStateRequestPartitionData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDeleteShareGroupStateRequestPartitionData(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteShareGroupStateRequestDeleteStateData: tagged field ' + tag + ' out of order');
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

export interface DeleteShareGroupStateRequestPartitionData {
  partition: number;
}

export function defaultDeleteShareGroupStateRequestPartitionData(): DeleteShareGroupStateRequestPartitionData {
  return {
    partition: 0,
  };
}

export function encodeDeleteShareGroupStateRequestPartitionData(w: Writer, version: number, m: DeleteShareGroupStateRequestPartitionData): void {
  const flexible = true;
  w.int32(m.partition);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDeleteShareGroupStateRequestPartitionData(r: Reader, version: number): DeleteShareGroupStateRequestPartitionData {
  const flexible = true;
  let f_partition: number;
  f_partition = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DeleteShareGroupStateRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partition: f_partition,
  };
}

