// Generated from BeginQuorumEpochResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const beginQuorumEpochResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface BeginQuorumEpochResponse {
  errorCode: number;
  topics: BeginQuorumEpochResponseTopicData[];
  nodeEndpoints?: BeginQuorumEpochResponseNodeEndpoint[] | undefined;
}

export function defaultBeginQuorumEpochResponse(): BeginQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [],
  };
}

export function encodeBeginQuorumEpochResponse(w: Writer, version: number, m: BeginQuorumEpochResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('BeginQuorumEpochResponse has no version ' + version);
  const flexible = version >= 1;
  w.int16(m.errorCode);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeBeginQuorumEpochResponseTopicData(w, version, e1);
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
          encodeBeginQuorumEpochResponseNodeEndpoint(w, version, e4);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeBeginQuorumEpochResponse(r: Reader, version: number): BeginQuorumEpochResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('BeginQuorumEpochResponse has no version ' + version);
  const flexible = version >= 1;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_topics: BeginQuorumEpochResponseTopicData[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n5 === -1) throw new DecodeError('BeginQuorumEpochResponse.Topics is null but not nullable in version ' + version);
  const arr6: BeginQuorumEpochResponseTopicData[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeBeginQuorumEpochResponseTopicData(r, version));
  }
  f_topics = arr6;
  let t_nodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[] | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BeginQuorumEpochResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            const n8 = true ? fr.compactArrayLength(8) : fr.arrayLength(1);
            if (n8 === -1) throw new DecodeError('BeginQuorumEpochResponse.NodeEndpoints is null but not nullable in version ' + version);
            const arr9: BeginQuorumEpochResponseNodeEndpoint[] = [];
            for (let i10 = 0; i10 < n8; i10++) {
              arr9.push(decodeBeginQuorumEpochResponseNodeEndpoint(fr, version));
            }
            t_nodeEndpoints = arr9;
            if (fr.remaining !== 0) throw new DecodeError('BeginQuorumEpochResponse.NodeEndpoints: tagged field has trailing bytes');
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

export interface BeginQuorumEpochResponseTopicData {
  topicName: string;
  partitions: BeginQuorumEpochResponsePartitionData[];
}

export function defaultBeginQuorumEpochResponseTopicData(): BeginQuorumEpochResponseTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

export function encodeBeginQuorumEpochResponseTopicData(w: Writer, version: number, m: BeginQuorumEpochResponseTopicData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeBeginQuorumEpochResponsePartitionData(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBeginQuorumEpochResponseTopicData(r: Reader, version: number): BeginQuorumEpochResponseTopicData {
  const flexible = version >= 1;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: BeginQuorumEpochResponsePartitionData[];
  const n13 = flexible ? r.compactArrayLength(15) : r.arrayLength(14);
  if (n13 === -1) throw new DecodeError('BeginQuorumEpochResponse.Partitions is null but not nullable in version ' + version);
  const arr14: BeginQuorumEpochResponsePartitionData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeBeginQuorumEpochResponsePartitionData(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BeginQuorumEpochResponseTopicData: tagged field ' + tag + ' out of order');
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

export interface BeginQuorumEpochResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
}

export function defaultBeginQuorumEpochResponsePartitionData(): BeginQuorumEpochResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
  };
}

export function encodeBeginQuorumEpochResponsePartitionData(w: Writer, version: number, m: BeginQuorumEpochResponsePartitionData): void {
  const flexible = version >= 1;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBeginQuorumEpochResponsePartitionData(r: Reader, version: number): BeginQuorumEpochResponsePartitionData {
  const flexible = version >= 1;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_leaderId: number;
  f_leaderId = r.int32();
  let f_leaderEpoch: number;
  f_leaderEpoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('BeginQuorumEpochResponsePartitionData: tagged field ' + tag + ' out of order');
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
  };
}

export interface BeginQuorumEpochResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

export function defaultBeginQuorumEpochResponseNodeEndpoint(): BeginQuorumEpochResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
  };
}

export function encodeBeginQuorumEpochResponseNodeEndpoint(w: Writer, version: number, m: BeginQuorumEpochResponseNodeEndpoint): void {
  const flexible = true;
  w.int32(m.nodeId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeBeginQuorumEpochResponseNodeEndpoint(r: Reader, version: number): BeginQuorumEpochResponseNodeEndpoint {
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
      if (tag <= previousTag) throw new DecodeError('BeginQuorumEpochResponseNodeEndpoint: tagged field ' + tag + ' out of order');
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

