// Generated from SnapshotHeaderRecord.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const snapshotHeaderRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface SnapshotHeaderRecord {
  version: number;
  lastContainedLogTimestamp: bigint;
}

export function defaultSnapshotHeaderRecord(): SnapshotHeaderRecord {
  return {
    version: 0,
    lastContainedLogTimestamp: 0n,
  };
}

export function encodeSnapshotHeaderRecord(w: Writer, version: number, m: SnapshotHeaderRecord): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('SnapshotHeaderRecord has no version ' + version);
  const flexible = true;
  w.int16(m.version);
  w.int64(m.lastContainedLogTimestamp);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeSnapshotHeaderRecord(r: Reader, version: number): SnapshotHeaderRecord {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('SnapshotHeaderRecord has no version ' + version);
  const flexible = true;
  let f_version: number;
  f_version = r.int16();
  let f_lastContainedLogTimestamp: bigint;
  f_lastContainedLogTimestamp = r.int64();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('SnapshotHeaderRecord: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    version: f_version,
    lastContainedLogTimestamp: f_lastContainedLogTimestamp,
  };
}

