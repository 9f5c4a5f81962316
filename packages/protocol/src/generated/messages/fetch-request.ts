// Generated from FetchRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const fetchRequestVersions = { min: 0, max: 17, flexibleMin: 12 } as const;

export interface FetchRequest {
  clusterId?: string | null | undefined;
  replicaId: number;
  replicaState?: FetchRequestReplicaState | undefined;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  isolationLevel: number;
  sessionId: number;
  sessionEpoch: number;
  topics: FetchRequestFetchTopic[];
  forgottenTopicsData: FetchRequestForgottenTopic[];
  rackId: string;
}

export function defaultFetchRequest(): FetchRequest {
  return {
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [],
    forgottenTopicsData: [],
    rackId: "",
  };
}

export function encodeFetchRequest(w: Writer, version: number, m: FetchRequest): void {
  if (!(version >= 0 && version <= 17)) throw new EncodeError('FetchRequest has no version ' + version);
  const flexible = version >= 12;
  if (version <= 14) {
    w.int32(m.replicaId);
  } else {
    if (m.replicaId !== -1) throw new EncodeError('FetchRequest.ReplicaId: a non-default value cannot be written in version ' + version);
  }
  w.int32(m.maxWaitMs);
  w.int32(m.minBytes);
  if (version >= 3) {
    w.int32(m.maxBytes);
  }
  if (version >= 4) {
    w.int8(m.isolationLevel);
  }
  if (version >= 7) {
    w.int32(m.sessionId);
  }
  if (version >= 7) {
    w.int32(m.sessionEpoch);
  }
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeFetchRequestFetchTopic(w, version, e1);
  }
  if (version >= 7) {
    const a2 = m.forgottenTopicsData;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      encodeFetchRequestForgottenTopic(w, version, e3);
    }
  } else {
    if ((m.forgottenTopicsData.length !== 0)) throw new EncodeError('FetchRequest.ForgottenTopicsData: a non-default value cannot be written in version ' + version);
  }
  if (version >= 11) {
    if (flexible) w.compactString(m.rackId); else w.string(m.rackId);
  }
  if (!(version >= 15) && m.replicaState !== undefined && (!isSameValue(m.replicaState, defaultFetchRequestReplicaState()))) throw new EncodeError('FetchRequest.ReplicaState: a non-default value cannot be written in version ' + version);
  if (flexible) {
    let tagCount = 0;
    const has4 = (version >= 12) && m.clusterId !== undefined && m.clusterId !== null;
    if (has4) tagCount++;
    const has5 = (version >= 15) && m.replicaState !== undefined;
    if (has5) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has4) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        const v6 = m.clusterId!;
        if (true) w.compactNullableString(v6); else w.nullableString(v6);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
    if (has5) {
      w.unsignedVarInt(1);
      const outer = w;
      {
        const w = new Writer(64);
        encodeFetchRequestReplicaState(w, version, m.replicaState!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeFetchRequest(r: Reader, version: number): FetchRequest {
  if (!(version >= 0 && version <= 17)) throw new DecodeError('FetchRequest has no version ' + version);
  const flexible = version >= 12;
  let f_replicaId: number = -1;
  if (version <= 14) {
    f_replicaId = r.int32();
  }
  let f_maxWaitMs: number;
  f_maxWaitMs = r.int32();
  let f_minBytes: number;
  f_minBytes = r.int32();
  let f_maxBytes: number = 2147483647;
  if (version >= 3) {
    f_maxBytes = r.int32();
  }
  let f_isolationLevel: number = 0;
  if (version >= 4) {
    f_isolationLevel = r.int8();
  }
  let f_sessionId: number = 0;
  if (version >= 7) {
    f_sessionId = r.int32();
  }
  let f_sessionEpoch: number = -1;
  if (version >= 7) {
    f_sessionEpoch = r.int32();
  }
  let f_topics: FetchRequestFetchTopic[];
  const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n7 === -1) throw new DecodeError('FetchRequest.Topics is null but not nullable in version ' + version);
  const arr8: FetchRequestFetchTopic[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeFetchRequestFetchTopic(r, version));
  }
  f_topics = arr8;
  let f_forgottenTopicsData: FetchRequestForgottenTopic[] = [];
  if (version >= 7) {
    const n10 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
    if (n10 === -1) throw new DecodeError('FetchRequest.ForgottenTopicsData is null but not nullable in version ' + version);
    const arr11: FetchRequestForgottenTopic[] = [];
    for (let i12 = 0; i12 < n10; i12++) {
      arr11.push(decodeFetchRequestForgottenTopic(r, version));
    }
    f_forgottenTopicsData = arr11;
  }
  let f_rackId: string = "";
  if (version >= 11) {
    f_rackId = flexible ? r.compactString() : r.string();
  }
  let t_clusterId: string | null | undefined;
  let t_replicaState: FetchRequestReplicaState | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 12) {
            t_clusterId = true ? fr.compactNullableString() : fr.nullableString();
            if (fr.remaining !== 0) throw new DecodeError('FetchRequest.ClusterId: tagged field has trailing bytes');
          }
          break;
        case 1:
          if (version >= 15) {
            t_replicaState = decodeFetchRequestReplicaState(fr, version);
            if (fr.remaining !== 0) throw new DecodeError('FetchRequest.ReplicaState: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    replicaId: f_replicaId,
    maxWaitMs: f_maxWaitMs,
    minBytes: f_minBytes,
    maxBytes: f_maxBytes,
    isolationLevel: f_isolationLevel,
    sessionId: f_sessionId,
    sessionEpoch: f_sessionEpoch,
    topics: f_topics,
    forgottenTopicsData: f_forgottenTopicsData,
    rackId: f_rackId,
    ...(t_clusterId !== undefined ? { clusterId: t_clusterId } : {}),
    ...(t_replicaState !== undefined ? { replicaState: t_replicaState } : {}),
  };
}

export interface FetchRequestReplicaState {
  replicaId: number;
  replicaEpoch: bigint;
}

export function defaultFetchRequestReplicaState(): FetchRequestReplicaState {
  return {
    replicaId: -1,
    replicaEpoch: -1n,
  };
}

export function encodeFetchRequestReplicaState(w: Writer, version: number, m: FetchRequestReplicaState): void {
  const flexible = true;
  w.int32(m.replicaId);
  w.int64(m.replicaEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchRequestReplicaState(r: Reader, version: number): FetchRequestReplicaState {
  const flexible = true;
  let f_replicaId: number;
  f_replicaId = r.int32();
  let f_replicaEpoch: bigint;
  f_replicaEpoch = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchRequestReplicaState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    replicaId: f_replicaId,
    replicaEpoch: f_replicaEpoch,
  };
}

export interface FetchRequestFetchTopic {
  topic: string;
  topicId: string;
  partitions: FetchRequestFetchPartition[];
}

export function defaultFetchRequestFetchTopic(): FetchRequestFetchTopic {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeFetchRequestFetchTopic(w: Writer, version: number, m: FetchRequestFetchTopic): void {
  const flexible = version >= 12;
  if (version <= 12) {
    if (flexible) w.compactString(m.topic); else w.string(m.topic);
  }
  if (version >= 13) {
    w.uuid(m.topicId);
  }
  const a13 = m.partitions;
  if (flexible) w.compactArrayLength(a13.length); else w.arrayLength(a13.length);
  for (const e14 of a13) {
    encodeFetchRequestFetchPartition(w, version, e14);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchRequestFetchTopic(r: Reader, version: number): FetchRequestFetchTopic {
  const flexible = version >= 12;
  let f_topic: string = "";
  if (version <= 12) {
    f_topic = flexible ? r.compactString() : r.string();
  }
  let f_topicId: string = ZERO_UUID;
  if (version >= 13) {
    f_topicId = r.uuid();
  }
  let f_partitions: FetchRequestFetchPartition[];
  const n15 = flexible ? r.compactArrayLength(33) : r.arrayLength(16);
  if (n15 === -1) throw new DecodeError('FetchRequest.Partitions is null but not nullable in version ' + version);
  const arr16: FetchRequestFetchPartition[] = [];
  for (let i17 = 0; i17 < n15; i17++) {
    arr16.push(decodeFetchRequestFetchPartition(r, version));
  }
  f_partitions = arr16;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchRequestFetchTopic: tagged field ' + tag + ' out of order');
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

export interface FetchRequestFetchPartition {
  partition: number;
  currentLeaderEpoch: number;
  fetchOffset: bigint;
  lastFetchedEpoch: number;
  logStartOffset: bigint;
  partitionMaxBytes: number;
  replicaDirectoryId?: string | undefined;
}

export function defaultFetchRequestFetchPartition(): FetchRequestFetchPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    fetchOffset: 0n,
    lastFetchedEpoch: -1,
    logStartOffset: -1n,
    partitionMaxBytes: 0,
  };
}

export function encodeFetchRequestFetchPartition(w: Writer, version: number, m: FetchRequestFetchPartition): void {
  const flexible = version >= 12;
  w.int32(m.partition);
  if (version >= 9) {
    w.int32(m.currentLeaderEpoch);
  }
  w.int64(m.fetchOffset);
  if (version >= 12) {
    w.int32(m.lastFetchedEpoch);
  } else {
    if (m.lastFetchedEpoch !== -1) throw new EncodeError('FetchRequestFetchPartition.LastFetchedEpoch: a non-default value cannot be written in version ' + version);
  }
  if (version >= 5) {
    w.int64(m.logStartOffset);
  }
  w.int32(m.partitionMaxBytes);
  if (flexible) {
    let tagCount = 0;
    const has18 = (version >= 17) && m.replicaDirectoryId !== undefined && m.replicaDirectoryId !== ZERO_UUID;
    if (has18) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has18) {
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

export function decodeFetchRequestFetchPartition(r: Reader, version: number): FetchRequestFetchPartition {
  const flexible = version >= 12;
  let f_partition: number;
  f_partition = r.int32();
  let f_currentLeaderEpoch: number = -1;
  if (version >= 9) {
    f_currentLeaderEpoch = r.int32();
  }
  let f_fetchOffset: bigint;
  f_fetchOffset = r.int64();
  let f_lastFetchedEpoch: number = -1;
  if (version >= 12) {
    f_lastFetchedEpoch = r.int32();
  }
  let f_logStartOffset: bigint = -1n;
  if (version >= 5) {
    f_logStartOffset = r.int64();
  }
  let f_partitionMaxBytes: number;
  f_partitionMaxBytes = r.int32();
  let t_replicaDirectoryId: string | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchRequestFetchPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 17) {
            t_replicaDirectoryId = fr.uuid();
            if (fr.remaining !== 0) throw new DecodeError('FetchRequestFetchPartition.ReplicaDirectoryId: tagged field has trailing bytes');
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
    fetchOffset: f_fetchOffset,
    lastFetchedEpoch: f_lastFetchedEpoch,
    logStartOffset: f_logStartOffset,
    partitionMaxBytes: f_partitionMaxBytes,
    ...(t_replicaDirectoryId !== undefined ? { replicaDirectoryId: t_replicaDirectoryId } : {}),
  };
}

export interface FetchRequestForgottenTopic {
  topic: string;
  topicId: string;
  partitions: number[];
}

export function defaultFetchRequestForgottenTopic(): FetchRequestForgottenTopic {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

export function encodeFetchRequestForgottenTopic(w: Writer, version: number, m: FetchRequestForgottenTopic): void {
  const flexible = version >= 12;
  if (version <= 12) {
    if (flexible) w.compactString(m.topic); else w.string(m.topic);
  }
  if (version >= 13) {
    w.uuid(m.topicId);
  }
  const a19 = m.partitions;
  if (flexible) w.compactArrayLength(a19.length); else w.arrayLength(a19.length);
  for (const e20 of a19) {
    w.int32(e20);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeFetchRequestForgottenTopic(r: Reader, version: number): FetchRequestForgottenTopic {
  const flexible = version >= 12;
  let f_topic: string = "";
  if (version <= 12) {
    f_topic = flexible ? r.compactString() : r.string();
  }
  let f_topicId: string = ZERO_UUID;
  if (version >= 13) {
    f_topicId = r.uuid();
  }
  let f_partitions: number[];
  const n21 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n21 === -1) throw new DecodeError('FetchRequest.Partitions is null but not nullable in version ' + version);
  const arr22: number[] = [];
  for (let i23 = 0; i23 < n21; i23++) {
    arr22.push(r.int32());
  }
  f_partitions = arr22;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('FetchRequestForgottenTopic: tagged field ' + tag + ' out of order');
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

