// Generated from FetchResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const fetchResponseVersions = { min: 0, max: 17, flexibleMin: 12 } as const;

export interface FetchResponse {
  throttleTimeMs: number;
  errorCode: number;
  sessionId: number;
  responses: FetchResponseFetchableTopicResponse[];
  nodeEndpoints?: FetchResponseNodeEndpoint[] | undefined;
}

export function defaultFetchResponse(): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: [],
  };
}

export function encodeFetchResponse(w: Writer, version: number, m: FetchResponse): void {
  if (!(version >= 0 && version <= 17)) throw new EncodeError('FetchResponse has no version ' + version);
  const flexible = version >= 12;
  if (version >= 1) {
    w.int32(m.throttleTimeMs);
  }
  if (version >= 7) {
    w.int16(m.errorCode);
  }
  if (version >= 7) {
    w.int32(m.sessionId);
  }
  const a0 = m.responses;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeFetchResponseFetchableTopicResponse(w, version, e1);
  }
  if (flexible) {
    let tagCount = 0;
    const has2 = (version >= 16) && m.nodeEndpoints !== undefined && (m.nodeEndpoints.length !== 0);
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
          encodeFetchResponseNodeEndpoint(w, version, e4);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeFetchResponse(r: Reader, version: number): FetchResponse {
  if (!(version >= 0 && version <= 17)) throw new DecodeError('FetchResponse has no version ' + version);
  const flexible = version >= 12;
  let f_throttleTimeMs: number = 0;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  }
  let f_errorCode: number = 0;
  if (version >= 7) {
    f_errorCode = r.int16();
  }
  let f_sessionId: number = 0;
  if (version >= 7) {
    f_sessionId = r.int32();
  }
  let f_responses: FetchResponseFetchableTopicResponse[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n5 === -1) throw new DecodeError('FetchResponse.Responses is null but not nullable in version ' + version);
  const arr6: FetchResponseFetchableTopicResponse[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeFetchResponseFetchableTopicResponse(r, version));
  }
  f_responses = arr6;
  let t_nodeEndpoints: FetchResponseNodeEndpoint[] | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 16) {
            const n8 = true ? fr.compactArrayLength(11) : fr.arrayLength(1);
            if (n8 === -1) throw new DecodeError('FetchResponse.NodeEndpoints is null but not nullable in version ' + version);
            const arr9: FetchResponseNodeEndpoint[] = [];
            for (let i10 = 0; i10 < n8; i10++) {
              arr9.push(decodeFetchResponseNodeEndpoint(fr, version));
            }
            t_nodeEndpoints = arr9;
            if (fr.remaining !== 0) throw new DecodeError('FetchResponse.NodeEndpoints: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    sessionId: f_sessionId,
    responses: f_responses,
    ...(t_nodeEndpoints !== undefined ? { nodeEndpoints: t_nodeEndpoints } : {}),
  };
}

export interface FetchResponseFetchableTopicResponse {
  topic: string;
  topicId: string;
  partitions: FetchResponsePartitionData[];
}

export function defaultFetchResponseFetchableTopicResponse(): FetchResponseFetchableTopicResponse {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeFetchResponseFetchableTopicResponse(w: Writer, version: number, m: FetchResponseFetchableTopicResponse): void {
  const flexible = version >= 12;
  if (version <= 12) {
    if (flexible) w.compactString(m.topic); else w.string(m.topic);
  }
  if (version >= 13) {
    w.uuid(m.topicId);
  }
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeFetchResponsePartitionData(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchResponseFetchableTopicResponse(r: Reader, version: number): FetchResponseFetchableTopicResponse {
  const flexible = version >= 12;
  let f_topic: string = "";
  if (version <= 12) {
    f_topic = flexible ? r.compactString() : r.string();
  }
  let f_topicId: string = ZERO_UUID;
  if (version >= 13) {
    f_topicId = r.uuid();
  }
  let f_partitions: FetchResponsePartitionData[];
  const n13 = flexible ? r.compactArrayLength(37) : r.arrayLength(18);
  if (n13 === -1) throw new DecodeError('FetchResponse.Partitions is null but not nullable in version ' + version);
  const arr14: FetchResponsePartitionData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeFetchResponsePartitionData(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchResponseFetchableTopicResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topic: f_topic,
    topicId: f_topicId,
    partitions: f_partitions,
  };
}

export interface FetchResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  highWatermark: bigint;
  lastStableOffset: bigint;
  logStartOffset: bigint;
  divergingEpoch?: FetchResponseEpochEndOffset | undefined;
  currentLeader?: FetchResponseLeaderIdAndEpoch | undefined;
  snapshotId?: FetchResponseSnapshotId | undefined;
  abortedTransactions: FetchResponseAbortedTransaction[] | null;
  preferredReadReplica: number;
  records: Buffer | null;
}

export function defaultFetchResponsePartitionData(): FetchResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    highWatermark: 0n,
    lastStableOffset: -1n,
    logStartOffset: -1n,
    abortedTransactions: [],
    preferredReadReplica: -1,
    records: null,
  };
}

