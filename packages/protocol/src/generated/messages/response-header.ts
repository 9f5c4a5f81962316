// Generated from ResponseHeader.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const responseHeaderVersions = { min: 0, max: 1, flexibleMin: 1 } as const;

export interface ResponseHeader {
  correlationId: number;
}

export function defaultResponseHeader(): ResponseHeader {
  return {
    correlationId: 0,
  };
}

export function encodeResponseHeader(w: Writer, version: number, m: ResponseHeader): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('ResponseHeader has no version ' + version);
  const flexible = version >= 1;
  w.int32(m.correlationId);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeResponseHeader(r: Reader, version: number): ResponseHeader {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('ResponseHeader has no version ' + version);
  const flexible = version >= 1;
  let f_correlationId: number;
  f_correlationId = r.int32();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ResponseHeader: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    correlationId: f_correlationId,
  };
}

