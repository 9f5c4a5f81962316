// Generated from EndQuorumEpochRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const endQuorumEpochRequestVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface EndQuorumEpochRequest {
  clusterId: string | null;
  topics: EndQuorumEpochRequestTopicData[];
  leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[];
}

export function defaultEndQuorumEpochRequest(): EndQuorumEpochRequest {
  return {
    clusterId: null,
    topics: [],
    leaderEndpoints: [],
  };
}

export function encodeEndQuorumEpochRequest(w: Writer, version: number, m: EndQuorumEpochRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('EndQuorumEpochRequest has no version ' + version);
  const flexible = version >= 1;
  const v0 = m.clusterId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const a1 = m.topics;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeEndQuorumEpochRequestTopicData(w, version, e2);
  }
  if (version >= 1) {
    const a3 = m.leaderEndpoints;
    if (flexible) w.compactArrayLength(a3.length); else w.arrayLength(a3.length);
    for (const e4 of a3) {
      encodeEndQuorumEpochRequestLeaderEndpoint(w, version, e4);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEndQuorumEpochRequest(r: Reader, version: number): EndQuorumEpochRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('EndQuorumEpochRequest has no version ' + version);
  const flexible = version >= 1;
  let f_clusterId: string | null;
  f_clusterId = flexible ? r.compactNullableString() : r.nullableString();
  let f_topics: EndQuorumEpochRequestTopicData[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n5 === -1) throw new DecodeError('EndQuorumEpochRequest.Topics is null but not nullable in version ' + version);
  const arr6: EndQuorumEpochRequestTopicData[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeEndQuorumEpochRequestTopicData(r, version));
  }
  f_topics = arr6;
  let f_leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[] = [];
  if (version >= 1) {
    const n8 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
    if (n8 === -1) throw new DecodeError('EndQuorumEpochRequest.LeaderEndpoints is null but not nullable in version ' + version);
    const arr9: EndQuorumEpochRequestLeaderEndpoint[] = [];
    for (let i10 = 0; i10 < n8; i10++) {
      arr9.push(decodeEndQuorumEpochRequestLeaderEndpoint(r, version));
    }
    f_leaderEndpoints = arr9;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('EndQuorumEpochRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    clusterId: f_clusterId,
    topics: f_topics,
    leaderEndpoints: f_leaderEndpoints,
  };
}

export interface EndQuorumEpochRequestTopicData {
  topicName: string;
  partitions: EndQuorumEpochRequestPartitionData[];
}

export function defaultEndQuorumEpochRequestTopicData(): EndQuorumEpochRequestTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

export function encodeEndQuorumEpochRequestTopicData(w: Writer, version: number, m: EndQuorumEpochRequestTopicData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeEndQuorumEpochRequestPartitionData(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEndQuorumEpochRequestTopicData(r: Reader, version: number): EndQuorumEpochRequestTopicData {
  const flexible = version >= 1;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: EndQuorumEpochRequestPartitionData[];
  const n13 = flexible ? r.compactArrayLength(14) : r.arrayLength(16);
  if (n13 === -1) throw new DecodeError('EndQuorumEpochRequest.Partitions is null but not nullable in version ' + version);
  const arr14: EndQuorumEpochRequestPartitionData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeEndQuorumEpochRequestPartitionData(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('EndQuorumEpochRequestTopicData: tagged field ' + tag + ' out of order');
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

export interface EndQuorumEpochRequestPartitionData {
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number;
  preferredSuccessors: number[];
  preferredCandidates: EndQuorumEpochRequestReplicaInfo[];
}

export function defaultEndQuorumEpochRequestPartitionData(): EndQuorumEpochRequestPartitionData {
  return {
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: 0,
    preferredSuccessors: [],
    preferredCandidates: [],
  };
}

export function encodeEndQuorumEpochRequestPartitionData(w: Writer, version: number, m: EndQuorumEpochRequestPartitionData): void {
  const flexible = version >= 1;
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (version <= 0) {
    const a16 = m.preferredSuccessors;
    if (flexible) w.compactArrayLength(a16.length); else w.arrayLength(a16.length);
    for (const e17 of a16) {
      w.int32(e17);
    }
  }
  if (version >= 1) {
    const a18 = m.preferredCandidates;
    if (flexible) w.compactArrayLength(a18.length); else w.arrayLength(a18.length);
    for (const e19 of a18) {
      encodeEndQuorumEpochRequestReplicaInfo(w, version, e19);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEndQuorumEpochRequestPartitionData(r: Reader, version: number): EndQuorumEpochRequestPartitionData {
  const flexible = version >= 1;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_preferredSuccessors: number[] = [];
  if (version <= 0) {
    const n20 = flexible ? r.compactArrayLength(1) : r.arrayLength(4);
    if (n20 === -1) throw new DecodeError('EndQuorumEpochRequest.PreferredSuccessors is null but not nullable in version ' + version);
    const arr21: number[] = [];
    for (let i22 = 0; i22 < n20; i22++) {
      arr21.push(r.int32());
    }
    f_preferredSuccessors = arr21;
  }
  let f_preferredCandidates: EndQuorumEpochRequestReplicaInfo[] = [];
  if (version >= 1) {
    const n23 = flexible ? r.compactArrayLength(21) : r.arrayLength(1);
    if (n23 === -1) throw new DecodeError('EndQuorumEpochRequest.PreferredCandidates is null but not nullable in version ' + version);
    const arr24: EndQuorumEpochRequestReplicaInfo[] = [];
    for (let i25 = 0; i25 < n23; i25++) {
      arr24.push(decodeEndQuorumEpochRequestReplicaInfo(r, version));
    }
    f_preferredCandidates = arr24;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('EndQuorumEpochRequestPartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    preferredSuccessors: f_preferredSuccessors,
    preferredCandidates: f_preferredCandidates,
  };
}

export interface EndQuorumEpochRequestReplicaInfo {
  candidateId: number;
  candidateDirectoryId: string;
}

export function defaultEndQuorumEpochRequestReplicaInfo(): EndQuorumEpochRequestReplicaInfo {
  return {
    candidateId: 0,
    candidateDirectoryId: ZERO_UUID,
  };
}

export function encodeEndQuorumEpochRequestReplicaInfo(w: Writer, version: number, m: EndQuorumEpochRequestReplicaInfo): void {
  const flexible = true;
  w.int32(m.candidateId);
  w.uuid(m.candidateDirectoryId);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEndQuorumEpochRequestReplicaInfo(r: Reader, version: number): EndQuorumEpochRequestReplicaInfo {
  const flexible = true;
  let f_candidateId: number;
  f_candidateId = r.int32();
  let f_candidateDirectoryId: string;
  f_candidateDirectoryId = r.uuid();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('EndQuorumEpochRequestReplicaInfo: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    candidateId: f_candidateId,
    candidateDirectoryId: f_candidateDirectoryId,
  };
}

export interface EndQuorumEpochRequestLeaderEndpoint {
  name: string;
  host: string;
  port: number;
}

export function defaultEndQuorumEpochRequestLeaderEndpoint(): EndQuorumEpochRequestLeaderEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

export function encodeEndQuorumEpochRequestLeaderEndpoint(w: Writer, version: number, m: EndQuorumEpochRequestLeaderEndpoint): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEndQuorumEpochRequestLeaderEndpoint(r: Reader, version: number): EndQuorumEpochRequestLeaderEndpoint {
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
      if (tag <= previousTag) throw new DecodeError('EndQuorumEpochRequestLeaderEndpoint: tagged field ' + tag + ' out of order');
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