export function encodeFetchResponsePartitionData(w: Writer, version: number, m: FetchResponsePartitionData): void {
  const flexible = version >= 12;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int64(m.highWatermark);
  if (version >= 4) {
    w.int64(m.lastStableOffset);
  }
  if (version >= 5) {
    w.int64(m.logStartOffset);
  }
  if (version >= 4) {
    const a16 = m.abortedTransactions;
    if (a16 === null) {
      if (flexible) w.unsignedVarInt(0); else w.int32(-1);
    } else {
      if (flexible) w.compactArrayLength(a16.length); else w.arrayLength(a16.length);
      for (const e17 of a16) {
        encodeFetchResponseAbortedTransaction(w, version, e17);
      }
    }
  }
  if (version >= 11) {
    w.int32(m.preferredReadReplica);
  }
  const v18 = m.records;
  if (flexible) w.compactNullableBytes(v18); else w.nullableBytes(v18);
  if (flexible) {
    let tagCount = 0;
    const has19 = (version >= 12) && m.divergingEpoch !== undefined;
    if (has19) tagCount++;
    const has20 = (version >= 12) && m.currentLeader !== undefined;
    if (has20) tagCount++;
    const has21 = (version >= 12) && m.snapshotId !== undefined;
    if (has21) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has19) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        encodeFetchResponseEpochEndOffset(w, version, m.divergingEpoch!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
    if (has20) {
      w.unsignedVarInt(1);
      const outer = w;
      {
        const w = new Writer(64);
        encodeFetchResponseLeaderIdAndEpoch(w, version, m.currentLeader!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
    if (has21) {
      w.unsignedVarInt(2);
      const outer = w;
      {
        const w = new Writer(64);
        encodeFetchResponseSnapshotId(w, version, m.snapshotId!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeFetchResponsePartitionData(r: Reader, version: number): FetchResponsePartitionData {
  const flexible = version >= 12;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_highWatermark: bigint;
  f_highWatermark = r.int64();
  let f_lastStableOffset: bigint = -1n;
  if (version >= 4) {
    f_lastStableOffset = r.int64();
  }
  let f_logStartOffset: bigint = -1n;
  if (version >= 5) {
    f_logStartOffset = r.int64();
  }
  let f_abortedTransactions: FetchResponseAbortedTransaction[] | null = [];
  if (version >= 4) {
    const n22 = flexible ? r.compactArrayLength(17) : r.arrayLength(16);
    if (n22 === -1) {
      f_abortedTransactions = null;
    } else {
      const arr23: FetchResponseAbortedTransaction[] = [];
      for (let i24 = 0; i24 < n22; i24++) {
        arr23.push(decodeFetchResponseAbortedTransaction(r, version));
      }
      f_abortedTransactions = arr23;
    }
  }
  let f_preferredReadReplica: number = -1;
  if (version >= 11) {
    f_preferredReadReplica = r.int32();
  }
  let f_records: Buffer | null;
  f_records = flexible ? r.compactNullableBytes() : r.nullableBytes();
  let t_divergingEpoch: FetchResponseEpochEndOffset | undefined;
  let t_currentLeader: FetchResponseLeaderIdAndEpoch | undefined;
  let t_snapshotId: FetchResponseSnapshotId | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchResponsePartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 12) {
            t_divergingEpoch = decodeFetchResponseEpochEndOffset(fr, version);
            if (fr.remaining !== 0) throw new DecodeError('FetchResponsePartitionData.DivergingEpoch: tagged field has trailing bytes');
          }
          break;
        case 1:
          if (version >= 12) {
            t_currentLeader = decodeFetchResponseLeaderIdAndEpoch(fr, version);
            if (fr.remaining !== 0) throw new DecodeError('FetchResponsePartitionData.CurrentLeader: tagged field has trailing bytes');
          }
          break;
        case 2:
          if (version >= 12) {
            t_snapshotId = decodeFetchResponseSnapshotId(fr, version);
            if (fr.remaining !== 0) throw new DecodeError('FetchResponsePartitionData.SnapshotId: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    highWatermark: f_highWatermark,
    lastStableOffset: f_lastStableOffset,
    logStartOffset: f_logStartOffset,
    abortedTransactions: f_abortedTransactions,
    preferredReadReplica: f_preferredReadReplica,
    records: f_records,
    ...(t_divergingEpoch !== undefined ? { divergingEpoch: t_divergingEpoch } : {}),
    ...(t_currentLeader !== undefined ? { currentLeader: t_currentLeader } : {}),
    ...(t_snapshotId !== undefined ? { snapshotId: t_snapshotId } : {}),
  };
}

export interface FetchResponseEpochEndOffset {
  epoch: number;
  endOffset: bigint;
}

export function defaultFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1n,
  };
}

export function encodeFetchResponseEpochEndOffset(w: Writer, version: number, m: FetchResponseEpochEndOffset): void {
  const flexible = true;
  w.int32(m.epoch);
  w.int64(m.endOffset);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchResponseEpochEndOffset(r: Reader, version: number): FetchResponseEpochEndOffset {
  const flexible = true;
  let f_epoch: number;
  f_epoch = r.int32();
  let f_endOffset: bigint;
  f_endOffset = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchResponseEpochEndOffset: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    epoch: f_epoch,
    endOffset: f_endOffset,
  };
}

export interface FetchResponseLeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export function defaultFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

export function encodeFetchResponseLeaderIdAndEpoch(w: Writer, version: number, m: FetchResponseLeaderIdAndEpoch): void {
  const flexible = true;
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchResponseLeaderIdAndEpoch(r: Reader, version: number): FetchResponseLeaderIdAndEpoch {
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
      if (tag <= previousTag) throw new DecodeError('FetchResponseLeaderIdAndEpoch: tagged field ' + tag + ' out of order');
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

export interface FetchResponseSnapshotId {
  endOffset: bigint;
  epoch: number;
}

export function defaultFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return {
    endOffset: -1n,
    epoch: -1,
  };
}

export function encodeFetchResponseSnapshotId(w: Writer, version: number, m: FetchResponseSnapshotId): void {
  const flexible = true;
  w.int64(m.endOffset);
  w.int32(m.epoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchResponseSnapshotId(r: Reader, version: number): FetchResponseSnapshotId {
  const flexible = true;
  let f_endOffset: bigint;
  f_endOffset = r.int64();
  let f_epoch: number;
  f_epoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchResponseSnapshotId: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    endOffset: f_endOffset,
    epoch: f_epoch,
  };
}

export interface FetchResponseAbortedTransaction {
  producerId: bigint;
  firstOffset: bigint;
}

export function defaultFetchResponseAbortedTransaction(): FetchResponseAbortedTransaction {
  return {
    producerId: 0n,
    firstOffset: 0n,
  };
}

export function encodeFetchResponseAbortedTransaction(w: Writer, version: number, m: FetchResponseAbortedTransaction): void {
  const flexible = version >= 12;
  w.int64(m.producerId);
  w.int64(m.firstOffset);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchResponseAbortedTransaction(r: Reader, version: number): FetchResponseAbortedTransaction {
  const flexible = version >= 12;
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_firstOffset: bigint;
  f_firstOffset = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchResponseAbortedTransaction: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    producerId: f_producerId,
    firstOffset: f_firstOffset,
  };
}

export interface FetchResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export function defaultFetchResponseNodeEndpoint(): FetchResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

export function encodeFetchResponseNodeEndpoint(w: Writer, version: number, m: FetchResponseNodeEndpoint): void {
  const flexible = true;
  w.int32(m.nodeId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.int32(m.port);
  const v25 = m.rack;
  if (flexible) w.compactNullableString(v25); else w.nullableString(v25);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchResponseNodeEndpoint(r: Reader, version: number): FetchResponseNodeEndpoint {
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
      if (tag <= previousTag) throw new DecodeError('FetchResponseNodeEndpoint: tagged field ' + tag + ' out of order');
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

