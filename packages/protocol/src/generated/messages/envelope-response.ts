// Generated from EnvelopeResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const envelopeResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface EnvelopeResponse {
  responseData: Buffer | null;
  errorCode: number;
}

export function defaultEnvelopeResponse(): EnvelopeResponse {
  return {
    responseData: null,
    errorCode: 0,
  };
}

export function encodeEnvelopeResponse(w: Writer, version: number, m: EnvelopeResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('EnvelopeResponse has no version ' + version);
  const flexible = true;
  const v0 = m.responseData;
  if (flexible) w.compactNullableBytes(v0); else w.nullableBytes(v0);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEnvelopeResponse(r: Reader, version: number): EnvelopeResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('EnvelopeResponse has no version ' + version);
  const flexible = true;
  let f_responseData: Buffer | null;
  f_responseData = flexible ? r.compactNullableBytes() : r.nullableBytes();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('EnvelopeResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    responseData: f_responseData,
    errorCode: f_errorCode,
  };
}

