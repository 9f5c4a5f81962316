// Generated from FetchSnapshotResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const fetchSnapshotResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface FetchSnapshotResponse {
  throttleTimeMs: number;
  errorCode: number;
  topics: FetchSnapshotResponseTopicSnapshot[];
  nodeEndpoints?: FetchSnapshotResponseNodeEndpoint[] | undefined;
}

export function defaultFetchSnapshotResponse(): FetchSnapshotResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
  };
}

export function encodeFetchSnapshotResponse(w: Writer, version: number, m: FetchSnapshotResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('FetchSnapshotResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeFetchSnapshotResponseTopicSnapshot(w, version, e1);
  }
  if (flexible) {
    let tagCount = 0;
    const has2 = (version >= 1) && m.nodeEndpoints !== undefined && (m.nodeEndpoints.length !== 0);
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
          encodeFetchSnapshotResponseNodeEndpoint(w, version, e4);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeFetchSnapshotResponse(r: Reader, version: number): FetchSnapshotResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('FetchSnapshotResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_topics: FetchSnapshotResponseTopicSnapshot[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n5 === -1) throw new DecodeError('FetchSnapshotResponse.Topics is null but not nullable in version ' + version);
  const arr6: FetchSnapshotResponseTopicSnapshot[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeFetchSnapshotResponseTopicSnapshot(r, version));
  }
  f_topics = arr6;
  let t_nodeEndpoints: FetchSnapshotResponseNodeEndpoint[] | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            const n8 = true ? fr.compactArrayLength(8) : fr.arrayLength(1);
            if (n8 === -1) throw new DecodeError('FetchSnapshotResponse.NodeEndpoints is null but not nullable in version ' + version);
            const arr9: FetchSnapshotResponseNodeEndpoint[] = [];
            for (let i10 = 0; i10 < n8; i10++) {
              arr9.push(decodeFetchSnapshotResponseNodeEndpoint(fr, version));
            }
            t_nodeEndpoints = arr9;
            if (fr.remaining !== 0) throw new DecodeError('FetchSnapshotResponse.NodeEndpoints: tagged field has trailing bytes');
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
    topics: f_topics,
    ...(t_nodeEndpoints !== undefined ? { nodeEndpoints: t_nodeEndpoints } : {}),
  };
}

export interface FetchSnapshotResponseTopicSnapshot {
  name: string;
  partitions: FetchSnapshotResponsePartitionSnapshot[];
}

