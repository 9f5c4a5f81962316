// Generated from GetTelemetrySubscriptionsRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const getTelemetrySubscriptionsRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface GetTelemetrySubscriptionsRequest {
  clientInstanceId: string;
}

export function defaultGetTelemetrySubscriptionsRequest(): GetTelemetrySubscriptionsRequest {
  return {
    clientInstanceId: ZERO_UUID,
  };
}

export function encodeGetTelemetrySubscriptionsRequest(w: Writer, version: number, m: GetTelemetrySubscriptionsRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('GetTelemetrySubscriptionsRequest has no version ' + version);
  const flexible = true;
  w.uuid(m.clientInstanceId);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeGetTelemetrySubscriptionsRequest(r: Reader, version: number): GetTelemetrySubscriptionsRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('GetTelemetrySubscriptionsRequest has no version ' + version);
  const flexible = true;
  let f_clientInstanceId: string;
  f_clientInstanceId = r.uuid();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('GetTelemetrySubscriptionsRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    clientInstanceId: f_clientInstanceId,
  };
}

