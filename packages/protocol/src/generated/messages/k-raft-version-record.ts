// Generated from KRaftVersionRecord.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const kRaftVersionRecordVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface KRaftVersionRecord {
  version: number;
  kRaftVersion: number;
}

export function defaultKRaftVersionRecord(): KRaftVersionRecord {
  return {
    version: 0,
    kRaftVersion: 0,
  };
}

export function encodeKRaftVersionRecord(w: Writer, version: number, m: KRaftVersionRecord): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('KRaftVersionRecord has no version ' + version);
  const flexible = true;
  w.int16(m.version);
  w.int16(m.kRaftVersion);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeKRaftVersionRecord(r: Reader, version: number): KRaftVersionRecord {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('KRaftVersionRecord has no version ' + version);
  const flexible = true;
  let f_version: number;
  f_version = r.int16();
  let f_kRaftVersion: number;
  f_kRaftVersion = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('KRaftVersionRecord: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    version: f_version,
    kRaftVersion: f_kRaftVersion,
  };
}

