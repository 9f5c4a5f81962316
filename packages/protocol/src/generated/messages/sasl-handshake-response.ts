// Generated from SaslHandshakeResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const saslHandshakeResponseVersions = { min: 0, max: 1, flexibleMin: -1 } as const;

export interface SaslHandshakeResponse {
  errorCode: number;
  mechanisms: string[];
}

export function defaultSaslHandshakeResponse(): SaslHandshakeResponse {
  return {
    errorCode: 0,
    mechanisms: [],
  };
}

export function encodeSaslHandshakeResponse(w: Writer, version: number, m: SaslHandshakeResponse): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('SaslHandshakeResponse has no version ' + version);
  w.int16(m.errorCode);
  const a0 = m.mechanisms;
  if (false) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    if (false) w.compactString(e1); else w.string(e1);
  }
}

export function decodeSaslHandshakeResponse(r: Reader, version: number): SaslHandshakeResponse {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('SaslHandshakeResponse has no version ' + version);
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_mechanisms: string[];
  const n2 = false ? r.compactArrayLength(1) : r.arrayLength(2);
  if (n2 === -1) throw new DecodeError('SaslHandshakeResponse.Mechanisms is null but not nullable in version ' + version);
  const arr3: string[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(r.string());
  }
  f_mechanisms = arr3;
  return {
    errorCode: f_errorCode,
    mechanisms: f_mechanisms,
  };
}

