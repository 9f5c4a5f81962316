// Generated from UpdateFeaturesResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const updateFeaturesResponseVersions = { min: 0, max: 2, flexibleMin: 0 } as const;

export interface UpdateFeaturesResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string | null;
  results: UpdateFeaturesResponseUpdatableFeatureResult[];
}

export function defaultUpdateFeaturesResponse(): UpdateFeaturesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
  };
}

export function encodeUpdateFeaturesResponse(w: Writer, version: number, m: UpdateFeaturesResponse): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('UpdateFeaturesResponse has no version ' + version);
  const flexible = true;
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  const v0 = m.errorMessage;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  if (version <= 1) {
    const a1 = m.results;
    if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
    for (const e2 of a1) {
      encodeUpdateFeaturesResponseUpdatableFeatureResult(w, version, e2);
    }
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateFeaturesResponse(r: Reader, version: number): UpdateFeaturesResponse {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('UpdateFeaturesResponse has no version ' + version);
  const flexible = true;
  let f_throttleTimeMs: number;
  f_throttleTimeMs = r.int32();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  let f_results: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
  if (version <= 1) {
    const n3 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
    if (n3 === -1) throw new DecodeError('UpdateFeaturesResponse.Results is null but not nullable in version ' + version);
    const arr4: UpdateFeaturesResponseUpdatableFeatureResult[] = [];
    for (let i5 = 0; i5 < n3; i5++) {
      arr4.push(decodeUpdateFeaturesResponseUpdatableFeatureResult(r, version));
    }
    f_results = arr4;
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateFeaturesResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    throttleTimeMs: f_throttleTimeMs,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
    results: f_results,
  };
}

export interface UpdateFeaturesResponseUpdatableFeatureResult {
  feature: string;
  errorCode: number;
  errorMessage: string | null;
}

export function defaultUpdateFeaturesResponseUpdatableFeatureResult(): UpdateFeaturesResponseUpdatableFeatureResult {
  return {
    feature: "",
    errorCode: 0,
    errorMessage: "",
  };
}

export function encodeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, version: number, m: UpdateFeaturesResponseUpdatableFeatureResult): void {
  const flexible = true;
  if (flexible) w.compactString(m.feature); else w.string(m.feature);
  w.int16(m.errorCode);
  const v6 = m.errorMessage;
  if (flexible) w.compactNullableString(v6); else w.nullableString(v6);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, version: number): UpdateFeaturesResponseUpdatableFeatureResult {
  const flexible = true;
  let f_feature: string;
  f_feature = flexible ? r.compactString() : r.string();
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_errorMessage: string | null;
  f_errorMessage = flexible ? r.compactNullableString() : r.nullableString();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateFeaturesResponseUpdatableFeatureResult: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    feature: f_feature,
    errorCode: f_errorCode,
    errorMessage: f_errorMessage,
  };
}

