// Generated from SaslHandshakeRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const saslHandshakeRequestVersions = { min: 0, max: 1, flexibleMin: -1 } as const;

export interface SaslHandshakeRequest {
  mechanism: string;
}

export function defaultSaslHandshakeRequest(): SaslHandshakeRequest {
  return {
    mechanism: "",
  };
}

export function encodeSaslHandshakeRequest(w: Writer, version: number, m: SaslHandshakeRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('SaslHandshakeRequest has no version ' + version);
  if (false) w.compactString(m.mechanism); else w.string(m.mechanism);
}

export function decodeSaslHandshakeRequest(r: Reader, version: number): SaslHandshakeRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('SaslHandshakeRequest has no version ' + version);
  let f_mechanism: string;
  f_mechanism = false ? r.compactString() : r.string();
  return {
    mechanism: f_mechanism,
  };
}

