// Generated from UpdateMetadataResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const updateMetadataResponseVersions = { min: 0, max: 8, flexibleMin: 6 } as const;

export interface UpdateMetadataResponse {
  errorCode: number;
}

export function defaultUpdateMetadataResponse(): UpdateMetadataResponse {
  return {
    errorCode: 0,
  };
}

export function encodeUpdateMetadataResponse(w: Writer, version: number, m: UpdateMetadataResponse): void {
  if (!(version >= 0 && version <= 8)) throw new EncodeError('UpdateMetadataResponse has no version ' + version);
  const flexible = version >= 6;
  w.int16(m.errorCode);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateMetadataResponse(r: Reader, version: number): UpdateMetadataResponse {
  if (!(version >= 0 && version <= 8)) throw new DecodeError('UpdateMetadataResponse has no version ' + version);
  const flexible = version >= 6;
  let f_errorCode: number;
  f_errorCode = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateMetadataResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    errorCode: f_errorCode,
  };
}

