// Generated from ListClientMetricsResourcesRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const listClientMetricsResourcesRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ListClientMetricsResourcesRequest {
}

export function defaultListClientMetricsResourcesRequest(): ListClientMetricsResourcesRequest {
  return {
  };
}

export function encodeListClientMetricsResourcesRequest(w: Writer, version: number, m: ListClientMetricsResourcesRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ListClientMetricsResourcesRequest has no version ' + version);
  const flexible = true;
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeListClientMetricsResourcesRequest(r: Reader, version: number): ListClientMetricsResourcesRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ListClientMetricsResourcesRequest has no version ' + version);
  const flexible = true;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ListClientMetricsResourcesRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
  };
}

