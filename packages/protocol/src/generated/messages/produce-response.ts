// Generated from ProduceResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const produceResponseVersions = { min: 0, max: 11, flexibleMin: 9 } as const;

export interface ProduceResponse {
  responses: ProduceResponseTopicProduceResponse[];
  throttleTimeMs: number;
  nodeEndpoints?: ProduceResponseNodeEndpoint[] | undefined;
}

export function defaultProduceResponse(): ProduceResponse {
  return {
    responses: [],
    throttleTimeMs: 0,
  };
}

export function encodeProduceResponse(w: Writer, version: number, m: ProduceResponse): void {
  if (!(version >= 0 && version <= 11)) throw new EncodeError('ProduceResponse has no version ' + version);
  const flexible = version >= 9;
  const a0 = m.responses;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeProduceResponseTopicProduceResponse(w, version, e1);
  }
  if (version >= 1) {
    w.int32(m.throttleTimeMs);
  }
  if (flexible) {
    let tagCount = 0;
    const has2 = (version >= 10) && m.nodeEndpoints !== undefined && (m.nodeEndpoints.length !== 0);
    if (has2) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has2) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        const a3 = m.nodeEndpoints!;
        if (true) w.compactArrayLength(a3.length); else w.arrayLength(a3.length);
        for (const e4 of a3) {
          encodeProduceResponseNodeEndpoint(w, version, e4);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeProduceResponse(r: Reader, version: number): ProduceResponse {
  if (!(version >= 0 && version <= 11)) throw new DecodeError('ProduceResponse has no version ' + version);
  const flexible = version >= 9;
  let f_responses: ProduceResponseTopicProduceResponse[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n5 === -1) throw new DecodeError('ProduceResponse.Responses is null but not nullable in version ' + version);
  const arr6: ProduceResponseTopicProduceResponse[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeProduceResponseTopicProduceResponse(r, version));
  }
  f_responses = arr6;
  let f_throttleTimeMs: number = 0;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  }
  let t_nodeEndpoints: ProduceResponseNodeEndpoint[] | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ProduceResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 10) {
            const n8 = true ? fr.compactArrayLength(11) : fr.arrayLength(1);
            if (n8 === -1) throw new DecodeError('ProduceResponse.NodeEndpoints is null but not nullable in version ' + version);
            const arr9: ProduceResponseNodeEndpoint[] = [];
            for (let i10 = 0; i10 < n8; i10++) {
              arr9.push(decodeProduceResponseNodeEndpoint(fr, version));
            }
            t_nodeEndpoints = arr9;
            if (fr.remaining !== 0) throw new DecodeError('ProduceResponse.NodeEndpoints: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    responses: f_responses,
    throttleTimeMs: f_throttleTimeMs,
    ...(t_nodeEndpoints !== undefined ? { nodeEndpoints: t_nodeEndpoints } : {}),
  };
}

export interface ProduceResponseTopicProduceResponse {
  name: string;
  partitionResponses: ProduceResponsePartitionProduceResponse[];
}

export function defaultProduceResponseTopicProduceResponse(): ProduceResponseTopicProduceResponse {
  return {
    name: "",
    partitionResponses: [],
  };
}

export function encodeProduceResponseTopicProduceResponse(w: Writer, version: number, m: ProduceResponseTopicProduceResponse): void {
  const flexible = version >= 9;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a11 = m.partitionResponses;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeProduceResponsePartitionProduceResponse(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeProduceResponseTopicProduceResponse(r: Reader, version: number): ProduceResponseTopicProduceResponse {
  const flexible = version >= 9;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitionResponses: ProduceResponsePartitionProduceResponse[];
  const n13 = flexible ? r.compactArrayLength(33) : r.arrayLength(14);
  if (n13 === -1) throw new DecodeError('ProduceResponse.PartitionResponses is null but not nullable in version ' + version);
  const arr14: ProduceResponsePartitionProduceResponse[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeProduceResponsePartitionProduceResponse(r, version));
  }
  f_partitionResponses = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ProduceResponseTopicProduceResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitionResponses: f_partitionResponses,
  };
}

export interface ProduceResponsePartitionProduceResponse {
  index: number;
  errorCode: number;
  baseOffset: bigint;
  logAppendTimeMs: bigint;
  logStartOffset: bigint;
  recordErrors: ProduceResponseBatchIndexAndErrorMessage[];
  errorMessage: string | null;
  currentLeader?: ProduceResponseLeaderIdAndEpoch | undefined;
}

export function defaultProduceResponsePartitionProduceResponse(): ProduceResponsePartitionProduceResponse {
  return {
    index: 0,
    errorCode: 0,
    baseOffset: 0n,
    logAppendTimeMs: -1n,
    logStartOffset: -1n,
    recordErrors: [],
    errorMessage: null,
  };
}

