// Generated from ShareGroupTargetAssignmentMetadataValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupTargetAssignmentMetadataValueVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareGroupTargetAssignmentMetadataValue {
  assignmentEpoch: number;
}

export function defaultShareGroupTargetAssignmentMetadataValue(): ShareGroupTargetAssignmentMetadataValue {
  return {
    assignmentEpoch: 0,
  };
}

export function encodeShareGroupTargetAssignmentMetadataValue(w: Writer, version: number, m: ShareGroupTargetAssignmentMetadataValue): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareGroupTargetAssignmentMetadataValue has no version ' + version);
  const flexible = true;
  w.int32(m.assignmentEpoch);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupTargetAssignmentMetadataValue(r: Reader, version: number): ShareGroupTargetAssignmentMetadataValue {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareGroupTargetAssignmentMetadataValue has no version ' + version);
  const flexible = true;
  let f_assignmentEpoch: number;
  f_assignmentEpoch = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupTargetAssignmentMetadataValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    assignmentEpoch: f_assignmentEpoch,
  };
}

