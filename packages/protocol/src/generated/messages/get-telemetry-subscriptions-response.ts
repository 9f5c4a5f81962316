// Generated from GetTelemetrySubscriptionsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const getTelemetrySubscriptionsResponseVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface GetTelemetrySubscriptionsResponse {
  throttleTimeMs: number;
  errorCode: number;
  clientInstanceId: string;
  subscriptionId: number;
  acceptedCompressionTypes: number[];
  pushIntervalMs: number;
  telemetryMaxBytes: number;
  deltaTemporality: boolean;
  requestedMetrics: string[];
}

export function defaultGetTelemetrySubscriptionsResponse(): GetTelemetrySubscriptionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    acceptedCompressionTypes: [],
    pushIntervalMs: 0,
    telemetryMaxBytes: 0,
    deltaTemporality: false,
    requestedMetrics: [],
  };
}

export function encodeGetTelemetrySubscriptionsResponse(w: Writer, version: number, m: GetTelemetrySubscriptionsResponse): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('GetTelemetrySubscriptionsResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  w.uuid(m.clientInstanceId);
  w.int32(m.subscriptionId);
  const a0 = m.acceptedCompressionTypes;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    w.int8(e1);
  }
  w.int32(m.pushIntervalMs);
  w.int32(m.telemetryMaxBytes);
  w.bool(m.deltaTemporality);
  const a2 = m.requestedMetrics;
  if (flexible) w.compactArrayLength(a2.length); else w.arrayLength(a2.length);
  for (const e3 of a2) {
    if (flexible) w.compactString(e3); else w.string(e3);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeGetTelemetrySubscriptionsResponse(r: Reader, version: number): GetTelemetrySubscriptionsResponse {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('GetTelemetrySubscriptionsResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_clientInstanceId: string;
  f_clientInstanceId = r.uuid();
  let f_subscriptionId: number;
  f_subscriptionId = r.int32();
  let f_acceptedCompressionTypes: number[];
  const n4 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n4 === -1) throw new DecodeError('GetTelemetrySubscriptionsResponse.AcceptedCompressionTypes is null but not nullable in version ' + version);
  const arr5: number[] = [];
  for (let i6 = 0; i6 < n4; i6++) {
    arr5.push(r.int8());
  }
  f_acceptedCompressionTypes = arr5;
  let f_pushIntervalMs: number;
  f_pushIntervalMs = r.int32();
  let f_telemetryMaxBytes: number;
  f_telemetryMaxBytes = r.int32();
  let f_deltaTemporality: boolean;
  f_deltaTemporality = r.bool();
  let f_requestedMetrics: string[];
  const n7 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n7 === -1) throw new DecodeError('GetTelemetrySubscriptionsResponse.RequestedMetrics is null but not nullable in version ' + version);
  const arr8: string[] = [];
  for (let i9 = 0; i9 < n7; i9++) {
    arr8.push(flexible ? r.compactString() : r.string());
  }
  f_requestedMetrics = arr8;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('GetTelemetrySubscriptionsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    clientInstanceId: f_clientInstanceId,
    subscriptionId: f_subscriptionId,
    acceptedCompressionTypes: f_acceptedCompressionTypes,
    pushIntervalMs: f_pushIntervalMs,
    telemetryMaxBytes: f_telemetryMaxBytes,
    deltaTemporality: f_deltaTemporality,
    requestedMetrics: f_requestedMetrics,
  };
}

