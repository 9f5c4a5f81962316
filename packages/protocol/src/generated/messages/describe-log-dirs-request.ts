// Generated from DescribeLogDirsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeLogDirsRequestVersions = { min: 0, max: 4, flexibleMin: 2 } as const;

export interface DescribeLogDirsRequest {
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
}

export function defaultDescribeLogDirsRequest(): DescribeLogDirsRequest {
  return {
    topics: [],
  };
}

export function encodeDescribeLogDirsRequest(w: Writer, version: number, m: DescribeLogDirsRequest): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('DescribeLogDirsRequest has no version ' + version);
  const flexible = version >= 2;
  const a0 = m.topics;
  if (a0 === null) {
    if (flexible) w.unsignedVarInt(0); else w.int32(-1);
  } else {
    if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
    for (const e1 of a0) {
      encodeDescribeLogDirsRequestDescribableLogDirTopic(w, version, e1);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeLogDirsRequest(r: Reader, version: number): DescribeLogDirsRequest {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('DescribeLogDirsRequest has no version ' + version);
  const flexible = version >= 2;
  let f_topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) {
    f_topics = null;
  } else {
    const arr3: DescribeLogDirsRequestDescribableLogDirTopic[] = [];
    for (let i4 = 0; i4 < n2; i4++) {
      arr3.push(decodeDescribeLogDirsRequestDescribableLogDirTopic(r, version));
    }
    f_topics = arr3;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeLogDirsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    topics: f_topics,
  };
}

export interface DescribeLogDirsRequestDescribableLogDirTopic {
  topic: string;
  partitions: number[];
}

export function defaultDescribeLogDirsRequestDescribableLogDirTopic(): DescribeLogDirsRequestDescribableLogDirTopic {
  return {
    topic: "",
    partitions: [],
  };
}

export function encodeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, version: number, m: DescribeLogDirsRequestDescribableLogDirTopic): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.topic); else w.string(m.topic);
  const a5 = m.partitions;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    w.int32(e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, version: number): DescribeLogDirsRequestDescribableLogDirTopic {
  const flexible = version >= 2;
  let f_topic: string;
  f_topic = flexible ? r.compactString() : r.string();
  let f_partitions: number[];
  const n7 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n7 === -1) throw new DecodeError('DescribeLogDirsRequest.Partitions is null but not nullable in version ' + version);
  const arr8: number[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(r.int32());
  }
  f_partitions = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeLogDirsRequestDescribableLogDirTopic: tagged field ' + tag + ' out of order');
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

