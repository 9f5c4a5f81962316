// Generated from UpdateFeaturesRequest.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const updateFeaturesRequestVersions = { min: 0, max: 2, flexibleMin: 0 } as const;

export interface UpdateFeaturesRequest {
  timeoutMs: number;
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  validateOnly: boolean;
}

export function defaultUpdateFeaturesRequest(): UpdateFeaturesRequest {
  return {
    timeoutMs: 60000,
    featureUpdates: [],
    validateOnly: false,
  };
}

export function encodeUpdateFeaturesRequest(w: Writer, version: number, m: UpdateFeaturesRequest): void {
  if (!(version >= 0 && version <= 2)) throw new EncodeError('UpdateFeaturesRequest has no version ' + version);
  const flexible = true;
  w.int32(m.timeoutMs);
  const a0 = m.featureUpdates;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeUpdateFeaturesRequestFeatureUpdateKey(w, version, e1);
  }
  if (version >= 1) {
    w.bool(m.validateOnly);
  } else {
    if (m.validateOnly !== false) throw new EncodeError('UpdateFeaturesRequest.ValidateOnly: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateFeaturesRequest(r: Reader, version: number): UpdateFeaturesRequest {
  if (!(version >= 0 && version <= 2)) throw new DecodeError('UpdateFeaturesRequest has no version ' + version);
  const flexible = true;
  let f_timeoutMs: number;
  f_timeoutMs = r.int32();
  let f_featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  const n2 = flexible ? r.compactArrayLength(5) : r.arrayLength(1);
  if (n2 === -1) throw new DecodeError('UpdateFeaturesRequest.FeatureUpdates is null but not nullable in version ' + version);
  const arr3: UpdateFeaturesRequestFeatureUpdateKey[] = [];
  for (let i4 = 0; i4 < n2; i4++) {
    arr3.push(decodeUpdateFeaturesRequestFeatureUpdateKey(r, version));
  }
  f_featureUpdates = arr3;
  let f_validateOnly: boolean = false;
  if (version >= 1) {
    f_validateOnly = r.bool();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateFeaturesRequest: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    timeoutMs: f_timeoutMs,
    featureUpdates: f_featureUpdates,
    validateOnly: f_validateOnly,
  };
}

export interface UpdateFeaturesRequestFeatureUpdateKey {
  feature: string;
  maxVersionLevel: number;
  allowDowngrade: boolean;
  upgradeType: number;
}

export function defaultUpdateFeaturesRequestFeatureUpdateKey(): UpdateFeaturesRequestFeatureUpdateKey {
  return {
    feature: "",
    maxVersionLevel: 0,
    allowDowngrade: false,
    upgradeType: 1,
  };
}

export function encodeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, version: number, m: UpdateFeaturesRequestFeatureUpdateKey): void {
  const flexible = true;
  if (flexible) w.compactString(m.feature); else w.string(m.feature);
  w.int16(m.maxVersionLevel);
  if (version <= 0) {
    w.bool(m.allowDowngrade);
  } else {
    if (m.allowDowngrade !== false) throw new EncodeError('UpdateFeaturesRequestFeatureUpdateKey.AllowDowngrade: a non-default value cannot be written in version ' + version);
  }
  if (version >= 1) {
    w.int8(m.upgradeType);
  } else {
    if (m.upgradeType !== 1) throw new EncodeError('UpdateFeaturesRequestFeatureUpdateKey.UpgradeType: a non-default value cannot be written in version ' + version);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeUpdateFeaturesRequestFeatureUpdateKey(r: Reader, version: number): UpdateFeaturesRequestFeatureUpdateKey {
  const flexible = true;
  let f_feature: string;
  f_feature = flexible ? r.compactString() : r.string();
  let f_maxVersionLevel: number;
  f_maxVersionLevel = r.int16();
  let f_allowDowngrade: boolean = false;
  if (version <= 0) {
    f_allowDowngrade = r.bool();
  }
  let f_upgradeType: number = 1;
  if (version >= 1) {
    f_upgradeType = r.int8();
  }
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('UpdateFeaturesRequestFeatureUpdateKey: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    feature: f_feature,
    maxVersionLevel: f_maxVersionLevel,
    allowDowngrade: f_allowDowngrade,
    upgradeType: f_upgradeType,
  };
}

