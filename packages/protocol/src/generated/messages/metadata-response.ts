// Generated from MetadataResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const metadataResponseVersions = { min: 0, max: 12, flexibleMin: 9 } as const;

export interface MetadataResponse {
  throttleTimeMs: number;
  brokers: MetadataResponseMetadataResponseBroker[];
  clusterId: string | null;
  controllerId: number;
  topics: MetadataResponseMetadataResponseTopic[];
  clusterAuthorizedOperations: number;
}

export function defaultMetadataResponse(): MetadataResponse {
  return {
    throttleTimeMs: 0,
    brokers: [],
    clusterId: null,
    controllerId: -1,
    topics: [],
    clusterAuthorizedOperations: -2147483648,
  };
}

export function encodeMetadataResponse(w: Writer, version: number, m: MetadataResponse): void {
  if (!(version >= 0 && version <= 12)) throw new EncodeError('MetadataResponse has no version ' + version);
  const flexible = version >= 9;
  if (version >= 3) {
    w.int32(m.throttleTimeMs);
  }
  const a0 = m.brokers;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeMetadataResponseMetadataResponseBroker(w, version, e1);
  }
  if (version >= 2) {
    const v2 = m.clusterId;
    if (flexible) w.compactNullableString(v2); else w.nullableString(v2);
  }
  if (version >= 1) {
    w.int32(m.controllerId);
  }
  const a3 = m.topics;
  if (flexible) w.compactArrayLength(a3.length); else w.arrayLength(a3.length);
  for (const e4 of a3) {
    encodeMetadataResponseMetadataResponseTopic(w, version, e4);
  }
  if (version >= 8 && version <= 10) {
    w.int32(m.clusterAuthorizedOperations);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeMetadataResponse(r: Reader, version: number): MetadataResponse {
  if (!(version >= 0 && version <= 12)) throw new DecodeError('MetadataResponse has no version ' + version);
  const flexible = version >= 9;
  let f_throttleTimeMs: number = 0;
  if (version >= 3) {
    f_throttleTimeMs = r.int32();
  }
  let f_brokers: MetadataResponseMetadataResponseBroker[];
  const n5 = flexible ? r.compactArrayLength(11) : r.arrayLength(10);
  if (n5 === -1) throw new DecodeError('MetadataResponse.Brokers is null but not nullable in version ' + version);
  const arr6: MetadataResponseMetadataResponseBroker[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeMetadataResponseMetadataResponseBroker(r, version));
  }
  f_brokers = arr6;
  let f_clusterId: string | null = null;
  if (version >= 2) {
    f_clusterId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_controllerId: number = -1;
  if (version >= 1) {
    f_controllerId = r.int32();
  }
  let f_topics: MetadataResponseMetadataResponseTopic[];
  const n8 = flexible ? r.compactArrayLength(10) : r.arrayLength(8);
  if (n8 === -1) throw new DecodeError('MetadataResponse.Topics is null but not nullable in version ' + version);
  const arr9: MetadataResponseMetadataResponseTopic[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeMetadataResponseMetadataResponseTopic(r, version));
  }
  f_topics = arr9;
  let f_clusterAuthorizedOperations: number = -2147483648;
  if (version >= 8 && version <= 10) {
    f_clusterAuthorizedOperations = r.int32();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('MetadataResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    brokers: f_brokers,
    clusterId: f_clusterId,
    controllerId: f_controllerId,
    topics: f_topics,
    clusterAuthorizedOperations: f_clusterAuthorizedOperations,
  };
}

export interface MetadataResponseMetadataResponseBroker {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export function defaultMetadataResponseMetadataResponseBroker(): MetadataResponseMetadataResponseBroker {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

export function encodeMetadataResponseMetadataResponseBroker(w: Writer, version: number, m: MetadataResponseMetadataResponseBroker): void {
  const flexible = version >= 9;
  w.int32(m.nodeId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int32(m.port);
  if (version >= 1) {
    const v11 = m.rack;
    if (flexible) w.compactNullableString(v11); else w.nullableString(v11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeMetadataResponseMetadataResponseBroker(r: Reader, version: number): MetadataResponseMetadataResponseBroker {
  const flexible = version >= 9;
  let f_nodeId: number;
  f_nodeId = r.int32();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.int32();
  let f_rack: string | null = null;
  if (version >= 1) {
    f_rack = flexible ? r.compactNullableString() : r.nullableString();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('MetadataResponseMetadataResponseBroker: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
    rack: f_rack,
  };
}

export interface MetadataResponseMetadataResponseTopic {
  errorCode: number;
  name: string | null;
  topicId: string;
  isInternal: boolean;
  partitions: MetadataResponseMetadataResponsePartition[];
  topicAuthorizedOperations: number;
}

export function defaultMetadataResponseMetadataResponseTopic(): MetadataResponseMetadataResponseTopic {
  return {
    errorCode: 0,
    name: "",
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
  };
}

export function encodeMetadataResponseMetadataResponseTopic(w: Writer, version: number, m: MetadataResponseMetadataResponseTopic): void {
  const flexible = version >= 9;
  w.int16(m.errorCode);
  const v12 = m.name;
  if (v12 === null && !(version >= 12)) throw new EncodeError('MetadataResponse.Name is not nullable in version ' + version);
  if (flexible) w.compactNullableString(v12); else w.nullableString(v12);
  if (version >= 10) {
    w.uuid(m.topicId);
  }
  if (version >= 1) {
    w.bool(m.isInternal);
  }
  const a13 = m.partitions;
  if (flexible) w.compactArrayLength(a13.length); else w.arrayLength(a13.length);
  for (const e14 of a13) {
    encodeMetadataResponseMetadataResponsePartition(w, version, e14);
  }
  if (version >= 8) {
    w.int32(m.topicAuthorizedOperations);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeMetadataResponseMetadataResponseTopic(r: Reader, version: number): MetadataResponseMetadataResponseTopic {
  const flexible = version >= 9;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_name: string | null;
  if (version >= 12) {
    f_name = flexible ? r.compactNullableString() : r.nullableString();
  } else f_name = flexible ? r.compactString() : r.string();
  let f_topicId: string = ZERO_UUID;
  if (version >= 10) {
    f_topicId = r.uuid();
  }
  let f_isInternal: boolean = false;
  if (version >= 1) {
    f_isInternal = r.bool();
  }
  let f_partitions: MetadataResponseMetadataResponsePartition[];
  const n15 = flexible ? r.compactArrayLength(18) : r.arrayLength(18);
  if (n15 === -1) throw new DecodeError('MetadataResponse.Partitions is null but not nullable in version ' + version);
  const arr16: MetadataResponseMetadataResponsePartition[] = [];
  for (let i17 = 0; i17 < n15; i17++) {
    arr16.push(decodeMetadataResponseMetadataResponsePartition(r, version));
  }
  f_partitions = arr16;
  let f_topicAuthorizedOperations: number = -2147483648;
  if (version >= 8) {
    f_topicAuthorizedOperations = r.int32();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('MetadataResponseMetadataResponseTopic: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    name: f_name,
    topicId: f_topicId,
    isInternal: f_isInternal,
    partitions: f_partitions,
    topicAuthorizedOperations: f_topicAuthorizedOperations,
  };
}

export interface MetadataResponseMetadataResponsePartition {
  errorCode: number;
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number;
  replicaNodes: number[];
  isrNodes: number[];
  offlineReplicas: number[];
}

export function defaultMetadataResponseMetadataResponsePartition(): MetadataResponseMetadataResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    offlineReplicas: [],
  };
}

export function encodeMetadataResponseMetadataResponsePartition(w: Writer, version: number, m: MetadataResponseMetadataResponsePartition): void {
  const flexible = version >= 9;
  w.int16(m.errorCode);
  w.int32(m.partitionIndex);
  w.int32(m.leaderId);
  if (version >= 7) {
    w.int32(m.leaderEpoch);
  }
  const a18 = m.replicaNodes;
  if (flexible) w.compactArrayLength(a18.length); else w.arrayLength(a18.length);
  for (const e19 of a18) {
    w.int32(e19);
  }
  const a20 = m.isrNodes;
  if (flexible) w.compactArrayLength(a20.length); else w.arrayLength(a20.length);
  for (const e21 of a20) {
    w.int32(e21);
  }
  if (version >= 5) {
    const a22 = m.offlineReplicas;
    if (flexible) w.compactArrayLength(a22.length); else w.arrayLength(a22.length);
    for (const e23 of a22) {
      w.int32(e23);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeMetadataResponseMetadataResponsePartition(r: Reader, version: number): MetadataResponseMetadataResponsePartition {
  const flexible = version >= 9;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number = -1;
  if (version >= 7) {
    f_leaderEpoch = r.int32();
  }
  let f_replicaNodes: number[];
  const n24 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n24 === -1) throw new DecodeError('MetadataResponse.ReplicaNodes is null but not nullable in version ' + version);
  const arr25: number[] = [];
  for (let i26 = 0; i26 < n24; i26++) {
    arr25.push(r.int32());
  }
  f_replicaNodes = arr25;
  let f_isrNodes: number[];
  const n27 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n27 === -1) throw new DecodeError('MetadataResponse.IsrNodes is null but not nullable in version ' + version);
  const arr28: number[] = [];
  for (let i29 = 0; i29 < n27; i29++) {
    arr28.push(r.int32());
  }
  f_isrNodes = arr28;
  let f_offlineReplicas: number[] = [];
  if (version >= 5) {
    const n30 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
    if (n30 === -1) throw new DecodeError('MetadataResponse.OfflineReplicas is null but not nullable in version ' + version);
    const arr31: number[] = [];
    for (let i32 = 0; i32 < n30; i32++) {
      arr31.push(r.int32());
    }
    f_offlineReplicas = arr31;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('MetadataResponseMetadataResponsePartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    partitionIndex: f_partitionIndex,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    replicaNodes: f_replicaNodes,
    isrNodes: f_isrNodes,
    offlineReplicas: f_offlineReplicas,
  };
}

