// Generated from DescribeTransactionsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeTransactionsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DescribeTransactionsResponse {
  throttleTimeMs: number;
  transactionStates: DescribeTransactionsResponseTransactionState[];
}

export function defaultDescribeTransactionsResponse(): DescribeTransactionsResponse {
  return {
    throttleTimeMs: 0,
    transactionStates: [],
  };
}

export function encodeDescribeTransactionsResponse(w: Writer, version: number, m: DescribeTransactionsResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DescribeTransactionsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  const a0 = m.transactionStates;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeTransactionsResponseTransactionState(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTransactionsResponse(r: Reader, version: number): DescribeTransactionsResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DescribeTransactionsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_transactionStates: DescribeTransactionsResponseTransactionState[];
  const n2 = flexible ? r.compactArrayLength(28) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('DescribeTransactionsResponse.TransactionStates is null but not nullable in version ' + version);
  const arr3: DescribeTransactionsResponseTransactionState[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeTransactionsResponseTransactionState(r, version));
  }
  f_transactionStates = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTransactionsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    transactionStates: f_transactionStates,
  };
}

export interface DescribeTransactionsResponseTransactionState {
  errorCode: number;
  transactionalId: string;
  transactionState: string;
  transactionTimeoutMs: number;
  transactionStartTimeMs: bigint;
  producerId: bigint;
  producerEpoch: number;
  topics: DescribeTransactionsResponseTopicData[];
}

export function defaultDescribeTransactionsResponseTransactionState(): DescribeTransactionsResponseTransactionState {
  return {
    errorCode: 0,
    transactionalId: "",
    transactionState: "",
    transactionTimeoutMs: 0,
    transactionStartTimeMs: 0n,
    producerId: 0n,
    producerEpoch: 0,
    topics: [],
  };
}

export function encodeDescribeTransactionsResponseTransactionState(w: Writer, version: number, m: DescribeTransactionsResponseTransactionState): void {
  const flexible = true;
  w.int16(m.errorCode);
  if (flexible) w.compactString(m.transactionalId); else w.string(m.transactionalId);
  if (flexible) w.compactString(m.transactionState); else w.string(m.transactionState);
  w.int32(m.transactionTimeoutMs);
  w.int64(m.transactionStartTimeMs);
  w.int64(m.producerId);
  w.int16(m.producerEpoch);
  const a5 = m.topics;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDescribeTransactionsResponseTopicData(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTransactionsResponseTransactionState(r: Reader, version: number): DescribeTransactionsResponseTransactionState {
  const flexible = true;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_transactionalId: string;
  f_transactionalId = flexible ? r.compactString() : r.string();
  let f_transactionState: string;
  f_transactionState = flexible ? r.compactString() : r.string();
  let f_transactionTimeoutMs: number;
  f_transactionTimeoutMs = r.int32();
  let f_transactionStartTimeMs: bigint;
  f_transactionStartTimeMs = r.int64();
  let f_producerId: bigint;
  f_producerId = r.int64();
  let f_producerEpoch: number;
  f_producerEpoch = r.int16();
  let f_topics: DescribeTransactionsResponseTopicData[];
  const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('DescribeTransactionsResponse.Topics is null but not nullable in version ' + version);
  const arr8: DescribeTransactionsResponseTopicData[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDescribeTransactionsResponseTopicData(r, version));
  }
  f_topics = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTransactionsResponseTransactionState: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    transactionalId: f_transactionalId,
    transactionState: f_transactionState,
    transactionTimeoutMs: f_transactionTimeoutMs,
    transactionStartTimeMs: f_transactionStartTimeMs,
    producerId: f_producerId,
    producerEpoch: f_producerEpoch,
    topics: f_topics,
  };
}

export interface DescribeTransactionsResponseTopicData {
  topic: string;
  partitions: number[];
}

export function defaultDescribeTransactionsResponseTopicData(): DescribeTransactionsResponseTopicData {
  return {
    topic: "",
    partitions: [],
  };
}

export function encodeDescribeTransactionsResponseTopicData(w: Writer, version: number, m: DescribeTransactionsResponseTopicData): void {
  const flexible = true;
  if (flexible) w.compactString(m.topic); else w.string(m.topic);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    w.int32(e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeTransactionsResponseTopicData(r: Reader, version: number): DescribeTransactionsResponseTopicData {
  const flexible = true;
  let f_topic: string;
  f_topic = flexible ? r.compactString() : r.string();
  let f_partitions: number[];
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(1);
  if (n12 === -1) throw new DecodeError('DescribeTransactionsResponse.Partitions is null but not nullable in version ' + version);
  const arr13: number[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(r.int32());
  }
  f_partitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeTransactionsResponseTopicData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topic: f_topic,
    partitions: f_partitions,
  };
}

