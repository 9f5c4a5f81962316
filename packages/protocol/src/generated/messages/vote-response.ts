// Generated from VoteResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const voteResponseVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface VoteResponse {
  errorCode: number;
  topics: VoteResponseTopicData[];
  nodeEndpoints?: VoteResponseNodeEndpoint[] | undefined;
}

export function defaultVoteResponse(): VoteResponse {
  return {
    errorCode: 0,
    topics: [],
  };
}

export function encodeVoteResponse(w: Writer, version: number, m: VoteResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('VoteResponse has no version ' + version);
  const flexible = true;
  w.int16(m.errorCode);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeVoteResponseTopicData(w, version, e1);
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
          encodeVoteResponseNodeEndpoint(w, version, e4);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeVoteResponse(r: Reader, version: number): VoteResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('VoteResponse has no version ' + version);
  const flexible = true;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_topics: VoteResponseTopicData[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n5 === -1) throw new DecodeError('VoteResponse.Topics is null but not nullable in version ' + version);
  const arr6: VoteResponseTopicData[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeVoteResponseTopicData(r, version));
  }
  f_topics = arr6;
  let t_nodeEndpoints: VoteResponseNodeEndpoint[] | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('VoteResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            const n8 = true ? fr.compactArrayLength(8) : fr.arrayLength(1);
            if (n8 === -1) throw new DecodeError('VoteResponse.NodeEndpoints is null but not nullable in version ' + version);
            const arr9: VoteResponseNodeEndpoint[] = [];
            for (let i10 = 0; i10 < n8; i10++) {
              arr9.push(decodeVoteResponseNodeEndpoint(fr, version));
            }
            t_nodeEndpoints = arr9;
            if (fr.remaining !== 0) throw new DecodeError('VoteResponse.NodeEndpoints: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    errorCode: f_errorCode,
    topics: f_topics,
    ...(t_nodeEndpoints !== undefined ? { nodeEndpoints: t_nodeEndpoints } : {}),
  };
}

export interface VoteResponseTopicData {
  topicName: string;
  partitions: VoteResponsePartitionData[];
}

export function defaultVoteResponseTopicData(): VoteResponseTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

export function encodeVoteResponseTopicData(w: Writer, version: number, m: VoteResponseTopicData): void {
  const flexible = true;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeVoteResponsePartitionData(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVoteResponseTopicData(r: Reader, version: number): VoteResponseTopicData {
  const flexible = true;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: VoteResponsePartitionData[];
  const n13 = flexible ? r.compactArrayLength(16) : r.arrayLength(1);
  if (n13 === -1) throw new DecodeError('VoteResponse.Partitions is null but not nullable in version ' + version);
  const arr14: VoteResponsePartitionData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeVoteResponsePartitionData(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('VoteResponseTopicData: tagged field ' + tag + ' out of order');
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

export interface VoteResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
  voteGranted: boolean;
}

export function defaultVoteResponsePartitionData(): VoteResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
    voteGranted: false,
  };
}

export function encodeVoteResponsePartitionData(w: Writer, version: number, m: VoteResponsePartitionData): void {
  const flexible = true;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  w.bool(m.voteGranted);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVoteResponsePartitionData(r: Reader, version: number): VoteResponsePartitionData {
  const flexible = true;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  let f_voteGranted: boolean;
  f_voteGranted = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('VoteResponsePartitionData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    errorCode: f_errorCode,
    leaderId: f_leaderId,
    leaderEpoch: f_leaderEpoch,
    voteGranted: f_voteGranted,
  };
}

export interface VoteResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

export function defaultVoteResponseNodeEndpoint(): VoteResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
  };
}

export function encodeVoteResponseNodeEndpoint(w: Writer, version: number, m: VoteResponseNodeEndpoint): void {
  const flexible = true;
  w.int32(m.nodeId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeVoteResponseNodeEndpoint(r: Reader, version: number): VoteResponseNodeEndpoint {
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
      if (tag <= previousTag) throw new DecodeError('VoteResponseNodeEndpoint: tagged field ' + tag + ' out of order');
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

