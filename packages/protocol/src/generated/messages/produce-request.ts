// Generated from ProduceRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const produceRequestVersions = { min: 0, max: 11, flexibleMin: 9 } as const;

export interface ProduceRequest {
  transactionalId: string | null;
  acks: number;
  timeoutMs: number;
  topicData: ProduceRequestTopicProduceData[];
}

export function defaultProduceRequest(): ProduceRequest {
  return {
    transactionalId: null,
    acks: 0,
    timeoutMs: 0,
    topicData: [],
  };
}

export function encodeProduceRequest(w: Writer, version: number, m: ProduceRequest): void {
  if (!(version >= 0 && version <= 11)) throw new EncodeError('ProduceRequest has no version ' + version);
  const flexible = version >= 9;
  if (version >= 3) {
    const v0 = m.transactionalId;
    if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  } else {
    if (m.transactionalId !== null) throw new EncodeError('ProduceRequest.TransactionalId: a non-default value cannot be written in version ' + version);
  }
  w.int16(m.acks);
  w.int32(m.timeoutMs);
  const a1 = m.topicData;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    encodeProduceRequestTopicProduceData(w, version, e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeProduceRequest(r: Reader, version: number): ProduceRequest {
  if (!(version >= 0 && version <= 11)) throw new DecodeError('ProduceRequest has no version ' + version);
  const flexible = version >= 9;
  let f_transactionalId: string | null = null;
  if (version >= 3) {
    f_transactionalId = flexible ? r.compactNullableString() : r.nullableString();
  }
  let f_acks: number;
  f_acks = r.int16();
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  let f_topicData: ProduceRequestTopicProduceData[];
  const n3 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n3 === -1) throw new DecodeError('ProduceRequest.TopicData is null but not nullable in version ' + version);
  const arr4: ProduceRequestTopicProduceData[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(decodeProduceRequestTopicProduceData(r, version));
  }
  f_topicData = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ProduceRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    transactionalId: f_transactionalId,
    acks: f_acks,
    timeoutMs: f_timeoutMs,
    topicData: f_topicData,
  };
}

export interface ProduceRequestTopicProduceData {
  name: string;
  partitionData: ProduceRequestPartitionProduceData[];
}

export function defaultProduceRequestTopicProduceData(): ProduceRequestTopicProduceData {
  return {
    name: "",
    partitionData: [],
  };
}

export function encodeProduceRequestTopicProduceData(w: Writer, version: number, m: ProduceRequestTopicProduceData): void {
  const flexible = version >= 9;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a6 = m.partitionData;
  if (flexible) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
  for (const e7 of a6) {
    encodeProduceRequestPartitionProduceData(w, version, e7);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeProduceRequestTopicProduceData(r: Reader, version: number): ProduceRequestTopicProduceData {
  const flexible = version >= 9;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitionData: ProduceRequestPartitionProduceData[];
  const n8 = flexible ? r.compactArrayLength(6) : r.arrayLength(8);
  if (n8 === -1) throw new DecodeError('ProduceRequest.PartitionData is null but not nullable in version ' + version);
  const arr9: ProduceRequestPartitionProduceData[] = [];
  for (let i10 = 0; i10 < n8; i10++) {
    arr9.push(decodeProduceRequestPartitionProduceData(r, version));
  }
  f_partitionData = arr9;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ProduceRequestTopicProduceData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    partitionData: f_partitionData,
  };
}

export interface ProduceRequestPartitionProduceData {
  index: number;
  records: Buffer | null;
}

export function defaultProduceRequestPartitionProduceData(): ProduceRequestPartitionProduceData {
  return {
    index: 0,
    records: null,
  };
}

export function encodeProduceRequestPartitionProduceData(w: Writer, version: number, m: ProduceRequestPartitionProduceData): void {
  const flexible = version >= 9;
  w.int32(m.index);
  const v11 = m.records;
  if (flexible) w.compactNullableBytes(v11); else w.nullableBytes(v11);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeProduceRequestPartitionProduceData(r: Reader, version: number): ProduceRequestPartitionProduceData {
  const flexible = version >= 9;
  let f_index: number;
  f_index = r.int32();
  let f_records: Buffer | null;
  f_records = flexible ? r.compactNullableBytes() : r.nullableBytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ProduceRequestPartitionProduceData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    index: f_index,
    records: f_records,
  };
}

