import { Packr } from 'msgpackr';
import { METADATA_DECODE_BYTES_MAX } from '../limits.js';
import { unreachable } from '../assert.js';
import {
  LeaderRecoveryState,
  METADATA_RECORD_VERSIONS,
  type ConfigResourceType,
  type Listener,
  type MetadataRecord,
  type MetadataRecordType,
  type PartitionChangeRecord,
} from './records.js';

/**
 * msgpackr encoding of metadata records: each record is a plain map with `type` and `version`
 * (no shared structures, so any two versions of this code can read each other's bytes up to the
 * record versions they know). A raft entry carries one batch: a msgpack array of record maps.
 * Decoding is strict: every field is checked, and bad bytes become a `MetadataRecordDecodeError`
 * (or one of its two subclasses) rather than a malformed record reaching the image.
 */
export class MetadataRecordDecodeError extends Error {
  override readonly name: string = 'MetadataRecordDecodeError';
}

/** The bytes name a record type this code does not know (written by a newer version). */
export class UnknownMetadataRecordTypeError extends MetadataRecordDecodeError {
  override readonly name = 'UnknownMetadataRecordTypeError';
  constructor(readonly recordType: unknown) {
    super(`unknown metadata record type ${JSON.stringify(recordType)}`);
  }
}

/** The record's version is newer than this code reads. */
export class UnsupportedMetadataRecordVersionError extends MetadataRecordDecodeError {
  override readonly name = 'UnsupportedMetadataRecordVersionError';
  constructor(
    readonly recordType: MetadataRecordType,
    readonly recordVersion: number,
  ) {
    super(`${recordType} record version ${recordVersion} is newer than the supported ${METADATA_RECORD_VERSIONS[recordType]}`);
  }
}

const packr = new Packr({ useRecords: false, mapsAsObjects: true, copyBuffers: true });

/** The plain object written for a record (optional fields absent rather than undefined). */
export type WireRecord = Record<string, unknown>;

export function recordToWire(r: MetadataRecord): WireRecord {
  // Records are plain readonly objects already; copying drops any undefined optional fields so
  // that encodings are canonical (equal records, equal bytes).
  const out: WireRecord = {};
  for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
  return out;
}

export function encodeRecord(r: MetadataRecord): Uint8Array {
  return packr.pack(recordToWire(r));
}

export function decodeRecord(bytes: Uint8Array): MetadataRecord {
  return recordFromWire(unpackChecked(bytes));
}

/** One raft entry's payload: the batch's records in order. */
export function encodeMetadataBatch(records: readonly MetadataRecord[]): Uint8Array {
  return packr.pack(records.map(recordToWire));
}

export function decodeMetadataBatch(bytes: Uint8Array): MetadataRecord[] {
  const raw = unpackChecked(bytes);
  if (!Array.isArray(raw)) fail('a metadata batch is not an array');
  return raw.map(recordFromWire);
}

export function packValue(value: unknown): Uint8Array {
  return packr.pack(value);
}

export function unpackChecked(bytes: Uint8Array): unknown {
  if (bytes.length > METADATA_DECODE_BYTES_MAX) fail(`${bytes.length} bytes exceed the ${METADATA_DECODE_BYTES_MAX}-byte bound`);
  try {
    return packr.unpack(bytes);
  } catch (err) {
    fail(`undecodable bytes: ${(err as Error).message}`);
  }
}

function fail(what: string): never {
  throw new MetadataRecordDecodeError(what);
}

function obj(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Uint8Array) fail(`${what} is not a map`);
  return v as Record<string, unknown>;
}

function int(o: Record<string, unknown>, key: string, min: number): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) fail(`field ${key} is not an integer >= ${min}`);
  return v;
}

function str(o: Record<string, unknown>, key: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(`field ${key} is not a string`);
  return v;
}

function nullableStr(o: Record<string, unknown>, key: string): string | null {
  const v = o[key];
  if (v === null) return null;
  if (typeof v !== 'string') fail(`field ${key} is not a string or null`);
  return v;
}

function bool(o: Record<string, unknown>, key: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') fail(`field ${key} is not a boolean`);
  return v;
}

function ids(v: unknown, key: string): number[] {
  if (!Array.isArray(v)) fail(`field ${key} is not an array`);
  for (const x of v) if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) fail(`field ${key} holds a bad broker id`);
  return v as number[];
}

function recoveryState(v: unknown): LeaderRecoveryState {
  if (v !== LeaderRecoveryState.recovered && v !== LeaderRecoveryState.recovering) fail('field leaderRecoveryState is not 0 or 1');
  return v;
}

