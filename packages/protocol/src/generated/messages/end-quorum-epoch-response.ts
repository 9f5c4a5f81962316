// Generated from EndQuorumEpochResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const endQuorumEpochResponseVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface EndQuorumEpochResponse {
  errorCode: number;
  topics: EndQuorumEpochResponseTopicData[];
  nodeEndpoints?: EndQuorumEpochResponseNodeEndpoint[] | undefined;
}

export function defaultEndQuorumEpochResponse(): EndQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [],
  };
}

export function encodeEndQuorumEpochResponse(w: Writer, version: number, m: EndQuorumEpochResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('EndQuorumEpochResponse has no version ' + version);
  const flexible = version >= 1;
  w.int16(m.errorCode);
  const a0 = m.topics;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeEndQuorumEpochResponseTopicData(w, version, e1);
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
          encodeEndQuorumEpochResponseNodeEndpoint(w, version, e4);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeEndQuorumEpochResponse(r: Reader, version: number): EndQuorumEpochResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('EndQuorumEpochResponse has no version ' + version);
  const flexible = version >= 1;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_topics: EndQuorumEpochResponseTopicData[];
  const n5 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n5 === -1) throw new DecodeError('EndQuorumEpochResponse.Topics is null but not nullable in version ' + version);
  const arr6: EndQuorumEpochResponseTopicData[] = [];
  for (let i7 = 0; i7 < n5; i7++) {
    arr6.push(decodeEndQuorumEpochResponseTopicData(r, version));
  }
  f_topics = arr6;
  let t_nodeEndpoints: EndQuorumEpochResponseNodeEndpoint[] | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('EndQuorumEpochResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 1) {
            const n8 = true ? fr.compactArrayLength(8) : fr.arrayLength(1);
            if (n8 === -1) throw new DecodeError('EndQuorumEpochResponse.NodeEndpoints is null but not nullable in version ' + version);
            const arr9: EndQuorumEpochResponseNodeEndpoint[] = [];
            for (let i10 = 0; i10 < n8; i10++) {
              arr9.push(decodeEndQuorumEpochResponseNodeEndpoint(fr, version));
            }
            t_nodeEndpoints = arr9;
            if (fr.remaining !== 0) throw new DecodeError('EndQuorumEpochResponse.NodeEndpoints: tagged field has trailing bytes');
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

export interface EndQuorumEpochResponseTopicData {
  topicName: string;
  partitions: EndQuorumEpochResponsePartitionData[];
}

export function defaultEndQuorumEpochResponseTopicData(): EndQuorumEpochResponseTopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

export function encodeEndQuorumEpochResponseTopicData(w: Writer, version: number, m: EndQuorumEpochResponseTopicData): void {
  const flexible = version >= 1;
  if (flexible) w.compactString(m.topicName); else w.string(m.topicName);
  const a11 = m.partitions;
  if (flexible) w.compactArrayLength(a11.length); else w.arrayLength(a11.length);
  for (const e12 of a11) {
    encodeEndQuorumEpochResponsePartitionData(w, version, e12);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEndQuorumEpochResponseTopicData(r: Reader, version: number): EndQuorumEpochResponseTopicData {
  const flexible = version >= 1;
  let f_topicName: string;
  f_topicName = flexible ? r.compactString() : r.string();
  let f_partitions: EndQuorumEpochResponsePartitionData[];
  const n13 = flexible ? r.compactArrayLength(15) : r.arrayLength(14);
  if (n13 === -1) throw new DecodeError('EndQuorumEpochResponse.Partitions is null but not nullable in version ' + version);
  const arr14: EndQuorumEpochResponsePartitionData[] = [];
  for (let i15 = 0; i15 < n13; i15++) {
    arr14.push(decodeEndQuorumEpochResponsePartitionData(r, version));
  }
  f_partitions = arr14;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('EndQuorumEpochResponseTopicData: tagged field ' + tag + ' out of order');
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

export interface EndQuorumEpochResponsePartitionData {
  partitionIndex: number;
  errorCode: number;
  leaderId: number;
  leaderEpoch: number;
}

export function defaultEndQuorumEpochResponsePartitionData(): EndQuorumEpochResponsePartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
  };
}

export function encodeEndQuorumEpochResponsePartitionData(w: Writer, version: number, m: EndQuorumEpochResponsePartitionData): void {
  const flexible = version >= 1;
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEndQuorumEpochResponsePartitionData(r: Reader, version: number): EndQuorumEpochResponsePartitionData {
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
      if (tag <= previousTag) throw new DecodeError('EndQuorumEpochResponsePartitionData: tagged field ' + tag + ' out of order');
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

export interface EndQuorumEpochResponseNodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

export function defaultEndQuorumEpochResponseNodeEndpoint(): EndQuorumEpochResponseNodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
  };
}

export function encodeEndQuorumEpochResponseNodeEndpoint(w: Writer, version: number, m: EndQuorumEpochResponseNodeEndpoint): void {
  const flexible = true;
  w.int32(m.nodeId);
  if (flexible) w.compactString(m.host); else w.string(m.host);
  w.uint16(m.port);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEndQuorumEpochResponseNodeEndpoint(r: Reader, version: number): EndQuorumEpochResponseNodeEndpoint {
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
      if (tag <= previousTag) throw new DecodeError('EndQuorumEpochResponseNodeEndpoint: tagged field ' + tag + ' out of order');
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

