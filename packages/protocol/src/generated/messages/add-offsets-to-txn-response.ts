// Generated from AddOffsetsToTxnResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const addOffsetsToTxnResponseVersions = { min: 0, max: 4, flexibleMin: 3 } as const;

export interface AddOffsetsToTxnResponse {
  throttleTimeMs: number;
  errorCode: number;
}

export function defaultAddOffsetsToTxnResponse(): AddOffsetsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

export function encodeAddOffsetsToTxnResponse(w: Writer, version: number, m: AddOffsetsToTxnResponse): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('AddOffsetsToTxnResponse has no version ' + version);
  const flexible = version >= 3;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeAddOffsetsToTxnResponse(r: Reader, version: number): AddOffsetsToTxnResponse {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('AddOffsetsToTxnResponse has no version ' + version);
  const flexible = version >= 3;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('AddOffsetsToTxnResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
  };
}

