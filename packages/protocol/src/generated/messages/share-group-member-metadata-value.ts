// Generated from ShareGroupMemberMetadataValue.json by packages/protocol/codegen/generate.mjs. Do not edit.
/* eslint-disable */
import { Reader } from '../../primitives/reader.js';
import { Writer } from '../../primitives/writer.js';
import { DecodeError, EncodeError } from '../../primitives/errors.js';
import { isSameValue } from '../../primitives/equal.js';
import { ZERO_UUID } from '../../primitives/uuid.js';

const EMPTY_BYTES: Buffer = Buffer.alloc(0);
void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;

export const shareGroupMemberMetadataValueVersions = { min: 0, max: 0, flexibleMin: 0 } as const;

export interface ShareGroupMemberMetadataValue {
  rackId: string | null;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
}

export function defaultShareGroupMemberMetadataValue(): ShareGroupMemberMetadataValue {
  return {
    rackId: "",
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
  };
}

export function encodeShareGroupMemberMetadataValue(w: Writer, version: number, m: ShareGroupMemberMetadataValue): void {
  if (!(version >= 0 && version <= 0)) throw new EncodeError('ShareGroupMemberMetadataValue has no version ' + version);
  const flexible = true;
  const v0 = m.rackId;
  if (flexible) w.compactNullableString(v0); else w.nullableString(v0);
  if (flexible) w.compactString(m.clientId); else w.string(m.clientId);
  if (flexible) w.compactString(m.clientHost); else w.string(m.clientHost);
  const a1 = m.subscribedTopicNames;
  if (flexible) w.compactArrayLength(a1.length); else w.arrayLength(a1.length);
  for (const e2 of a1) {
    if (flexible) w.compactString(e2); else w.string(e2);
  }
  if (flexible) {
    w.unsignedVarInt(0);
  }
}

export function decodeShareGroupMemberMetadataValue(r: Reader, version: number): ShareGroupMemberMetadataValue {
  if (!(version >= 0 && version <= 0)) throw new DecodeError('ShareGroupMemberMetadataValue has no version ' + version);
  const flexible = true;
  let f_rackId: string | null;
  f_rackId = flexible ? r.compactNullableString() : r.nullableString();
  let f_clientId: string;
  f_clientId = flexible ? r.compactString() : r.string();
  let f_clientHost: string;
  f_clientHost = flexible ? r.compactString() : r.string();
  let f_subscribedTopicNames: string[];
  const n3 = flexible ? r.compactArrayLength(1) : r.arrayLength(1);
  if (n3 === -1) throw new DecodeError('ShareGroupMemberMetadataValue.SubscribedTopicNames is null but not nullable in version ' + version);
  const arr4: string[] = [];
  for (let i5 = 0; i5 < n3; i5++) {
    arr4.push(flexible ? r.compactString() : r.string());
  }
  f_subscribedTopicNames = arr4;
  if (flexible) {
    const tagCount = r.unsignedVarInt();
    let previousTag = -1;
    for (let t = 0; t < tagCount; t++) {
      const tag = r.unsignedVarInt();
      if (tag <= previousTag) throw new DecodeError('ShareGroupMemberMetadataValue: tagged field ' + tag + ' out of order');
      previousTag = tag;
      const size = r.unsignedVarInt();
      r.skip(size);
    }
  }
  return {
    rackId: f_rackId,
    clientId: f_clientId,
    clientHost: f_clientHost,
    subscribedTopicNames: f_subscribedTopicNames,
  };
}

