// Generated from EnvelopeRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const envelopeRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface EnvelopeRequest {
  requestData: Buffer;
  requestPrincipal: Buffer | null;
  clientHostAddress: Buffer;
}

export function defaultEnvelopeRequest(): EnvelopeRequest {
  return {
    requestData: EMPTY_BYTES,
    requestPrincipal: EMPTY_BYTES,
    clientHostAddress: EMPTY_BYTES,
  };
}

export function encodeEnvelopeRequest(w: Writer, version: number, m: EnvelopeRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('EnvelopeRequest has no version ' + version);
  const flexible = true;
  if (flexible) w.compactBytes(m.requestData); else w.bytes(m.requestData);
  const v0 = m.requestPrincipal;
  if (flexible) w.compactNullableBytes(v0); else w.nullableBytes(v0);
  if (flexible) w.compactBytes(m.clientHostAddress); else w.bytes(m.clientHostAddress);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeEnvelopeRequest(r: Reader, version: number): EnvelopeRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('EnvelopeRequest has no version ' + version);
  const flexible = true;
  let f_requestData: Buffer;
  f_requestData = flexible ? r.compactBytes() : r.bytes();
  let f_requestPrincipal: Buffer | null;
  f_requestPrincipal = flexible ? r.compactNullableBytes() : r.nullableBytes();
  let f_clientHostAddress: Buffer;
  f_clientHostAddress = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('EnvelopeRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    requestData: f_requestData,
    requestPrincipal: f_requestPrincipal,
    clientHostAddress: f_clientHostAddress,
  };
}

