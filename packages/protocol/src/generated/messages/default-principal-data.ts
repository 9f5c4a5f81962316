// Generated from DefaultPrincipalData.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const defaultPrincipalDataVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface DefaultPrincipalData {
  type: string;
  name: string;
  tokenAuthenticated: boolean;
}

export function defaultDefaultPrincipalData(): DefaultPrincipalData {
  return {
    type: "",
    name: "",
    tokenAuthenticated: false,
  };
}

export function encodeDefaultPrincipalData(w: Writer, version: number, m: DefaultPrincipalData): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('DefaultPrincipalData has no version ' + version);
  const flexible = true;
  if (flexible) w.compactString(m.type); else w.string(m.type);
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.bool(m.tokenAuthenticated);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDefaultPrincipalData(r: Reader, version: number): DefaultPrincipalData {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('DefaultPrincipalData has no version ' + version);
  const flexible = true;
  let f_type: string;
  f_type = flexible ? r.compactString() : r.string();
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_tokenAuthenticated: boolean;
  f_tokenAuthenticated = r.bool();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DefaultPrincipalData: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    type: f_type,
    name: f_name,
    tokenAuthenticated: f_tokenAuthenticated,
  };
}

