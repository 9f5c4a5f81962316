// Generated from BeginQuorumEpochRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const beginQuorumEpochRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface BeginQuorumEpochRequest {
  clusterId: string | null;
  voterId: number;
  topics: BeginQuorumEpochRequestTopicData[];
  leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[];
}

export function defaultBeginQuorumEpochRequest(): BeginQuorumEpochRequest {
  return {
    clusterId: null,
    voterId: -1,
    topics: [],
    leaderEndpoints: [],
  };
}

export function encodeBeginQuorumEpochRequest(w: Writer, version: number, m: BeginQuorumEpochRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('BeginQuorumEpochRequest has no version ' + version);
  const flexible = version >= 1;
  const v0 = m.clusterId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  if (version >= 1) {
    w.int32(m.voterId);
  }
  const a1 = m.topics;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeBeginQuorumEpochRequestTopicData(w, version, e2);
  }
  if (version >= 1) {
    const a3 = m.leaderEndpoints;
    if (flexible) w.compactArrayLength(a3.length); else w.arrayLength(a3.length);
    for (const e4 of a3) {
      encodeBeginQuorumEpochRequestLeaderEndpoint(w, version, e4);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBeginQuorumEpochRequest(r: Reader, version: number): BeginQuorumEpochRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('BeginQuorumEpochRequest has no version ' + version);
  const flexible = version >= 1;
  let f_clusterId: string | null;
  f_clusterId = flexible ? r.compactNullableString() : r.nullableString();
  let f_voterId: number = -1;
  if (version >= 1) {
    f_voterId = r.int32();
  }
  let f_topics: BeginQuorumEpochRequestTopicData[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n5 === -1) throw new DecodeError('BeginQuorumEpochRequest.Topics is null but not nullable in version ' + version);
  const arr6: BeginQuorumEpochRequestTopicData[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeBeginQuorumEpochRequestTopicData(r, version));
  }
  f_topics = arr6;
  let f_leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[] = [];
  if (version >= 1) {
    const n8 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
    if (n8 === -1) throw new DecodeError('BeginQuorumEpochRequest.LeaderEndpoints is null but not nullable in version ' + version);
    const arr9: BeginQuorumEpochRequestLeaderEndpoint[] = [];
    for (let i10 = 0; i10 < n8; i10++) {
      arr9.push(decodeBeginQuorumEpochRequestLeaderEndpoint(r, version));
    }
    f_leaderEndpoints = arr9;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BeginQuorumEpochRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    clusterId: f_clusterId,
    voterId: f_voterId,
    topics: f_topics,
    leaderEndpoints: f_leaderEndpoints,
  };
}

export interface BeginQuorumEpochRequestTopicData {
  topicName: string;
  partitions: BeginQuorumEpochRequestPartitionData[];
}

export function defaultBeginQuorumEpochRequestTopicData(): BeginQuorumEpochRequestTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

export function encodeBeginQuorumEpochRequestTopicData(w: Writer, version: number, m: BeginQuorumEpochRequestTopicData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeBeginQuorumEpochRequestPartitionData(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBeginQuorumEpochRequestTopicData(r: Reader, version: number): BeginQuorumEpochRequestTopicData {
  const flexible = version >= 1;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: BeginQuorumEpochRequestPartitionData[];
  const n13 = flexible ? r.compactArrayLength(29) : r.arrayLength(12);
  if (n13 === -1) throw new DecodeError('BeginQuorumEpochRequest.Partitions is null but not nullable in version ' + version);
  const arr14: BeginQuorumEpochRequestPartitionData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeBeginQuorumEpochRequestPartitionData(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BeginQuorumEpochRequestTopicData: tagged field ' + tag + ' out of order');
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

export interface BeginQuorumEpochRequestPartitionData {
  partitionIndex: number;
  voterDirectoryId: string;
  leaderId: number;
  leaderEpoch: number;
}

export function defaultBeginQuorumEpochRequestPartitionData(): BeginQuorumEpochRequestPartitionData {
  return {
    partitionIndex: 0,
    voterDirectoryId: ZERO_UUID,
    leaderId: 0,
    leaderEpoch: 0,
  };
}

export function encodeBeginQuorumEpochRequestPartitionData(w: Writer, version: number, m: BeginQuorumEpochRequestPartitionData): void {
  const flexible = version >= 1;
  w.int32(m.partitionIndex);
  if (version >= 1) {
    w.uuid(m.voterDirectoryId);
  }
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBeginQuorumEpochRequestPartitionData(r: Reader, version: number): BeginQuorumEpochRequestPartitionData {
  const flexible = version >= 1;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_voterDirectoryId: string = ZERO_UUID;
  if (version >= 1) {
    f_voterDirectoryId = r.uuid();
  }
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BeginQuorumEpochRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    voterDirectoryId: f_voterDirectoryId,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
  };
}

export interface BeginQuorumEpochRequestLeaderEndpoint {
  name: string;
  host: string;
  port: number;
}

export function defaultBeginQuorumEpochRequestLeaderEndpoint(): BeginQuorumEpochRequestLeaderEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

export function encodeBeginQuorumEpochRequestLeaderEndpoint(w: Writer, version: number, m: BeginQuorumEpochRequestLeaderEndpoint): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBeginQuorumEpochRequestLeaderEndpoint(r: Reader, version: number): BeginQuorumEpochRequestLeaderEndpoint {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.uint16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BeginQuorumEpochRequestLeaderEndpoint: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    host: f_host,
    port: f_port,
  };
}

