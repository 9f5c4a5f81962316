// Generated from VoteRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const voteRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface VoteRequest {
  clusterId: string | null;
  voterId: number;
  topics: VoteRequestTopicData[];
}

export function defaultVoteRequest(): VoteRequest {
  return {
    clusterId: null,
    voterId: -1,
    topics: [],
  };
}

export function encodeVoteRequest(w: Writer, version: number, m: VoteRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('VoteRequest has no version ' + version);
  const flexible = true;
  const v0 = m.clusterId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  if (version >= 1) {
    w.int32(m.voterId);
  }
  const a1 = m.topics;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeVoteRequestTopicData(w, version, e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVoteRequest(r: Reader, version: number): VoteRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('VoteRequest has no version ' + version);
  const flexible = true;
  let f_clusterId: string | null;
  f_clusterId = flexible ? r.compactNullableString() : r.nullableString();
  let f_voterId: number = -1;
  if (version >= 1) {
    f_voterId = r.int32();
  }
  let f_topics: VoteRequestTopicData[];
  const n3 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('VoteRequest.Topics is null but not nullable in version ' + version);
  const arr4: VoteRequestTopicData[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeVoteRequestTopicData(r, version));
  }
  f_topics = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('VoteRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    clusterId: f_clusterId,
    voterId: f_voterId,
    topics: f_topics,
  };
}

export interface VoteRequestTopicData {
  topicName: string;
  partitions: VoteRequestPartitionData[];
}

export function defaultVoteRequestTopicData(): VoteRequestTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

export function encodeVoteRequestTopicData(w: Writer, version: number, m: VoteRequestTopicData): void {
  const flexible = true;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a6 = m.partitions;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeVoteRequestPartitionData(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVoteRequestTopicData(r: Reader, version: number): VoteRequestTopicData {
  const flexible = true;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: VoteRequestPartitionData[];
  const n8 = flexible ? r.compactArrayLength(25) : r.arrayLength(1);
  if (n8 === -1) throw new DecodeError('VoteRequest.Partitions is null but not nullable in version ' + version);
  const arr9: VoteRequestPartitionData[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeVoteRequestPartitionData(r, version));
  }
  f_partitions = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('VoteRequestTopicData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topicName: f_topicName,
    partitions: f_partitions,
  };
}

export interface VoteRequestPartitionData {
  partitionIndex: number;
  candidateEpoch: number;
  candidateId: number;
  candidateDirectoryId: string;
  voterDirectoryId: string;
  lastOffsetEpoch: number;
  lastOffset: bigint;
}

export function defaultVoteRequestPartitionData(): VoteRequestPartitionData {
  return {
    partitionIndex: 0,
    candidateEpoch: 0,
    candidateId: 0,
    candidateDirectoryId: ZERO_UUID,
    voterDirectoryId: ZERO_UUID,
    lastOffsetEpoch: 0,
    lastOffset: 0n,
  };
}

export function encodeVoteRequestPartitionData(w: Writer, version: number, m: VoteRequestPartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int32(m.candidateEpoch);
  w.int32(m.candidateId);
  if (version >= 1) {
    w.uuid(m.candidateDirectoryId);
  }
  if (version >= 1) {
    w.uuid(m.voterDirectoryId);
  }
  w.int32(m.lastOffsetEpoch);
  w.int64(m.lastOffset);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVoteRequestPartitionData(r: Reader, version: number): VoteRequestPartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_candidateEpoch: number;
  f_candidateEpoch = r.int32();
  let f_candidateId: number;
  f_candidateId = r.int32();
  let f_candidateDirectoryId: string = ZERO_UUID;
  if (version >= 1) {
    f_candidateDirectoryId = r.uuid();
  }
  let f_voterDirectoryId: string = ZERO_UUID;
  if (version >= 1) {
    f_voterDirectoryId = r.uuid();
  }
  let f_lastOffsetEpoch: number;
  f_lastOffsetEpoch = r.int32();
  let f_lastOffset: bigint;
  f_lastOffset = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('VoteRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    candidateEpoch: f_candidateEpoch,
    candidateId: f_candidateId,
    candidateDirectoryId: f_candidateDirectoryId,
    voterDirectoryId: f_voterDirectoryId,
    lastOffsetEpoch: f_lastOffsetEpoch,
    lastOffset: f_lastOffset,
  };
}

