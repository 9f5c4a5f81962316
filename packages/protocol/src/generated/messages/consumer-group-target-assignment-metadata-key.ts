// Generated from ConsumerGroupTargetAssignmentMetadataKey.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const consumerGroupTargetAssignmentMetadataKeyVersions = { min: 6, max: 6, flexibleMin: -1 } as const;

export interface ConsumerGroupTargetAssignmentMetadataKey {
  groupId: string;
}

export function defaultConsumerGroupTargetAssignmentMetadataKey(): ConsumerGroupTargetAssignmentMetadataKey {
  return {
    groupId: "",
  };
}

export function encodeConsumerGroupTargetAssignmentMetadataKey(w: Writer, version: number, m: ConsumerGroupTargetAssignmentMetadataKey): void {
  if (!(version >= 6 && version <= 6)) throw new EncodeError('ConsumerGroupTargetAssignmentMetadataKey has no version ' + version);
  if (false) w.compactString(m.groupId); else w.string(m.groupId);
}

export function decodeConsumerGroupTargetAssignmentMetadataKey(r: Reader, version: number): ConsumerGroupTargetAssignmentMetadataKey {
  if (!(version >= 6 && version <= 6)) throw new DecodeError('ConsumerGroupTargetAssignmentMetadataKey has no version ' + version);
  let f_groupId: string;
  f_groupId = false ? r.compactString() : r.string();
  return {
    groupId: f_groupId,
  };
}

