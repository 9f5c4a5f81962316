// Generated from ShareFetchResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareFetchResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareFetchResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  responses: ShareFetchResponseShareFetchableTopicResponse[];
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
}

export function defaultShareFetchResponse(): ShareFetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
  };
}

export function encodeShareFetchResponse(w: Writer, version: number, m: ShareFetchResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareFetchResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  const a1 = m.responses;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeShareFetchResponseShareFetchableTopicResponse(w, version, e2);
  }
  const a3 = m.nodeEndpoints;
  if (flexible) w.compactArrayLength(a3.length); else w.arrayLength(a3.length);
  for (const e4 of a3) {
    encodeShareFetchResponseNodeEndpoint(w, version, e4);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchResponse(r: Reader, version: number): ShareFetchResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareFetchResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_responses: ShareFetchResponseShareFetchableTopicResponse[];
  const n5 = flexible ? r.compactArrayLength(18) : r.arrayLength(1);
  if (n5 === -1) throw new DecodeError('ShareFetchResponse.Responses is null but not nullable in version ' + version);
  const arr6: ShareFetchResponseShareFetchableTopicResponse[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeShareFetchResponseShareFetchableTopicResponse(r, version));
  }
  f_responses = arr6;
  let f_nodeEndpoints: ShareFetchResponseNodeEndpoint[];
  const n8 = flexible ? r.compactArrayLength(11) : r.arrayLength(1);
  if (n8 === -1) throw new DecodeError('ShareFetchResponse.NodeEndpoints is null but not nullable in version ' + version);
  const arr9: ShareFetchResponseNodeEndpoint[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeShareFetchResponseNodeEndpoint(r, version));
  }
  f_nodeEndpoints = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareFetchResponse: tagged field ' + tag + ' out of order');
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

export interface ShareFetchResponseShareFetchableTopicResponse {
  topicId: string;
  partitions: ShareFetchResponsePartitionData[];
}