export function encodeProduceResponsePartitionProduceResponse(w: Writer, version: number, m: ProduceResponsePartitionProduceResponse): void {
  const flexible = version >= 9;
  w.int32(m.index);
  w.int16(m.errorCode);
  w.int64(m.baseOffset);
  if (version >= 2) {
    w.int64(m.logAppendTimeMs);
  }
  if (version >= 5) {
    w.int64(m.logStartOffset);
  }
  if (version >= 8) {
    const a16 = m.recordErrors;
    if (flexible) w.compactArrayLength(a16.length); else w.arrayLength(a16.length);
    for (const e17 of a16) {
      encodeProduceResponseBatchIndexAndErrorMessage(w, version, e17);
    }
  }
  if (version >= 8) {
    const v18 = m.errorMessage;
    if (flexible) w.compactNullableString(v18); else w.nullableString(v18);
  }
  if (flexible) {
    let tagCount = 0;
    const has19 = (version >= 10) && m.currentLeader !== undefined;
    if (has19) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has19) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        encodeProduceResponseLeaderIdAndEpoch(w, version, m.currentLeader!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeProduceResponsePartitionProduceResponse(r: Reader, version: number): ProduceResponsePartitionProduceResponse {
  const flexible = version >= 9;
  let f_index: number;
  f_index = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_baseOffset: bigint;
  f_baseOffset = r.int64();
  let f_logAppendTimeMs: bigint = -1n;
  if (version >= 2) {
    f_logAppendTimeMs = r.int64();
  }
  let f_logStartOffset: bigint = -1n;
  if (version >= 5) {
    f_logStartOffset = r.int64();
  }
  let f_recordErrors: ProduceResponseBatchIndexAndErrorMessage[] = [];
  if (version >= 8) {
    const n20 = flexible ? r.compactArrayLength(6) : r.arrayLength(6);
    if (n20 === -1) throw new DecodeError('ProduceResponse.RecordErrors is null but not nullable in version ' + version);
    const arr21: ProduceResponseBatchIndexAndErrorMessage[] = [];
    for (let i22 = 0; i22 < n20; i22++) {
      arr21.push(decodeProduceResponseBatchIndexAndErrorMessage(r, version));
    }
    f_recordErrors = arr21;
  }
  let f_errorMessage: string | null = null;
  if (version >= 8) {
    f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  }
  let t_currentLeader: ProduceResponseLeaderIdAndEpoch | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ProduceResponsePartitionProduceResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 10) {
            t_currentLeader = decodeProduceResponseLeaderIdAndEpoch(fr, version);
            if (fr.remaining !== 0) throw new DecodeError('ProduceResponsePartitionProduceResponse.CurrentLeader: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    index: f_index,
    errorCode: f_errorCode,
    baseOffset: f_baseOffset,
    logAppendTimeMs: f_logAppendTimeMs,
    logStartOffset: f_logStartOffset,
    recordErrors: f_recordErrors,
    errorMessage: f_errorMessage,
    ...(t_currentLeader !== undefined ? { currentLeader: t_currentLeader } : {}),
  };
}

export interface ProduceResponseBatchIndexAndErrorMessage {
  batchIndex: number;
  batchIndexErrorMessage: string | null;
}

export function defaultProduceResponseBatchIndexAndErrorMessage(): ProduceResponseBatchIndexAndErrorMessage {
  return {
    batchIndex: 0,
    batchIndexErrorMessage: null,
  };
}

export function encodeProduceResponseBatchIndexAndErrorMessage(w: Writer, version: number, m: ProduceResponseBatchIndexAndErrorMessage): void {
  const flexible = version >= 9;
  w.int32(m.batchIndex);
  const v23 = m.batchIndexErrorMessage;
  if (flexible) w.compactNullableString(v23); else w.nullableString(v23);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeProduceResponseBatchIndexAndErrorMessage(r: Reader, version: number): ProduceResponseBatchIndexAndErrorMessage {
  const flexible = version >= 9;
  let f_batchIndex: number;
  f_batchIndex = r.int32();
  let f_batchIndexErrorMessage: string | null;
  f_batchIndexErrorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ProduceResponseBatchIndexAndErrorMessage: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    batchIndex: f_batchIndex,
    batchIndexErrorMessage: f_batchIndexErrorMessage,
  };
}

export interface ProduceResponseLeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export function defaultProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

export function encodeProduceResponseLeaderIdAndEpoch(w: Writer, version: number, m: ProduceResponseLeaderIdAndEpoch): void {
  const flexible = true;
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeProduceResponseLeaderIdAndEpoch(r: Reader, version: number): ProduceResponseLeaderIdAndEpoch {
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
      if (tag <= previousTag) throw new DecodeError('ProduceResponseLeaderIdAndEpoch: tagged field ' + tag + ' out of order');
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

export interface ProduceResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export function defaultProduceResponseNodeEndpoint(): ProduceResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

export function encodeProduceResponseNodeEndpoint(w: Writer, version: number, m: ProduceResponseNodeEndpoint): void {
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

export function decodeProduceResponseNodeEndpoint(r: Reader, version: number): ProduceResponseNodeEndpoint {
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
      if (tag <= previousTag) throw new DecodeError('ProduceResponseNodeEndpoint: tagged field ' + tag + ' out of order');
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

