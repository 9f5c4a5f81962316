// Generated from ReadShareGroupStateSummaryRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const readShareGroupStateSummaryRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ReadShareGroupStateSummaryRequest {
  groupId: string;
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
}

export function defaultReadShareGroupStateSummaryRequest(): ReadShareGroupStateSummaryRequest {
  return {
    groupId: "",
    topics: [],
  };
}

export function encodeReadShareGroupStateSummaryRequest(w: Writer, version: number, m: ReadShareGroupStateSummaryRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ReadShareGroupStateSummaryRequest has no version ' + version);
  const flexible = true;
  if (flexible) w.compactString(m.groupId); else w.string(m.groupId);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeReadShareGroupStateSummaryRequestReadStateSummaryData(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateSummaryRequest(r: Reader, version: number): ReadShareGroupStateSummaryRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ReadShareGroupStateSummaryRequest has no version ' + version);
  const flexible = true;
  let f_groupId: string;
  f_groupId = flexible ? r.compactString() : r.string();
  let f_topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
  const n2 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('ReadShareGroupStateSummaryRequest.Topics is null but not nullable in version ' + version);
  const arr3: ReadShareGroupStateSummaryRequestReadStateSummaryData[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeReadShareGroupStateSummaryRequestReadStateSummaryData(r, version));
  }
  f_topics = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateSummaryRequest: tagged field ' + tag + ' out of order');
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

export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  topicId: string;
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
}

export function defaultReadShareGroupStateSummaryRequestReadStateSummaryData(): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, version: number, m: ReadShareGroupStateSummaryRequestReadStateSummaryData): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeReadShareGroupStateSummaryRequestPartitionData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, version: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: ReadShareGroupStateSummaryRequestPartitionData[];
  const n7 = flexible ? r.compactArrayLength(9) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('ReadShareGroupStateSummaryRequest.Partitions is null but not nullable in version ' + version);
  const arr8: ReadShareGroupStateSummaryRequestPartitionData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeReadShareGroupStateSummaryRequestPartitionData(r, version));
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateSummaryRequestReadStateSummaryData: tagged field ' + tag + ' out of order');
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

export interface ReadShareGroupStateSummaryRequestPartitionData {
  partition: number;
  leaderEpoch: number;
}

export function defaultReadShareGroupStateSummaryRequestPartitionData(): ReadShareGroupStateSummaryRequestPartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
  };
}

export function encodeReadShareGroupStateSummaryRequestPartitionData(w: Writer, version: number, m: ReadShareGroupStateSummaryRequestPartitionData): void {
  const flexible = true;
  w.int32(m.partition);
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeReadShareGroupStateSummaryRequestPartitionData(r: Reader, version: number): ReadShareGroupStateSummaryRequestPartitionData {
  const flexible = true;
  let f_partition: number;
  f_partition = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ReadShareGroupStateSummaryRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partition: f_partition,
    leaderEpoch: f_leaderEpoch,
  };
}

