// Generated from PushTelemetryRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const pushTelemetryRequestVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface PushTelemetryRequest {
  clientInstanceId: string;
  subscriptionId: number;
  terminating: boolean;
  compressionType: number;
  metrics: Buffer;
}

export function defaultPushTelemetryRequest(): PushTelemetryRequest {
  return {
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    terminating: false,
    compressionType: 0,
    metrics: EMPTY_BYTES,
  };
}

export function encodePushTelemetryRequest(w: Writer, version: number, m: PushTelemetryRequest): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('PushTelemetryRequest has no version ' + version);
  const flexible = true;
  w.uuid(m.clientInstanceId);
  w.int32(m.subscriptionId);
  w.bool(m.terminating);
  w.int8(m.compressionType);
  if (flexible) w.compactBytes(m.metrics); else w.bytes(m.metrics);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodePushTelemetryRequest(r: Reader, version: number): PushTelemetryRequest {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('PushTelemetryRequest has no version ' + version);
  const flexible = true;
  let f_clientInstanceId: string;
  f_clientInstanceId = r.uuid();
  let f_subscriptionId: number;
  f_subscriptionId = r.int32();
  let f_terminating: boolean;
  f_terminating = r.bool();
  let f_compressionType: number;
  f_compressionType = r.int8();
  let f_metrics: Buffer;
  f_metrics = flexible ? r.compactBytes() : r.bytes();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('PushTelemetryRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    clientInstanceId: f_clientInstanceId,
    subscriptionId: f_subscriptionId,
    terminating: f_terminating,
    compressionType: f_compressionType,
    metrics: f_metrics,
  };
}

