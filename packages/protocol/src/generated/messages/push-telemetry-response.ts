// Generated from PushTelemetryResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const pushTelemetryResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface PushTelemetryResponse {
  throttleTimeMs: number;
  errorCode: number;
}

export function defaultPushTelemetryResponse(): PushTelemetryResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

export function encodePushTelemetryResponse(w: Writer, version: number, m: PushTelemetryResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('PushTelemetryResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodePushTelemetryResponse(r: Reader, version: number): PushTelemetryResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('PushTelemetryResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('PushTelemetryResponse: tagged field ' + tag + ' out of order');
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

