// Generated from ConsumerGroupMetadataKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupMetadataKeyVersions = { min: 3, max: 3, flexibleMin: -1 } as const;

export interface ConsumerGroupMetadataKey {
  groupId: string;
}

export function defaultConsumerGroupMetadataKey(): ConsumerGroupMetadataKey {
  return {
    groupId: "",
  };
}

export function encodeConsumerGroupMetadataKey(w: Writer, version: number, m: ConsumerGroupMetadataKey): void {
  if (!(version >= 3 && version <= 3)) throw new EncodeError('ConsumerGroupMetadataKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
}

export function decodeConsumerGroupMetadataKey(r: Reader, version: number): ConsumerGroupMetadataKey {
  if (!(version >= 3 && version <= 3)) throw new DecodeError('ConsumerGroupMetadataKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
  };
}

