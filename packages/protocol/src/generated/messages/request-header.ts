// Generated from RequestHeader.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const requestHeaderVersions = { min: 0, max: 2, flexibleMin: 2 } as const;

export interface RequestHeader {
  requestApiKey: number;
  requestApiVersion: number;
  correlationId: number;
  clientId: string | null;
}

export function defaultRequestHeader(): RequestHeader {
  return {
    requestApiKey: 0,
    requestApiVersion: 0,
    correlationId: 0,
    clientId: "",
  };
}

export function encodeRequestHeader(w: Writer, version: number, m: RequestHeader): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('RequestHeader has no version ' + version);
  const flexible = version >= 2;
  w.int16(m.requestApiKey);
  w.int16(m.requestApiVersion);
  w.int32(m.correlationId);
  if (version >= 1) {
    const v0 = m.clientId;
    if (false) w.compactNullableString(v0); else w.nullableString(v0);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeRequestHeader(r: Reader, version: number): RequestHeader {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('RequestHeader has no version ' + version);
  const flexible = version >= 2;
  let f_requestApiKey: number;
  f_requestApiKey = r.int16();
  let f_requestApiVersion: number;
  f_requestApiVersion = r.int16();
  let f_correlationId: number;
  f_correlationId = r.int32();
  let f_clientId: string | null = "";
  if (version >= 1) {
    f_clientId = false ? r.compactNullableString() : r.nullableString();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('RequestHeader: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    requestApiKey: f_requestApiKey,
    requestApiVersion: f_requestApiVersion,
    correlationId: f_correlationId,
    clientId: f_clientId,
  };
}

