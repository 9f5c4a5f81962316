// Generated from ShareAcknowledgeResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareAcknowledgeResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareAcknowledgeResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
}

export function defaultShareAcknowledgeResponse(): ShareAcknowledgeResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
  };
}

export function encodeShareAcknowledgeResponse(w: Writer, version: number, m: ShareAcknowledgeResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareAcknowledgeResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const a1 = m.responses;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w, version, e2);
  }
  const a3 = m.nodeEndpoints;
  if (flexible) w.compactArrayLength(a3.length); else w.arrayLength(a3.length);
  for (const e4 of a3) {
    encodeShareAcknowledgeResponseNodeEndpoint(w, version, e4);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareAcknowledgeResponse(r: Reader, version: number): ShareAcknowledgeResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareAcknowledgeResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  const n5 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n5 === -1) throw new DecodeError('ShareAcknowledgeResponse.Responses is null but not nullable in version ' + version);
  const arr6: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(r, version));
  }
  f_responses = arr6;
  let f_nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
  const n8 = flexible ? r.compactArrayLength(11) : r.arrayLength(1);
  if (n8 === -1) throw new DecodeError('ShareAcknowledgeResponse.NodeEndpoints is null but not nullable in version ' + version);
  const arr9: ShareAcknowledgeResponseNodeEndpoint[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeShareAcknowledgeResponseNodeEndpoint(r, version));
  }
  f_nodeEndpoints = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareAcknowledgeResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    responses: f_responses,
    nodeEndpoints: f_nodeEndpoints,
  };
}

export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  topicId: string;
  partitions: ShareAcknowledgeResponsePartitionData[];
}

export function defaultShareAcknowledgeResponseShareAcknowledgeTopicResponse(): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, version: number, m: ShareAcknowledgeResponseShareAcknowledgeTopicResponse): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeShareAcknowledgeResponsePartitionData(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, version: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: ShareAcknowledgeResponsePartitionData[];
  const n13 = flexible ? r.compactArrayLength(17) : r.arrayLength(1);
  if (n13 === -1) throw new DecodeError('ShareAcknowledgeResponse.Partitions is null but not nullable in version ' + version);
  const arr14: ShareAcknowledgeResponsePartitionData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeShareAcknowledgeResponsePartitionData(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareAcknowledgeResponseShareAcknowledgeTopicResponse: tagged field ' + tag + ' out of order');
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

export interface ShareAcknowledgeResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
}

export function defaultShareAcknowledgeResponsePartitionData(): ShareAcknowledgeResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    currentLeader: defaultShareAcknowledgeResponseLeaderIdAndEpoch(),
  };
}

export function encodeShareAcknowledgeResponsePartitionData(w: Writer, version: number, m: ShareAcknowledgeResponsePartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  const v16 = m.errorMessage;
  if (flexible) w.compactNullableString(v16); else w.nullableString(v16);
  encodeShareAcknowledgeResponseLeaderIdAndEpoch(w, version, m.currentLeader);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareAcknowledgeResponsePartitionData(r: Reader, version: number): ShareAcknowledgeResponsePartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
  f_currentLeader = decodeShareAcknowledgeResponseLeaderIdAndEpoch(r, version);
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareAcknowledgeResponsePartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    currentLeader: f_currentLeader,
  };
}

export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export function defaultShareAcknowledgeResponseLeaderIdAndEpoch(): ShareAcknowledgeResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

export function encodeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, version: number, m: ShareAcknowledgeResponseLeaderIdAndEpoch): void {
  const flexible = true;
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, version: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  const flexible = true;
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareAcknowledgeResponseLeaderIdAndEpoch: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
  };
}

export interface ShareAcknowledgeResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export function defaultShareAcknowledgeResponseNodeEndpoint(): ShareAcknowledgeResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

export function encodeShareAcknowledgeResponseNodeEndpoint(w: Writer, version: number, m: ShareAcknowledgeResponseNodeEndpoint): void {
  const flexible = true;
  w.int32(m.nodeId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int32(m.port);
  const v17 = m.rack;
  if (flexible) w.compactNullableString(v17); else w.nullableString(v17);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareAcknowledgeResponseNodeEndpoint(r: Reader, version: number): ShareAcknowledgeResponseNodeEndpoint {
  const flexible = true;
  let f_nodeId: number;
  f_nodeId = r.int32();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.int32();
  let f_rack: string | null;
  f_rack = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareAcknowledgeResponseNodeEndpoint: tagged field ' + tag + ' out of order');
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

