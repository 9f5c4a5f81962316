// Generated from OffsetCommitValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const offsetCommitValueVersions = { min: 0, max: 4, flexibleMin: 4 } as const;

export interface OffsetCommitValue {
  offset: bigint;
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: bigint;
  expireTimestamp: bigint;
}

export function defaultOffsetCommitValue(): OffsetCommitValue {
  return {
    offset: 0n,
    leaderEpoch: -1,
    metadata: "",
    commitTimestamp: 0n,
    expireTimestamp: -1n,
  };
}

export function encodeOffsetCommitValue(w: Writer, version: number, m: OffsetCommitValue): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('OffsetCommitValue has no version ' + version);
  const flexible = version >= 4;
  w.int64(m.offset);
  if (version >= 3) {
    w.int32(m.leaderEpoch);
  }
  if (flexible) w.compactString(m.metadata); else w.string(m.metadata);
  w.int64(m.commitTimestamp);
  if (version >= 1 && version <= 1) {
    w.int64(m.expireTimestamp);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeOffsetCommitValue(r: Reader, version: number): OffsetCommitValue {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('OffsetCommitValue has no version ' + version);
  const flexible = version >= 4;
  let f_offset: bigint;
  f_offset = r.int64();
  let f_leaderEpoch: number = -1;
  if (version >= 3) {
    f_leaderEpoch = r.int32();
  }
  let f_metadata: string;
  f_metadata = flexible ? r.compactString() : r.string();
  let f_commitTimestamp: bigint;
  f_commitTimestamp = r.int64();
  let f_expireTimestamp: bigint = -1n;
  if (version >= 1 && version <= 1) {
    f_expireTimestamp = r.int64();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('OffsetCommitValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    offset: f_offset,
    leaderEpoch: f_leaderEpoch,
    metadata: f_metadata,
    commitTimestamp: f_commitTimestamp,
    expireTimestamp: f_expireTimestamp,
  };
}

