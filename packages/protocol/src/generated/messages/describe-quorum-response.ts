// Generated from DescribeQuorumResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeQuorumResponseVersions = { min: 0, max: 2, flexibleMin: 0 } as const;

export interface DescribeQuorumResponse {
  errorCode: number;
  errorMessage: string | null;
  topics: DescribeQuorumResponseTopicData[];
  nodes: DescribeQuorumResponseNode[];
}

export function defaultDescribeQuorumResponse(): DescribeQuorumResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    topics: [],
    nodes: [],
  };
}

export function encodeDescribeQuorumResponse(w: Writer, version: number, m: DescribeQuorumResponse): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('DescribeQuorumResponse has no version ' + version);
  const flexible = true;
  w.int16(m.errorCode);
  if (version >= 2) {
    const v0 = m.errorMessage;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  }
  const a1 = m.topics;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeDescribeQuorumResponseTopicData(w, version, e2);
  }
  if (version >= 2) {
    const a3 = m.nodes;
    if (flexible) w.compactArrayLength(a3.length); else w.arrayLength(a3.length);
    for (const e4 of a3) {
      encodeDescribeQuorumResponseNode(w, version, e4);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeQuorumResponse(r: Reader, version: number): DescribeQuorumResponse {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('DescribeQuorumResponse has no version ' + version);
  const flexible = true;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null = "";
  if (version >= 2) {
    f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_topics: DescribeQuorumResponseTopicData[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n5 === -1) throw new DecodeError('DescribeQuorumResponse.Topics is null but not nullable in version ' + version);
  const arr6: DescribeQuorumResponseTopicData[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeDescribeQuorumResponseTopicData(r, version));
  }
  f_topics = arr6;
  let f_nodes: DescribeQuorumResponseNode[] = [];
  if (version >= 2) {
    const n8 = flexible ? r.compactArrayLength(6) : r.arrayLength(1);
    if (n8 === -1) throw new DecodeError('DescribeQuorumResponse.Nodes is null but not nullable in version ' + version);
    const arr9: DescribeQuorumResponseNode[] = [];
    for (let i10 = 0; i10 < n8; i10++) {
      arr9.push(decodeDescribeQuorumResponseNode(r, version));
    }
    f_nodes = arr9;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeQuorumResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    topics: f_topics,
    nodes: f_nodes,
  };
}

export interface DescribeQuorumResponseReplicaState {
  replicaId: number;
  replicaDirectoryId: string;
  logEndOffset: bigint;
  lastFetchTimestamp: bigint;
  lastCaughtUpTimestamp: bigint;
}

export function defaultDescribeQuorumResponseReplicaState(): DescribeQuorumResponseReplicaState {
  return {
    replicaId: 0,
    replicaDirectoryId: ZERO_UUID,
    logEndOffset: 0n,
    lastFetchTimestamp: -1n,
    lastCaughtUpTimestamp: -1n,
  };
}

export function encodeDescribeQuorumResponseReplicaState(w: Writer, version: number, m: DescribeQuorumResponseReplicaState): void {
  const flexible = true;
  w.int32(m.replicaId);
  if (version >= 2) {
    w.uuid(m.replicaDirectoryId);
  }
  w.int64(m.logEndOffset);
  if (version >= 1) {
    w.int64(m.lastFetchTimestamp);
  }
  if (version >= 1) {
    w.int64(m.lastCaughtUpTimestamp);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeQuorumResponseReplicaState(r: Reader, version: number): DescribeQuorumResponseReplicaState {
  const flexible = true;
  let f_replicaId: number;
  f_replicaId = r.int32();
  let f_replicaDirectoryId: string = ZERO_UUID;
  if (version >= 2) {
    f_replicaDirectoryId = r.uuid();
  }
  let f_logEndOffset: bigint;
  f_logEndOffset = r.int64();
  let f_lastFetchTimestamp: bigint = -1n;
  if (version >= 1) {
    f_lastFetchTimestamp = r.int64();
  }
  let f_lastCaughtUpTimestamp: bigint = -1n;
  if (version >= 1) {
    f_lastCaughtUpTimestamp = r.int64();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeQuorumResponseReplicaState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    replicaId: f_replicaId,
    replicaDirectoryId: f_replicaDirectoryId,
    logEndOffset: f_logEndOffset,
    lastFetchTimestamp: f_lastFetchTimestamp,
    lastCaughtUpTimestamp: f_lastCaughtUpTimestamp,
  };
}

export interface DescribeQuorumResponseTopicData {
  topicName: string;
  partitions: DescribeQuorumResponsePartitionData[];
}

export function defaultDescribeQuorumResponseTopicData(): DescribeQuorumResponseTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

export function encodeDescribeQuorumResponseTopicData(w: Writer, version: number, m: DescribeQuorumResponseTopicData): void {
  const flexible = true;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeDescribeQuorumResponsePartitionData(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeQuorumResponseTopicData(r: Reader, version: number): DescribeQuorumResponseTopicData {
  const flexible = true;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: DescribeQuorumResponsePartitionData[];
  const n13 = flexible ? r.compactArrayLength(25) : r.arrayLength(1);
  if (n13 === -1) throw new DecodeError('DescribeQuorumResponse.Partitions is null but not nullable in version ' + version);
  const arr14: DescribeQuorumResponsePartitionData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeDescribeQuorumResponsePartitionData(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeQuorumResponseTopicData: tagged field ' + tag + ' out of order');
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

export interface DescribeQuorumResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
  leaderId: number;
  leaderEpoch: number;
  highWatermark: bigint;
  currentVoters: DescribeQuorumResponseReplicaState[];
  observers: DescribeQuorumResponseReplicaState[];
}

export function defaultDescribeQuorumResponsePartitionData(): DescribeQuorumResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
    leaderId: 0,
    leaderEpoch: 0,
    highWatermark: 0n,
    currentVoters: [],
    observers: [],
  };
}

export function encodeDescribeQuorumResponsePartitionData(w: Writer, version: number, m: DescribeQuorumResponsePartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (version >= 2) {
    const v16 = m.errorMessage;
    if (flexible) w.compactNullableString(v16); else w.nullableString(v16);
  }
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.int64(m.highWatermark);
  const a17 = m.currentVoters;
  if (flexible) w.compactArrayLength(a17.length); else w.arrayLength(a17.length);
  for (const e18 of a17) {
    encodeDescribeQuorumResponseReplicaState(w, version, e18);
  }
  const a19 = m.observers;
  if (flexible) w.compactArrayLength(a19.length); else w.arrayLength(a19.length);
  for (const e20 of a19) {
    encodeDescribeQuorumResponseReplicaState(w, version, e20);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeQuorumResponsePartitionData(r: Reader, version: number): DescribeQuorumResponsePartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null = "";
  if (version >= 2) {
    f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_highWatermark: bigint;
  f_highWatermark = r.int64();
  let f_currentVoters: DescribeQuorumResponseReplicaState[];
  const n21 = flexible ? r.compactArrayLength(13) : r.arrayLength(1);
  if (n21 === -1) throw new DecodeError('DescribeQuorumResponse.CurrentVoters is null but not nullable in version ' + version);
  const arr22: DescribeQuorumResponseReplicaState[] = [];
  for (let i23 = 0; i23 < n21; i23++) {
    arr22.push(decodeDescribeQuorumResponseReplicaState(r, version));
  }
  f_currentVoters = arr22;
  let f_observers: DescribeQuorumResponseReplicaState[];
  const n24 = flexible ? r.compactArrayLength(13) : r.arrayLength(1);
  if (n24 === -1) throw new DecodeError('DescribeQuorumResponse.Observers is null but not nullable in version ' + version);
  const arr25: DescribeQuorumResponseReplicaState[] = [];
  for (let i26 = 0; i26 < n24; i26++) {
    arr25.push(decodeDescribeQuorumResponseReplicaState(r, version));
  }
  f_observers = arr25;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeQuorumResponsePartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    highWatermark: f_highWatermark,
    currentVoters: f_currentVoters,
    observers: f_observers,
  };
}

export interface DescribeQuorumResponseNode {
  nodeId: number;
  listeners: DescribeQuorumResponseListener[];
}

export function defaultDescribeQuorumResponseNode(): DescribeQuorumResponseNode {
  return {
    nodeId: 0,
    listeners: [],
  };
}

export function encodeDescribeQuorumResponseNode(w: Writer, version: number, m: DescribeQuorumResponseNode): void {
  const flexible = true;
  w.int32(m.nodeId);
  const a27 = m.listeners;
  if (flexible) w.compactArrayLength(a27.length); else w.arrayLength(a27.length);
  for (const e28 of a27) {
    encodeDescribeQuorumResponseListener(w, version, e28);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeQuorumResponseNode(r: Reader, version: number): DescribeQuorumResponseNode {
  const flexible = true;
  let f_nodeId: number;
  f_nodeId = r.int32();
  let f_listeners: DescribeQuorumResponseListener[];
  const n29 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n29 === -1) throw new DecodeError('DescribeQuorumResponse.Listeners is null but not nullable in version ' + version);
  const arr30: DescribeQuorumResponseListener[] = [];
  for (let i31 = 0; i31 < n29; i31++) {
    arr30.push(decodeDescribeQuorumResponseListener(r, version));
  }
  f_listeners = arr30;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeQuorumResponseNode: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    nodeId: f_nodeId,
    listeners: f_listeners,
  };
}

export interface DescribeQuorumResponseListener {
  name: string;
  host: string;
  port: number;
}

export function defaultDescribeQuorumResponseListener(): DescribeQuorumResponseListener {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

export function encodeDescribeQuorumResponseListener(w: Writer, version: number, m: DescribeQuorumResponseListener): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeQuorumResponseListener(r: Reader, version: number): DescribeQuorumResponseListener {
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
      if (tag <= previousTag) throw new DecodeError('DescribeQuorumResponseListener: tagged field ' + tag + ' out of order');
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

