// Generated from ApiVersionsResponse.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const apiVersionsResponseVersions = { min: 0, max: 4, flexibleMin: 3 } as const;

export interface ApiVersionsResponse {
  errorCode: number;
  apiKeys: ApiVersionsResponseApiVersion[];
  throttleTimeMs: number;
  supportedFeatures?: ApiVersionsResponseSupportedFeatureKey[] | undefined;
  finalizedFeaturesEpoch?: bigint | undefined;
  finalizedFeatures?: ApiVersionsResponseFinalizedFeatureKey[] | undefined;
  zkMigrationReady?: boolean | undefined;
}

export function defaultApiVersionsResponse(): ApiVersionsResponse {
  return {
    errorCode: 0,
    apiKeys: [],
    throttleTimeMs: 0,
  };
}

export function encodeApiVersionsResponse(w: Writer, version: number, m: ApiVersionsResponse): void {
  if (!(version >= 0 && version <= 4)) throw new EncodeError('ApiVersionsResponse has no version ' + version);
  const flexible = version >= 3;
  w.int16(m.errorCode);
  const a0 = m.apiKeys;
  if (flexible) w.compactArrayLength(a0.length); else w.arrayLength(a0.length);
  for (const e1 of a0) {
    encodeApiVersionsResponseApiVersion(w, version, e1);
  }
  if (version >= 1) {
    w.int32(m.throttleTimeMs);
  }
  if (flexible) {
    let tagCount = 0;
    const has2 = (version >= 3) && m.supportedFeatures !== undefined && (m.supportedFeatures.length !== 0);
    if (has2) tagCount++;
    const has3 = (version >= 3) && m.finalizedFeaturesEpoch !== undefined && m.finalizedFeaturesEpoch !== -1n;
    if (has3) tagCount++;
    const has4 = (version >= 3) && m.finalizedFeatures !== undefined && (m.finalizedFeatures.length !== 0);
    if (has4) tagCount++;
    const has5 = (version >= 3) && m.zkMigrationReady !== undefined && m.zkMigrationReady !== false;
    if (has5) tagCount++;
    w.unsignedVarInt(tagCount);
    if (has2) {
      w.unsignedVarInt(0);
      const outer = w;
      {
        const w = new Writer(64);
        const a6 = m.supportedFeatures!;
        if (true) w.compactArrayLength(a6.length); else w.arrayLength(a6.length);
        for (const e7 of a6) {
          encodeApiVersionsResponseSupportedFeatureKey(w, version, e7);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
    if (has3) {
      w.unsignedVarInt(1);
      const outer = w;
      {
        const w = new Writer(64);
        w.int64(m.finalizedFeaturesEpoch!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
    if (has4) {
      w.unsignedVarInt(2);
      const outer = w;
      {
        const w = new Writer(64);
        const a8 = m.finalizedFeatures!;
        if (true) w.compactArrayLength(a8.length); else w.arrayLength(a8.length);
        for (const e9 of a8) {
          encodeApiVersionsResponseFinalizedFeatureKey(w, version, e9);
        }
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
    if (has5) {
      w.unsignedVarInt(3);
      const outer = w;
      {
        const w = new Writer(64);
        w.bool(m.zkMigrationReady!);
        const bytes = w.toBuffer();
        outer.unsignedVarInt(bytes.length);
        outer.raw(bytes);
      }
    }
  }
}

export function decodeApiVersionsResponse(r: Reader, version: number): ApiVersionsResponse {
  if (!(version >= 0 && version <= 4)) throw new DecodeError('ApiVersionsResponse has no version ' + version);
  const flexible = version >= 3;
  let f_errorCode: number;
  f_errorCode = r.int16();
  let f_apiKeys: ApiVersionsResponseApiVersion[];
  const n10 = flexible ? r.compactArrayLength(7) : r.arrayLength(6);
  if (n10 === -1) throw new DecodeError('ApiVersionsResponse.ApiKeys is null but not nullable in version ' + version);
  const arr11: ApiVersionsResponseApiVersion[] = [];
  for (let i12 = 0; i12 < n10; i12++) {
    arr11.push(decodeApiVersionsResponseApiVersion(r, version));
  }
  f_apiKeys = arr11;
  let f_throttleTimeMs: number = 0;
  if (version >= 1) {
    f_throttleTimeMs = r.int32();
  }
  let t_supportedFeatures: ApiVersionsResponseSupportedFeatureKey[] | undefined;
  let t_finalizedFeaturesEpoch: bigint | undefined;
  let t_finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[] | undefined;
  let t_zkMigrationReady: boolean | undefined;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ApiVersionsResponse: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      const fr = r.sub(size);
      switch (tag) {
        case 0:
          if (version >= 3) {
            const n13 = true ? fr.compactArrayLength(6) : fr.arrayLength(1);
            if (n13 === -1) throw new DecodeError('ApiVersionsResponse.SupportedFeatures is null but not nullable in version ' + version);
            const arr14: ApiVersionsResponseSupportedFeatureKey[] = [];
            for (let i15 = 0; i15 < n13; i15++) {
              arr14.push(decodeApiVersionsResponseSupportedFeatureKey(fr, version));
            }
            t_supportedFeatures = arr14;
            if (fr.remaining !== 0) throw new DecodeError('ApiVersionsResponse.SupportedFeatures: tagged field has trailing bytes');
          }
          break;
        case 1:
          if (version >= 3) {
            t_finalizedFeaturesEpoch = fr.int64();
            if (fr.remaining !== 0) throw new DecodeError('ApiVersionsResponse.FinalizedFeaturesEpoch: tagged field has trailing bytes');
          }
          break;
        case 2:
          if (version >= 3) {
            const n16 = true ? fr.compactArrayLength(6) : fr.arrayLength(1);
            if (n16 === -1) throw new DecodeError('ApiVersionsResponse.FinalizedFeatures is null but not nullable in version ' + version);
            const arr17: ApiVersionsResponseFinalizedFeatureKey[] = [];
            for (let i18 = 0; i18 < n16; i18++) {
              arr17.push(decodeApiVersionsResponseFinalizedFeatureKey(fr, version));
            }
            t_finalizedFeatures = arr17;
            if (fr.remaining !== 0) throw new DecodeError('ApiVersionsResponse.FinalizedFeatures: tagged field has trailing bytes');
          }
          break;
        case 3:
          if (version >= 3) {
            t_zkMigrationReady = fr.bool();
            if (fr.remaining !== 0) throw new DecodeError('ApiVersionsResponse.ZkMigrationReady: tagged field has trailing bytes');
          }
          break;
        default:
          break;
      }
    }
  }
  return {
    errorCode: f_errorCode,
    apiKeys: f_apiKeys,
    throttleTimeMs: f_throttleTimeMs,
    ...(t_supportedFeatures !== undefined ? { supportedFeatures: t_supportedFeatures } : {}),
    ...(t_finalizedFeaturesEpoch !== undefined ? { finalizedFeaturesEpoch: t_finalizedFeaturesEpoch } : {}),
    ...(t_finalizedFeatures !== undefined ? { finalizedFeatures: t_finalizedFeatures } : {}),
    ...(t_zkMigrationReady !== undefined ? { zkMigrationReady: t_zkMigrationReady } : {}),
  };
}

export interface ApiVersionsResponseApiVersion {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

export function defaultApiVersionsResponseApiVersion(): ApiVersionsResponseApiVersion {
  return {
    apiKey: 0,
    minVersion: 0,
    maxVersion: 0,
  };
}

export function encodeApiVersionsResponseApiVersion(w: Writer, version: number, m: ApiVersionsResponseApiVersion): void {
  const flexible = version >= 3;
  w.int16(m.apiKey);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeApiVersionsResponseApiVersion(r: Reader, version: number): ApiVersionsResponseApiVersion {
  const flexible = version >= 3;
  let f_apiKey: number;
  f_apiKey = r.int16();
  let f_minVersion: number;
  f_minVersion = r.int16();
  let f_maxVersion: number;
  f_maxVersion = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ApiVersionsResponseApiVersion: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    apiKey: f_apiKey,
    minVersion: f_minVersion,
    maxVersion: f_maxVersion,
  };
}

export interface ApiVersionsResponseSupportedFeatureKey {
  name: string;
  minVersion: number;
  maxVersion: number;
}

export function defaultApiVersionsResponseSupportedFeatureKey(): ApiVersionsResponseSupportedFeatureKey {
  return {
    name: "",
    minVersion: 0,
    maxVersion: 0,
  };
}

export function encodeApiVersionsResponseSupportedFeatureKey(w: Writer, version: number, m: ApiVersionsResponseSupportedFeatureKey): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeApiVersionsResponseSupportedFeatureKey(r: Reader, version: number): ApiVersionsResponseSupportedFeatureKey {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_minVersion: number;
  f_minVersion = r.int16();
  let f_maxVersion: number;
  f_maxVersion = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ApiVersionsResponseSupportedFeatureKey: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    minVersion: f_minVersion,
    maxVersion: f_maxVersion,
  };
}

export interface ApiVersionsResponseFinalizedFeatureKey {
  name: string;
  maxVersionLevel: number;
  minVersionLevel: number;
}

export function defaultApiVersionsResponseFinalizedFeatureKey(): ApiVersionsResponseFinalizedFeatureKey {
  return {
    name: "",
    maxVersionLevel: 0,
    minVersionLevel: 0,
  };
}

export function encodeApiVersionsResponseFinalizedFeatureKey(w: Writer, version: number, m: ApiVersionsResponseFinalizedFeatureKey): void {
  const flexible = true;
  if (flexible) w.compactString(m.name); else w.string(m.name);
  w.int16(m.maxVersionLevel);
  w.int16(m.minVersionLevel);
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeApiVersionsResponseFinalizedFeatureKey(r: Reader, version: number): ApiVersionsResponseFinalizedFeatureKey {
  const flexible = true;
  let f_name: string;
  f_name = flexible ? r.compactString() : r.string();
  let f_maxVersionLevel: number;
  f_maxVersionLevel = r.int16();
  let f_minVersionLevel: number;
  f_minVersionLevel = r.int16();
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ApiVersionsResponseFinalizedFeatureKey: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    name: f_name,
    maxVersionLevel: f_maxVersionLevel,
    minVersionLevel: f_minVersionLevel,
  };
}