export function defaultShareFetchResponseShareFetchableTopicResponse(): ShareFetchResponseShareFetchableTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeShareFetchResponseShareFetchableTopicResponse(w: Writer, version: number, m: ShareFetchResponseShareFetchableTopicResponse): void {
  const flexible = true;
  w.uuid(m.topicId);
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeShareFetchResponsePartitionData(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchResponseShareFetchableTopicResponse(r: Reader, version: number): ShareFetchResponseShareFetchableTopicResponse {
  const flexible = true;
  let f_topicId: string;
  f_topicId = r.uuid();
  let f_partitions: ShareFetchResponsePartitionData[];
  const n13 = flexible ? r.compactArrayLength(22) : r.arrayLength(1);
  if (n13 === -1) throw new DecodeError('ShareFetchResponse.Partitions is null but not nullable in version ' + version);
  const arr14: ShareFetchResponsePartitionData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeShareFetchResponsePartitionData(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareFetchResponseShareFetchableTopicResponse: tagged field ' + tag + ' out of order');
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

export interface ShareFetchResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  errorMessage: string | null;
  acknowledgeErrorCode: number;
  acknowledgeErrorMessage: string | null;
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  records: Buffer | null;
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
}

export function defaultShareFetchResponsePartitionData(): ShareFetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    acknowledgeErrorCode: 0,
    acknowledgeErrorMessage: null,
    currentLeader: defaultShareFetchResponseLeaderIdAndEpoch(),
    records: null,
    acquiredRecords: [],
  };
}

export function encodeShareFetchResponsePartitionData(w: Writer, version: number, m: ShareFetchResponsePartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  const v16 = m.errorMessage;
  if (flexible) w.compactNullableString(v16); else w.nullableString(v16);
  w.int16(m.acknowledgeErrorCode);
  const v17 = m.acknowledgeErrorMessage;
  if (flexible) w.compactNullableString(v17); else w.nullableString(v17);
  encodeShareFetchResponseLeaderIdAndEpoch(w, version, m.currentLeader);
  const v18 = m.records;
  if (flexible) w.compactNullableBytes(v18); else w.nullableBytes(v18);
  const a19 = m.acquiredRecords;
  if (flexible) w.compactArrayLength(a19.length); else w.arrayLength(a19.length);
  for (const e20 of a19) {
    encodeShareFetchResponseAcquiredRecords(w, version, e20);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchResponsePartitionData(r: Reader, version: number): ShareFetchResponsePartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_acknowledgeErrorCode: number;
  f_acknowledgeErrorCode = r.int16();
  let f_acknowledgeErrorMessage: string | null;
  f_acknowledgeErrorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  f_currentLeader = decodeShareFetchResponseLeaderIdAndEpoch(r, version);
  let f_records: Buffer | null;
  f_records = flexible ? r.compactNullableBytes() : r.nullableBytes();
  let f_acquiredRecords: ShareFetchResponseAcquiredRecords[];
  const n21 = flexible ? r.compactArrayLength(19) : r.arrayLength(1);
  if (n21 === -1) throw new DecodeError('ShareFetchResponse.AcquiredRecords is null but not nullable in version ' + version);
  const arr22: ShareFetchResponseAcquiredRecords[] = [];
  for (let i23 = 0; i23 < n21; i23++) {
    arr22.push(decodeShareFetchResponseAcquiredRecords(r, version));
  }
  f_acquiredRecords = arr22;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareFetchResponsePartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    acknowledgeErrorCode: f_acknowledgeErrorCode,
    acknowledgeErrorMessage: f_acknowledgeErrorMessage,
    currentLeader: f_currentLeader,
    records: f_records,
    acquiredRecords: f_acquiredRecords,
  };
}

export interface ShareFetchResponseLeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export function defaultShareFetchResponseLeaderIdAndEpoch(): ShareFetchResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

export function encodeShareFetchResponseLeaderIdAndEpoch(w: Writer, version: number, m: ShareFetchResponseLeaderIdAndEpoch): void {
  const flexible = true;
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchResponseLeaderIdAndEpoch(r: Reader, version: number): ShareFetchResponseLeaderIdAndEpoch {
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
      if (tag <= previousTag) throw new DecodeError('ShareFetchResponseLeaderIdAndEpoch: tagged field ' + tag + ' out of order');
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

export interface ShareFetchResponseAcquiredRecords {
  firstOffset: bigint;
  lastOffset: bigint;
  deliveryCount: number;
}

export function defaultShareFetchResponseAcquiredRecords(): ShareFetchResponseAcquiredRecords {
  return {
    firstOffset: 0n,
    lastOffset: 0n,
    deliveryCount: 0,
  };
}

export function encodeShareFetchResponseAcquiredRecords(w: Writer, version: number, m: ShareFetchResponseAcquiredRecords): void {
  const flexible = true;
  w.int64(m.firstOffset);
  w.int64(m.lastOffset);
  w.int16(m.deliveryCount);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchResponseAcquiredRecords(r: Reader, version: number): ShareFetchResponseAcquiredRecords {
  const flexible = true;
  let f_firstOffset: bigint;
  f_firstOffset = r.int64();
  let f_lastOffset: bigint;
  f_lastOffset = r.int64();
  let f_deliveryCount: number;
  f_deliveryCount = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareFetchResponseAcquiredRecords: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    firstOffset: f_firstOffset,
    lastOffset: f_lastOffset,
    deliveryCount: f_deliveryCount,
  };
}

export interface ShareFetchResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export function defaultShareFetchResponseNodeEndpoint(): ShareFetchResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

export function encodeShareFetchResponseNodeEndpoint(w: Writer, version: number, m: ShareFetchResponseNodeEndpoint): void {
  const flexible = true;
  w.int32(m.nodeId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int32(m.port);
  const v24 = m.rack;
  if (flexible) w.compactNullableString(v24); else w.nullableString(v24);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareFetchResponseNodeEndpoint(r: Reader, version: number): ShareFetchResponseNodeEndpoint {
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
      if (tag <= previousTag) throw new DecodeError('ShareFetchResponseNodeEndpoint: tagged field ' + tag + ' out of order');
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

