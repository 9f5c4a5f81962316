// Generated from ApiVersionsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const apiVersionsRequestVersions = { min: 0, max: 4, flexibleMin: 3 } as const;

export interface ApiVersionsRequest {
  clientSoftwareName: string;
  clientSoftwareVersion: string;
}

export function defaultApiVersionsRequest(): ApiVersionsRequest {
  return {
    clientSoftwareName: "",
    clientSoftwareVersion: "",
  };
}

export function encodeApiVersionsRequest(w: Writer, version: number, m: ApiVersionsRequest): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('ApiVersionsRequest has no version ' + version);
  const flexible = version >= 3;
  if (version >= 3) {
    if (flexible) w.compactString(m.clientSoftwareName); else w.string(m.clientSoftwareName);
  }
  if (version >= 3) {
    if (flexible) w.compactString(m.clientSoftwareVersion); else w.string(m.clientSoftwareVersion);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeApiVersionsRequest(r: Reader, version: number): ApiVersionsRequest {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('ApiVersionsRequest has no version ' + version);
  const flexible = version >= 3;
  let f_clientSoftwareName: string = "";
  if (version >= 3) {
    f_clientSoftwareName = flexible ? r.compactString() : r.string();
  }
  let f_clientSoftwareVersion: string = "";
  if (version >= 3) {
    f_clientSoftwareVersion = flexible ? r.compactString() : r.string();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ApiVersionsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    clientSoftwareName: f_clientSoftwareName,
    clientSoftwareVersion: f_clientSoftwareVersion,
  };
}

