// Generated from GroupMetadataKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const groupMetadataKeyVersions = { min: 2, max: 2, flexibleMin: -1 } as const;

export interface GroupMetadataKey {
  group: string;
}

export function defaultGroupMetadataKey(): GroupMetadataKey {
  return {
    group: "",
  };
}

export function encodeGroupMetadataKey(w: Writer, version: number, m: GroupMetadataKey): void {
  if (!(version >= 2 && version <= 2)) throw new EncodeError('GroupMetadataKey has no version ' + version);
  if (false) w.compactString(m.group); else w.string(m.group);
}

export function decodeGroupMetadataKey(r: Reader, version: number): GroupMetadataKey {
  if (!(version >= 2 && version <= 2)) throw new DecodeError('GroupMetadataKey has no version ' + version);
  let f_group: string;
  f_group = false ? r.compactString() : r.string();
  return {
    group: f_group,
  };
}

