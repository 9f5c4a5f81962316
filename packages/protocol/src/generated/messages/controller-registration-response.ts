// Generated from ControllerRegistrationResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const controllerRegistrationResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ControllerRegistrationResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultControllerRegistrationResponse(): ControllerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

export function encodeControllerRegistrationResponse(w: Writer, version: number, m: ControllerRegistrationResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ControllerRegistrationResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeControllerRegistrationResponse(r: Reader, version: number): ControllerRegistrationResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ControllerRegistrationResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ControllerRegistrationResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

