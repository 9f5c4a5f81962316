// Generated from AddPartitionsToTxnResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const addPartitionsToTxnResponseVersions = { min: 0, max: 5, flexibleMin: 3 } as const;

export interface AddPartitionsToTxnResponse {
  throttleTimeMs: number;
  errorCode: number;
  resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

export function defaultAddPartitionsToTxnResponse(): AddPartitionsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    resultsByTransaction: [],
    resultsByTopicV3AndBelow: [],
  };
}

export function encodeAddPartitionsToTxnResponse(w: Writer, version: number, m: AddPartitionsToTxnResponse): void {
  if (!(version >= 0 && version <= 5)) throw new EncodeError('AddPartitionsToTxnResponse has no version ' + version);
  const flexible = version >= 3;
  w.int32(m.throttleTimeMs);
  if (version >= 4) {
    w.int16(m.errorCode);
  }
  if (version >= 4) {
    const a0 = m.resultsByTransaction;
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, version, e1);
    }
  }
  if (version <= 3) {
    const a2 = m.resultsByTopicV3AndBelow;
    if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
    for (const e3 of a2) {
      encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, version, e3);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddPartitionsToTxnResponse(r: Reader, version: number): AddPartitionsToTxnResponse {
  if (!(version >= 0 && version <= 5)) throw new DecodeError('AddPartitionsToTxnResponse has no version ' + version);
  const flexible = version >= 3;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number = 0;
  if (version >= 4) {
    f_errorCode = r.int16();
  }
  let f_resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
  if (version >= 4) {
    const n4 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
    if (n4 === -1) throw new DecodeError('AddPartitionsToTxnResponse.ResultsByTransaction is null but not nullable in version ' + version);
    const arr5: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
    for (let i6 = 0; i6 < n4; i6++) {
      arr5.push(decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, version));
    }
    f_resultsByTransaction = arr5;
  }
  let f_resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  if (version <= 3) {
    const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
    if (n7 === -1) throw new DecodeError('AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow is null but not nullable in version ' + version);
    const arr8: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
    for (let i9 = 0; i9 < n7; i9++) {
      arr8.push(decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version));
    }
    f_resultsByTopicV3AndBelow = arr8;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddPartitionsToTxnResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    resultsByTransaction: f_resultsByTransaction,
    resultsByTopicV3AndBelow: f_resultsByTopicV3AndBelow,
  };
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  name: string;
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  return {
    name: "",
    resultsByPartition: [],
  };
}

export function encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, version: number, m: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult): void {
  const flexible = version >= 3;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a10 = m.resultsByPartition;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, version, e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const flexible = version >= 3;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
  const n12 = flexible ? r.compactArrayLength(7) : r.arrayLength(6);
  if (n12 === -1) throw new DecodeError('AddPartitionsToTxnResponse.ResultsByPartition is null but not nullable in version ' + version);
  const arr13: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, version));
  }
  f_resultsByPartition = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    resultsByPartition: f_resultsByPartition,
  };
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  partitionIndex: number;
  partitionErrorCode: number;
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  return {
    partitionIndex: 0,
    partitionErrorCode: 0,
  };
}

export function encodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, version: number, m: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult): void {
  const flexible = version >= 3;
  w.int32(m.partitionIndex);
  w.int16(m.partitionErrorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const flexible = version >= 3;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_partitionErrorCode: number;
  f_partitionErrorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    partitionErrorCode: f_partitionErrorCode,
  };
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  transactionalId: string;
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnResult(): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  return {
    transactionalId: "",
    topicResults: [],
  };
}

export function encodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, version: number, m: AddPartitionsToTxnResponseAddPartitionsToTxnResult): void {
  const flexible = true;
  if (flexible) w.compactString(m.transactionalId); else w.string(m.transactionalId);
  const a15 = m.topicResults;
  if (flexible) w.compactArrayLength(a15.length); else w.arrayLength(a15.length);
  for (const e16 of a15) {
    encodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, version, e16);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, version: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  const flexible = true;
  let f_transactionalId: string;
  f_transactionalId = flexible ? r.compactString() : r.string();
  let f_topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  const n17 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n17 === -1) throw new DecodeError('AddPartitionsToTxnResponse.TopicResults is null but not nullable in version ' + version);
  const arr18: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  for (let i19 = 0; i19 < n17; i19++) {
    arr18.push(decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, version));
  }
  f_topicResults = arr18;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddPartitionsToTxnResponseAddPartitionsToTxnResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    transactionalId: f_transactionalId,
    topicResults: f_topicResults,
  };
}

