// Generated from AlterReplicaLogDirsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const alterReplicaLogDirsRequestVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface AlterReplicaLogDirsRequest {
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
}

export function defaultAlterReplicaLogDirsRequest(): AlterReplicaLogDirsRequest {
  return {
    dirs: [],
  };
}

export function encodeAlterReplicaLogDirsRequest(w: Writer, version: number, m: AlterReplicaLogDirsRequest): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('AlterReplicaLogDirsRequest has no version ' + version);
  const flexible = version >= 2;
  const a0 = m.dirs;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeAlterReplicaLogDirsRequestAlterReplicaLogDir(w, version, e1);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('AlterReplicaLogDirsRequest has no version ' + version);
  const flexible = version >= 2;
  let f_dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
  const n2 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n2 === -1) throw new DecodeError('AlterReplicaLogDirsRequest.Dirs is null but not nullable in version ' + version);
  const arr3: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeAlterReplicaLogDirsRequestAlterReplicaLogDir(r, version));
  }
  f_dirs = arr3;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterReplicaLogDirsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    dirs: f_dirs,
  };
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  path: string;
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
}

export function defaultAlterReplicaLogDirsRequestAlterReplicaLogDir(): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  return {
    path: "",
    topics: [],
  };
}

export function encodeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, version: number, m: AlterReplicaLogDirsRequestAlterReplicaLogDir): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.path); else w.string(m.path);
  const a5 = m.topics;
  if (flexible) w.compactArrayLength(a5.length); else w.arrayLength(a5.length);
  for (const e6 of a5) {
    encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, version, e6);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const flexible = version >= 2;
  let f_path: string;
  f_path = flexible ? r.compactString() : r.string();
  let f_topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
  const n7 = flexible ? r.compactArrayLength(3) : r.arrayLength(6);
  if (n7 === -1) throw new DecodeError('AlterReplicaLogDirsRequest.Topics is null but not nullable in version ' + version);
  const arr8: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r, version));
  }
  f_topics = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AlterReplicaLogDirsRequestAlterReplicaLogDir: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    path: f_path,
    topics: f_topics,
  };
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  name: string;
  partitions: number[];
}

export function defaultAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  return {
    name: "",
    partitions: [],
  };
}

export function encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, version: number, m: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic): void {
  const flexible = version >= 2;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  const a10 = m.partitions;
  if (flexible) w.compactArrayLength(a10.length); else w.arrayLength(a10.length);
  for (const e11 of a10) {
    w.int32(e11);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const flexible = version >= 2;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_partitions: number[];
  const n12 = flexible ? r.compactArrayLength(4) : r.arrayLength(4);
  if (n12 === -1) throw new DecodeError('AlterReplicaLogDirsRequest.Partitions is null but not nullable in version ' + version);
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
      if (tag <= previousTag) throw new DecodeError('AlterReplicaLogDirsRequestAlterReplicaLogDirTopic: tagged field ' + tag + ' out of order');
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

