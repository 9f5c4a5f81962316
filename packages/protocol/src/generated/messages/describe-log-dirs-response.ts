// Generated from DescribeLogDirsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeLogDirsResponseVersions = { min: 0, max: 4, flexibleMin: 2 } as const;

export interface DescribeLogDirsResponse {
  throttleTimeMs: number;
  errorCode: number;
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
}

export function defaultDescribeLogDirsResponse(): DescribeLogDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    results: [],
  };
}

export function encodeDescribeLogDirsResponse(w: Writer, version: number, m: DescribeLogDirsResponse): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('DescribeLogDirsResponse has no version ' + version);
  const flexible = version >= 2;
  w.int32(m.throttleTimeMs);
  if (version >= 3) {
    w.int16(m.errorCode);
  }
  const a0 = m.results;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeDescribeLogDirsResponseDescribeLogDirsResult(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeLogDirsResponse(r: Reader, version: number): DescribeLogDirsResponse {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('DescribeLogDirsResponse has no version ' + version);
  const flexible = version >= 2;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number = 0;
  if (version >= 3) {
    f_errorCode = r.int16();
  }
  let f_results: DescribeLogDirsResponseDescribeLogDirsResult[];
  const n2 = flexible ? r.compactArrayLength(5) : r.arrayLength(8);
  if (n2 === -1) throw new DecodeError('DescribeLogDirsResponse.Results is null but not nullable in version ' + version);
  const arr3: DescribeLogDirsResponseDescribeLogDirsResult[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeDescribeLogDirsResponseDescribeLogDirsResult(r, version));
  }
  f_results = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeLogDirsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    results: f_results,
  };
}

export interface DescribeLogDirsResponseDescribeLogDirsResult {
  errorCode: number;
  logDir: string;
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  totalBytes: bigint;
  usableBytes: bigint;
}

export function defaultDescribeLogDirsResponseDescribeLogDirsResult(): DescribeLogDirsResponseDescribeLogDirsResult {
  return {
    errorCode: 0,
    logDir: "",
    topics: [],
    totalBytes: -1n,
    usableBytes: -1n,
  };
}

export function encodeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, version: number, m: DescribeLogDirsResponseDescribeLogDirsResult): void {
  const flexible = version >= 2;
  w.int16(m.errorCode);
  if (flexible) w.compactString(m.logDir); else w.string(m.logDir);
  const a5 = m.topics;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeDescribeLogDirsResponseDescribeLogDirsTopic(w, version, e6);
  }
  if (version >= 4) {
    w.int64(m.totalBytes);
  }
  if (version >= 4) {
    w.int64(m.usableBytes);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsResult {
  const flexible = version >= 2;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_logDir: string;
  f_logDir = flexible ? r.compactString() : r.string();
  let f_topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n7 === -1) throw new DecodeError('DescribeLogDirsResponse.Topics is null but not nullable in version ' + version);
  const arr8: DescribeLogDirsResponseDescribeLogDirsTopic[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeDescribeLogDirsResponseDescribeLogDirsTopic(r, version));
  }
  f_topics = arr8;
  let f_totalBytes: bigint = -1n;
  if (version >= 4) {
    f_totalBytes = r.int64();
  }
  let f_usableBytes: bigint = -1n;
  if (version >= 4) {
    f_usableBytes = r.int64();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeLogDirsResponseDescribeLogDirsResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
    logDir: f_logDir,
    topics: f_topics,
    totalBytes: f_totalBytes,
    usableBytes: f_usableBytes,
  };
}

export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  name: string;
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
}

export function defaultDescribeLogDirsResponseDescribeLogDirsTopic(): DescribeLogDirsResponseDescribeLogDirsTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, version: number, m: DescribeLogDirsResponseDescribeLogDirsTopic): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    encodeDescribeLogDirsResponseDescribeLogDirsPartition(w, version, e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  const flexible = version >= 2;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
  const n12 = flexible ? r.compactArrayLength(22) : r.arrayLength(21);
  if (n12 === -1) throw new DecodeError('DescribeLogDirsResponse.Partitions is null but not nullable in version ' + version);
  const arr13: DescribeLogDirsResponseDescribeLogDirsPartition[] = [];
  for (let i14 = 0; i14 < n12; i14++) {
    arr13.push(decodeDescribeLogDirsResponseDescribeLogDirsPartition(r, version));
  }
  f_partitions = arr13;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeLogDirsResponseDescribeLogDirsTopic: tagged field ' + tag + ' out of order');
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

export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  partitionIndex: number;
  partitionSize: bigint;
  offsetLag: bigint;
  isFutureKey: boolean;
}

export function defaultDescribeLogDirsResponseDescribeLogDirsPartition(): DescribeLogDirsResponseDescribeLogDirsPartition {
  return {
    partitionIndex: 0,
    partitionSize: 0n,
    offsetLag: 0n,
    isFutureKey: false,
  };
}

export function encodeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, version: number, m: DescribeLogDirsResponseDescribeLogDirsPartition): void {
  const flexible = version >= 2;
  w.int32(m.partitionIndex);
  w.int64(m.partitionSize);
  w.int64(m.offsetLag);
  w.bool(m.isFutureKey);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, version: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  const flexible = version >= 2;
  let f_partitionIndex: number;
  f_partitionIndex = r.int32();
  let f_partitionSize: bigint;
  f_partitionSize = r.int64();
  let f_offsetLag: bigint;
  f_offsetLag = r.int64();
  let f_isFutureKey: boolean;
  f_isFutureKey = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeLogDirsResponseDescribeLogDirsPartition: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    partitionIndex: f_partitionIndex,
    partitionSize: f_partitionSize,
    offsetLag: f_offsetLag,
    isFutureKey: f_isFutureKey,
  };
}

