// Generated from FetchSnapshotRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const fetchSnapshotRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface FetchSnapshotRequest {
  clusterId?: string | null | undefined;
  replicaId: number;
  maxBytes: number;
  topics: FetchSnapshotRequestTopicSnapshot[];
}

export function defaultFetchSnapshotRequest(): FetchSnapshotRequest {
  return {
    replicaId: -1,
    maxBytes: 2147483647,
    topics: [],
  };
}

export function encodeFetchSnapshotRequest(w: Writer, version: number, m: FetchSnapshotRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('FetchSnapshotRequest has no version ' + version);
  const flexible = true;
  w.int32(m.replicaId);
  w.int32(m.maxBytes);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeFetchSnapshotRequestTopicSnapshot(w, version, e1);
  }
  if (flexible) {
    let tagCount = 0;
    const has2 = m.clusterId !== undefined && m.clusterId !== null;
    if (has2) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has2) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        const v3 = m.clusterId!;
        if (true) w.compactNullableString(v3); else w.nullableString(v3);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeFetchSnapshotRequest(r: Reader, version: number): FetchSnapshotRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('FetchSnapshotRequest has no version ' + version);
  const flexible = true;
  let f_replicaId: number;
  f_replicaId = r.int32();
  let f_maxBytes: number;
  f_maxBytes = r.int32();
  let f_topics: FetchSnapshotRequestTopicSnapshot[];
  const n4 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('FetchSnapshotRequest.Topics is null but not nullable in version ' + version);
  const arr5: FetchSnapshotRequestTopicSnapshot[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(decodeFetchSnapshotRequestTopicSnapshot(r, version));
  }
  f_topics = arr5;
  let t_clusterId: string | null | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (true) {
            t_clusterId = true ? fr.compactNullableString() : fr.nullableString();
            if (fr.remaining !== 0) throw new DecodeError('FetchSnapshotRequest.ClusterId: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    replicaId: f_replicaId,
    maxBytes: f_maxBytes,
    topics: f_topics,
    ...(t_clusterId !== undefined ? { clusterId: t_clusterId } : {}),
  };
}

export interface FetchSnapshotRequestTopicSnapshot {
  name: string;
  partitions: FetchSnapshotRequestPartitionSnapshot[];
}

export function defaultFetchSnapshotRequestTopicSnapshot(): FetchSnapshotRequestTopicSnapshot {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeFetchSnapshotRequestTopicSnapshot(w: Writer, version: number, m: FetchSnapshotRequestTopicSnapshot): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a7 = m.partitions;
  if (flexible) w.compactArrayLength(a7.length); else w.arrayLength(a7.length);
  for (const e8 of a7) {
    encodeFetchSnapshotRequestPartitionSnapshot(w, version, e8);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchSnapshotRequestTopicSnapshot(r: Reader, version: number): FetchSnapshotRequestTopicSnapshot {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: FetchSnapshotRequestPartitionSnapshot[];
  const n9 = flexible ? r.compactArrayLength(30) : r.arrayLength(1);
  if (n9 === -1) throw new DecodeError('FetchSnapshotRequest.Partitions is null but not nullable in version ' + version);
  const arr10: FetchSnapshotRequestPartitionSnapshot[] = [];
  for (let i11 = 0; i11 < n9; i11++) {
    arr10.push(decodeFetchSnapshotRequestPartitionSnapshot(r, version));
  }
  f_partitions = arr10;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotRequestTopicSnapshot: tagged field ' + tag + ' out of order');
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

export interface FetchSnapshotRequestPartitionSnapshot {
  partition: number;
  currentLeaderEpoch: number;
  snapshotId: FetchSnapshotRequestSnapshotId;
  position: bigint;
  replicaDirectoryId?: string | undefined;
}

export function defaultFetchSnapshotRequestPartitionSnapshot(): FetchSnapshotRequestPartitionSnapshot {
  return {
    partition: 0,
    currentLeaderEpoch: 0,
    snapshotId: defaultFetchSnapshotRequestSnapshotId(),
    position: 0n,
  };
}

export function encodeFetchSnapshotRequestPartitionSnapshot(w: Writer, version: number, m: FetchSnapshotRequestPartitionSnapshot): void {
  const flexible = true;
  w.int32(m.partition);
  w.int32(m.currentLeaderEpoch);
  encodeFetchSnapshotRequestSnapshotId(w, version, m.snapshotId);
  w.int64(m.position);
  if (flexible) {
    let tagCount = 0;
    const has12 = (version >= 1) && m.replicaDirectoryId !== undefined && m.replicaDirectoryId !== ZERO_UUID;
    if (has12) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has12) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        w.uuid(m.replicaDirectoryId!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeFetchSnapshotRequestPartitionSnapshot(r: Reader, version: number): FetchSnapshotRequestPartitionSnapshot {
  const flexible = true;
  let f_partition: number;
  f_partition = r.int32();
  let f_currentLeaderEpoch: number;
  f_currentLeaderEpoch = r.int32();
  let f_snapshotId: FetchSnapshotRequestSnapshotId;
  f_snapshotId = decodeFetchSnapshotRequestSnapshotId(r, version);
  let f_position: bigint;
  f_position = r.int64();
  let t_replicaDirectoryId: string | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotRequestPartitionSnapshot: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            t_replicaDirectoryId = fr.uuid();
            if (fr.remaining !== 0) throw new DecodeError('FetchSnapshotRequestPartitionSnapshot.ReplicaDirectoryId: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    partition: f_partition,
    currentLeaderEpoch: f_currentLeaderEpoch,
    snapshotId: f_snapshotId,
    position: f_position,
    ...(t_replicaDirectoryId !== undefined ? { replicaDirectoryId: t_replicaDirectoryId } : {}),
  };
}

export interface FetchSnapshotRequestSnapshotId {
  endOffset: bigint;
  epoch: number;
}

export function defaultFetchSnapshotRequestSnapshotId(): FetchSnapshotRequestSnapshotId {
  return {
    endOffset: 0n,
    epoch: 0,
  };
}

export function encodeFetchSnapshotRequestSnapshotId(w: Writer, version: number, m: FetchSnapshotRequestSnapshotId): void {
  const flexible = true;
  w.int64(m.endOffset);
  w.int32(m.epoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchSnapshotRequestSnapshotId(r: Reader, version: number): FetchSnapshotRequestSnapshotId {
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
      if (tag <= previousTag) throw new DecodeError('FetchSnapshotRequestSnapshotId: tagged field ' + tag + ' out of order');
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

