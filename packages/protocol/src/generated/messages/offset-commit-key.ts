// Generated from OffsetCommitKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetCommitKeyVersions = { min: 0, max: 1, flexibleMin: -1 } as const;

export interface OffsetCommitKey {
  group: string;
  topic: string;
  partition: number;
}

export function defaultOffsetCommitKey(): OffsetCommitKey {
  return {
    group: "",
    topic: "",
    partition: 0,
  };
}

export function encodeOffsetCommitKey(w: Writer, version: number, m: OffsetCommitKey): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('OffsetCommitKey has no version ' + version);
  if (false) w.compactString(m.group); else w.string(m.group);
  if (false) w.compactString(m.topic); else w.string(m.topic);
  w.int32(m.partition);
}

export function decodeOffsetCommitKey(r: Reader, version: number): OffsetCommitKey {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('OffsetCommitKey has no version ' + version);
  let f_group: string;
  f_group = false ? r.compactString() : r.string();
  let f_topic: string;
  f_topic = false ? r.compactString() : r.string();
  let f_partition: number;
  f_partition = r.int32();
  return {
    group: f_group,
    topic: f_topic,
    partition: f_partition,
  };
}