function listeners(v: unknown): Listener[] {
  if (!Array.isArray(v)) fail('field listeners is not an array');
  return v.map((x) => {
    const l = obj(x, 'listener');
    return { name: str(l, 'name'), host: str(l, 'host'), port: int(l, 'port', 0) };
  });
}

function resourceType(v: unknown): ConfigResourceType {
  if (v !== 'topic' && v !== 'broker') fail('field resourceType is not topic or broker');
  return v;
}

const KNOWN_TYPES = new Set<string>(Object.keys(METADATA_RECORD_VERSIONS));

export function recordFromWire(raw: unknown): MetadataRecord {
  const o = obj(raw, 'record');
  const type = o['type'];
  if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) throw new UnknownMetadataRecordTypeError(type);
  const t = type as MetadataRecordType;
  const version = int(o, 'version', 0);
  if (version > METADATA_RECORD_VERSIONS[t]) throw new UnsupportedMetadataRecordVersionError(t, version);
  const v = 0 as const;
  switch (t) {
    case 'RegisterBroker':
      if (o['fenced'] !== true) fail('RegisterBroker must be fenced');
      return {
        type: t,
        version: v,
        brokerId: int(o, 'brokerId', 0),
        incarnationId: str(o, 'incarnationId'),
        brokerEpoch: int(o, 'brokerEpoch', 0),
        listeners: listeners(o['listeners']),
        rack: nullableStr(o, 'rack'),
        fenced: true,
      };
    case 'UnregisterBroker':
      return { type: t, version: v, brokerId: int(o, 'brokerId', 0), brokerEpoch: int(o, 'brokerEpoch', 0) };
    case 'BrokerRegistrationChange':
      return {
        type: t,
        version: v,
        brokerId: int(o, 'brokerId', 0),
        brokerEpoch: int(o, 'brokerEpoch', 0),
        ...(o['fenced'] !== undefined ? { fenced: bool(o, 'fenced') } : {}),
        ...(o['inControlledShutdown'] !== undefined ? { inControlledShutdown: bool(o, 'inControlledShutdown') } : {}),
      };
    case 'Topic':
      return { type: t, version: v, name: str(o, 'name'), topicId: str(o, 'topicId') };
    case 'Partition':
      return {
        type: t,
        version: v,
        topicId: str(o, 'topicId'),
        partition: int(o, 'partition', 0),
        replicas: ids(o['replicas'], 'replicas'),
        isr: ids(o['isr'], 'isr'),
        leader: int(o, 'leader', -1),
        leaderEpoch: int(o, 'leaderEpoch', 0),
        partitionEpoch: int(o, 'partitionEpoch', 0),
        addingReplicas: ids(o['addingReplicas'], 'addingReplicas'),
        removingReplicas: ids(o['removingReplicas'], 'removingReplicas'),
        leaderRecoveryState: recoveryState(o['leaderRecoveryState']),
      };
    case 'PartitionChange': {
      const r: { -readonly [K in keyof PartitionChangeRecord]: PartitionChangeRecord[K] } = {
        type: t,
        version: v,
        topicId: str(o, 'topicId'),
        partition: int(o, 'partition', 0),
      };
      if (o['leader'] !== undefined) r.leader = int(o, 'leader', -1);
      if (o['isr'] !== undefined) r.isr = ids(o['isr'], 'isr');
      if (o['replicas'] !== undefined) r.replicas = ids(o['replicas'], 'replicas');
      if (o['addingReplicas'] !== undefined) r.addingReplicas = ids(o['addingReplicas'], 'addingReplicas');
      if (o['removingReplicas'] !== undefined) r.removingReplicas = ids(o['removingReplicas'], 'removingReplicas');
      if (o['leaderRecoveryState'] !== undefined) r.leaderRecoveryState = recoveryState(o['leaderRecoveryState']);
      return r;
    }
    case 'Config':
      return {
        type: t,
        version: v,
        resourceType: resourceType(o['resourceType']),
        resourceName: str(o, 'resourceName'),
        name: str(o, 'name'),
        value: nullableStr(o, 'value'),
      };
    case 'RemoveTopic':
      return { type: t, version: v, topicId: str(o, 'topicId') };
    case 'ProducerIds':
      return { type: t, version: v, brokerId: int(o, 'brokerId', -1), brokerEpoch: int(o, 'brokerEpoch', -1), nextProducerId: int(o, 'nextProducerId', 0) };
    case 'FeatureLevel':
      return { type: t, version: v, name: str(o, 'name'), level: int(o, 'level', 0) };
    case 'NoOp':
      return { type: t, version: v };
    default:
      return unreachable(t);
  }
}
