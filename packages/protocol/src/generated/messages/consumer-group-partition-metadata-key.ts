// Generated from ConsumerGroupPartitionMetadataKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupPartitionMetadataKeyVersions = { min: 4, max: 4, flexibleMin: -1 } as const;

export interface ConsumerGroupPartitionMetadataKey {
  groupId: string;
}

export function defaultConsumerGroupPartitionMetadataKey(): ConsumerGroupPartitionMetadataKey {
  return {
    groupId: "",
  };
}

export function encodeConsumerGroupPartitionMetadataKey(w: Writer, version: number, m: ConsumerGroupPartitionMetadataKey): void {
  if (!(version >= 4 && version <= 4)) throw new EncodeError('ConsumerGroupPartitionMetadataKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
}

export function decodeConsumerGroupPartitionMetadataKey(r: Reader, version: number): ConsumerGroupPartitionMetadataKey {
  if (!(version >= 4 && version <= 4)) throw new DecodeError('ConsumerGroupPartitionMetadataKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
  };
}