export function defaultFetchSnapshotResponseTopicSnapshot(): FetchSnapshotResponseTopicSnapshot {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeFetchSnapshotResponseTopicSnapshot(w: Writer, version: number, m: FetchSnapshotResponseTopicSnapshot): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeFetchSnapshotResponsePartitionSnapshot(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchSnapshotResponseTopicSnapshot(r: Reader, version: number): FetchSnapshotResponseTopicSnapshot {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: FetchSnapshotResponsePartitionSnapshot[];
  const n13 = flexible ? r.compactArrayLength(37) : r.arrayLength(1);
  if (n13 === -1) throw new DecodeError('FetchSnapshotResponse.Partitions is null but not nullable in version ' + version);
  const arr14: FetchSnapshotResponsePartitionSnapshot[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeFetchSnapshotResponsePartitionSnapshot(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotResponseTopicSnapshot: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitions: f_partitions,
  };
}

export interface FetchSnapshotResponsePartitionSnapshot {
  index: number;
  errorCode: number;
  snapshotId: FetchSnapshotResponseSnapshotId;
  currentLeader?: FetchSnapshotResponseLeaderIdAndEpoch | undefined;
  size: bigint;
  position: bigint;
  unalignedRecords: Buffer;
}

export function defaultFetchSnapshotResponsePartitionSnapshot(): FetchSnapshotResponsePartitionSnapshot {
  return {
    index: 0,
    errorCode: 0,
    snapshotId: defaultFetchSnapshotResponseSnapshotId(),
    size: 0n,
    position: 0n,
    unalignedRecords: EMPTY_BYTES,
  };
}

export function encodeFetchSnapshotResponsePartitionSnapshot(w: Writer, version: number, m: FetchSnapshotResponsePartitionSnapshot): void {
  const flexible = true;
  w.int32(m.index);
  w.int16(m.errorCode);
  encodeFetchSnapshotResponseSnapshotId(w, version, m.snapshotId);
  w.int64(m.size);
  w.int64(m.position);
  if (flexible) w.compactBytes(m.unalignedRecords); else w.bytes(m.unalignedRecords);
  if (flexible) {
    let tagCount = 0;
    const has16 = m.currentLeader !== undefined;
    if (has16) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has16) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        encodeFetchSnapshotResponseLeaderIdAndEpoch(w, version, m.currentLeader!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeFetchSnapshotResponsePartitionSnapshot(r: Reader, version: number): FetchSnapshotResponsePartitionSnapshot {
  const flexible = true;
  let f_index: number;
  f_index = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_snapshotId: FetchSnapshotResponseSnapshotId;
  f_snapshotId = decodeFetchSnapshotResponseSnapshotId(r, version);
  let f_size: bigint;
  f_size = r.int64();
  let f_position: bigint;
  f_position = r.int64();
  let f_unalignedRecords: Buffer;
  f_unalignedRecords = flexible ? r.compactBytes() : r.bytes();
  let t_currentLeader: FetchSnapshotResponseLeaderIdAndEpoch | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotResponsePartitionSnapshot: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (true) {
            t_currentLeader = decodeFetchSnapshotResponseLeaderIdAndEpoch(fr, version);
            if (fr.remaining !== 0) throw new DecodeError('FetchSnapshotResponsePartitionSnapshot.CurrentLeader: tagged field has trailing bytes');
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
    snapshotId: f_snapshotId,
    size: f_size,
    position: f_position,
    unalignedRecords: f_unalignedRecords,
    ...(t_currentLeader !== undefined ? { currentLeader: t_currentLeader } : {}),
  };
}

export interface FetchSnapshotResponseSnapshotId {
  endOffset: bigint;
  epoch: number;
}

export function defaultFetchSnapshotResponseSnapshotId(): FetchSnapshotResponseSnapshotId {
  return {
    endOffset: 0n,
    epoch: 0,
  };
}

export function encodeFetchSnapshotResponseSnapshotId(w: Writer, version: number, m: FetchSnapshotResponseSnapshotId): void {
  const flexible = true;
  w.int64(m.endOffset);
  w.int32(m.epoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchSnapshotResponseSnapshotId(r: Reader, version: number): FetchSnapshotResponseSnapshotId {
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
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotResponseSnapshotId: tagged field ' + tag + ' out of order');
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

export interface FetchSnapshotResponseLeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

export function defaultFetchSnapshotResponseLeaderIdAndEpoch(): FetchSnapshotResponseLeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

export function encodeFetchSnapshotResponseLeaderIdAndEpoch(w: Writer, version: number, m: FetchSnapshotResponseLeaderIdAndEpoch): void {
  const flexible = true;
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchSnapshotResponseLeaderIdAndEpoch(r: Reader, version: number): FetchSnapshotResponseLeaderIdAndEpoch {
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
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotResponseLeaderIdAndEpoch: tagged field ' + tag + ' out of order');
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

export interface FetchSnapshotResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

export function defaultFetchSnapshotResponseNodeEndpoint(): FetchSnapshotResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
  };
}

export function encodeFetchSnapshotResponseNodeEndpoint(w: Writer, version: number, m: FetchSnapshotResponseNodeEndpoint): void {
  const flexible = true;
  w.int32(m.nodeId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchSnapshotResponseNodeEndpoint(r: Reader, version: number): FetchSnapshotResponseNodeEndpoint {
  const flexible = true;
  let f_nodeId: number;
  f_nodeId = r.int32();
  let f_host: string;
  f_host = flexible ? r.compactString() : r.string();
  let f_port: number;
  f_port = r.uint16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotResponseNodeEndpoint: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    nodeId: f_nodeId,
    host: f_host,
    port: f_port,
  };
}

