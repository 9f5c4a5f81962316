// Generated from DescribeClusterRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const describeClusterRequestVersions = { min: 0, max: 1, flexibleMin: 0 } as const;

export interface DescribeClusterRequest {
  includeClusterAuthorizedOperations: boolean;
  endpointType: number;
}

export function defaultDescribeClusterRequest(): DescribeClusterRequest {
  return {
    includeClusterAuthorizedOperations: false,
    endpointType: 1,
  };
}

export function encodeDescribeClusterRequest(w: Writer, version: number, m: DescribeClusterRequest): void {
  if (!(version >= 0 && version <= 1)) throw new EncodeError('DescribeClusterRequest has no version ' + version);
  const flexible = true;
  w.bool(m.includeClusterAuthorizedOperations);
  if (version >= 1) {
    w.int8(m.endpointType);
  } else {
    if (m.endpointType !== 1) throw new EncodeError('DescribeClusterRequest.EndpointType: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeDescribeClusterRequest(r: Reader, version: number): DescribeClusterRequest {
  if (!(version >= 0 && version <= 1)) throw new DecodeError('DescribeClusterRequest has no version ' + version);
  const flexible = true;
  let f_includeClusterAuthorizedOperations: boolean;
  f_includeClusterAuthorizedOperations = r.bool();
  let f_endpointType: number = 1;
  if (version >= 1) {
    f_endpointType = r.int8();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('DescribeClusterRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    includeClusterAuthorizedOperations: f_includeClusterAuthorizedOperations,
    endpointType: f_endpointType,
  };
}

