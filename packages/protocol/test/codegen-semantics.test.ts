// Goal: the generated codecs follow Kafka's semantics where a round-trip alone cannot tell (a
// codec could agree with itself and still disagree with Kafka): defaults, header versions,
// RequestHeader.ClientId staying classic in flexible headers, nullable structs as int8 -1/1,
// tagged fields in ascending tag order and omitted at their default, Kafka's refusal to drop a
// non-default value of a non-ignorable field, and that the committed code is what the generator
// writes. Method: fixed byte vectors and direct checks against the spec schema.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  EncodeError,
  Reader,
  Writer,
  ZERO_UUID,
  decodeApiVersionsResponse,
  decodeConsumerGroupHeartbeatResponse,
  decodeRequestHeader,
  decodeResponseHeader,
  defaultApiVersionsResponse,
  defaultConsumerGroupHeartbeatResponse,
  defaultFetchRequest,
  defaultFetchRequestReplicaState,
  defaultFetchResponse,
  defaultFetchSnapshotResponsePartitionSnapshot,
  defaultProduceRequestPartitionProduceData,
  defaultJoinGroupRequest,
  defaultMetadataRequest,
  encodeApiVersionsResponse,
  encodeConsumerGroupHeartbeatResponse,
  encodeFetchRequest,
  encodeFetchResponse,
  encodeMetadataRequest,
  encodeRequestHeader,
  encodeResponseHeader,
  isSameValue,
  requestHeaderVersion,
  responseHeaderVersion,
  type ApiVersionsResponse,
  type RequestHeader,
} from '../src/index.js';
import { codecFor, defaultValueOf, messageSchemas, type FieldSchema } from '../src/testing/index.js';

const hexOf = (write: (w: Writer) => void): string => {
  const w = new Writer();
  write(w);
  return w.toBuffer().toString('hex');
};

describe('defaults', () => {
  it('every default factory holds what the spec says, read independently from schema.ts', () => {
    let checked = 0;
    const visit = (typeName: string, fields: readonly FieldSchema[]): void => {
      const expected: Record<string, unknown> = {};
      for (const f of fields) if (f.tagged === undefined) expected[f.name] = defaultValueOf(f);
      const actual = codecFor(typeName).defaults();
      if (!isSameValue(actual, expected)) expect({ typeName, actual }).toEqual({ typeName, actual: expected });
      checked++;
      for (const f of fields) if (f.struct !== undefined && f.fields !== undefined) visit(f.struct, f.fields);
    };
    for (const s of messageSchemas) visit(s.name, s.fields);
    expect(checked).toBeGreaterThan(400);
  });
  it('parses hex, negative and int64 defaults exactly', () => {
    expect(defaultFetchRequest().maxBytes).toBe(0x7fffffff);
    expect(defaultFetchRequest().replicaId).toBe(-1);
    expect(defaultFetchRequestReplicaState().replicaEpoch).toBe(-1n);
    expect(defaultJoinGroupRequest().rebalanceTimeoutMs).toBe(-1);
    expect(defaultMetadataRequest().allowAutoTopicCreation).toBe(true);
    expect(defaultConsumerGroupHeartbeatResponse().assignment).toBeNull();
  });
  it('decodes a field the version lacks as its default', () => {
    // Fetch v2 has no max_bytes (added in v3): the decoder fills in 0x7fffffff.
    const w = new Writer();
    encodeFetchRequest(w, 2, { ...defaultFetchRequest(), maxBytes: 0x7fffffff });
    const decoded = codecFor('FetchRequest').decode(new Reader(w.toBuffer()), 2);
    expect(decoded).toMatchObject({ maxBytes: 0x7fffffff, isolationLevel: 0, sessionEpoch: -1, rackId: '' });
  });
  it('leaves tagged fields out of the defaults (absent until set)', () => {
    expect('finalizedFeaturesEpoch' in defaultApiVersionsResponse()).toBe(false);
  });
});

describe('request and response headers', () => {
  const header: RequestHeader = { requestApiKey: 3, requestApiVersion: 12, correlationId: 7, clientId: 'cli' };
  it('writes request header v0 without a client id', () => {
    expect(hexOf((w) => encodeRequestHeader(w, 0, header))).toBe('0003000c00000007');
  });
  it('writes request header v1 with a classic nullable client id', () => {
    expect(hexOf((w) => encodeRequestHeader(w, 1, header))).toBe('0003000c00000007' + '0003636c69');
    expect(hexOf((w) => encodeRequestHeader(w, 1, { ...header, clientId: null }))).toBe('0003000c00000007' + 'ffff');
  });
  it('keeps the client id classic in request header v2 ("flexibleVersions": "none") and adds the tag section', () => {
    expect(hexOf((w) => encodeRequestHeader(w, 2, header))).toBe('0003000c00000007' + '0003636c69' + '00');
    expect(hexOf((w) => encodeRequestHeader(w, 2, { ...header, clientId: null }))).toBe('0003000c00000007' + 'ffff' + '00');
    const r = new Reader(Buffer.from('0003000c00000007' + '0003636c69' + '00', 'hex'));
    expect(decodeRequestHeader(r, 2)).toEqual(header);
    expect(r.remaining).toBe(0);
  });
  it('decodes request header v0 with the default client id', () => {
    expect(decodeRequestHeader(new Reader(Buffer.from('0003000c00000007', 'hex')), 0).clientId).toBe('');
  });
  it('writes response header v0 as the correlation id and v1 with a tag section', () => {
    expect(hexOf((w) => encodeResponseHeader(w, 0, { correlationId: 7 }))).toBe('00000007');
    expect(hexOf((w) => encodeResponseHeader(w, 1, { correlationId: 7 }))).toBe('0000000700');
    expect(decodeResponseHeader(new Reader(Buffer.from('0000000700', 'hex')), 1)).toEqual({ correlationId: 7 });
  });
  it('picks header versions from the API version as Kafka does', () => {
    expect([requestHeaderVersion(0, 8), requestHeaderVersion(0, 9)]).toEqual([1, 2]);
    expect([responseHeaderVersion(0, 8), responseHeaderVersion(0, 9)]).toEqual([0, 1]);
    // ControlledShutdown v0 is the one request with header v0 (no client id); Kafka special-cases it.
    expect([requestHeaderVersion(7, 0), requestHeaderVersion(7, 1), requestHeaderVersion(7, 3)]).toEqual([0, 1, 2]);
    // KIP-511: ApiVersions responses always use header v0 so that any client can read them.
    expect([requestHeaderVersion(18, 3), responseHeaderVersion(18, 3)]).toEqual([2, 0]);
    // SaslHandshake is never flexible.
    expect([requestHeaderVersion(17, 1), responseHeaderVersion(17, 1)]).toEqual([1, 0]);
  });
});

describe('nullable structs', () => {
  const base = {
    ...defaultConsumerGroupHeartbeatResponse(),
    throttleTimeMs: 1,
    errorCode: 0,
    errorMessage: null,
    memberId: 'm',
    memberEpoch: 2,
    heartbeatIntervalMs: 3,
  };
  const prefix = '00000001' + '0000' + '00' + '026d' + '00000002' + '00000003';
  it('writes a null struct as int8 -1', () => {
    expect(hexOf((w) => encodeConsumerGroupHeartbeatResponse(w, 0, { ...base, assignment: null }))).toBe(prefix + 'ff' + '00');
  });
  it('writes a present struct as int8 1 and its fields', () => {
    const assignment = { topicPartitions: [{ topicId: ZERO_UUID, partitions: [4] }] };
    const bytes = prefix + '01' + '02' + '00'.repeat(16) + '02' + '00000004' + '00' + '00' + '00';
    expect(hexOf((w) => encodeConsumerGroupHeartbeatResponse(w, 0, { ...base, assignment }))).toBe(bytes);
    const decoded = decodeConsumerGroupHeartbeatResponse(new Reader(Buffer.from(bytes, 'hex')), 0);
    expect(decoded.assignment).toEqual(assignment);
  });
  it('reads any negative marker as null, like Kafka', () => {
    const decoded = decodeConsumerGroupHeartbeatResponse(new Reader(Buffer.from(prefix + '80' + '00', 'hex')), 0);
    expect(decoded.assignment).toBeNull();
  });
});

describe('tagged fields', () => {
  const base: ApiVersionsResponse = { ...defaultApiVersionsResponse(), errorCode: 0, apiKeys: [], throttleTimeMs: 0 };
  const head = '0000' + '01' + '00000000';
  it('writes set fields in ascending tag order whatever the property order', () => {
    const m: ApiVersionsResponse = { zkMigrationReady: true, finalizedFeaturesEpoch: 9n, ...base };
    // 2 tagged fields: tag 1 (8 bytes) then tag 3 (1 byte).
    expect(hexOf((w) => encodeApiVersionsResponse(w, 3, m))).toBe(head + '02' + '0108' + '0000000000000009' + '0301' + '01');
  });
  it('omits a tagged field that holds its default, so it decodes as absent', () => {
    const m: ApiVersionsResponse = { ...base, finalizedFeaturesEpoch: -1n, zkMigrationReady: false, supportedFeatures: [] };
    const bytes = hexOf((w) => encodeApiVersionsResponse(w, 3, m));
    expect(bytes).toBe(head + '00');
    const decoded = decodeApiVersionsResponse(new Reader(Buffer.from(bytes, 'hex')), 3);
    expect(decoded.finalizedFeaturesEpoch).toBeUndefined();
  });
  it('writes a tagged struct array with its compact length inside the field size', () => {
    const m: ApiVersionsResponse = { ...base, supportedFeatures: [{ name: 'kraft.version', minVersion: 0, maxVersion: 1 }] };
    const feature = '0e' + Buffer.from('kraft.version').toString('hex') + '0000' + '0001' + '00';
    const field = '02' + feature;
    expect(hexOf((w) => encodeApiVersionsResponse(w, 3, m))).toBe(head + '01' + '00' + (field.length / 2).toString(16).padStart(2, '0') + field);
  });
});

describe("fields a version lacks (Kafka's ignorable rule)", () => {
  it('drops a non-default ignorable field silently', () => {
    // ApiVersions response v0 has no throttle_time_ms (v1+), which is ignorable.
    const w = new Writer();
    encodeApiVersionsResponse(w, 0, { ...defaultApiVersionsResponse(), throttleTimeMs: 5 });
    expect(w.toBuffer().toString('hex')).toBe('0000' + '00000000');
  });
  it('refuses a non-default value of a non-ignorable request field with EncodeError', () => {
    // Metadata request allow_auto_topic_creation exists from v4 and is not ignorable.
    expect(() => encodeMetadataRequest(new Writer(), 3, { ...defaultMetadataRequest(), allowAutoTopicCreation: false })).toThrow(EncodeError);
    expect(() => encodeMetadataRequest(new Writer(), 3, { ...defaultMetadataRequest(), allowAutoTopicCreation: true })).not.toThrow();
    expect(() => encodeMetadataRequest(new Writer(), 4, { ...defaultMetadataRequest(), allowAutoTopicCreation: false })).not.toThrow();
  });
  it('drops fields a response version lacks: the broker answers every version it serves', () => {
    // Fetch response session_id exists from v7; a v6 response simply omits it.
    const w6 = new Writer();
    encodeFetchResponse(w6, 6, { ...defaultFetchResponse(), sessionId: 5 });
    const plain = new Writer();
    encodeFetchResponse(plain, 6, { ...defaultFetchResponse(), sessionId: 0 });
    expect(w6.toBuffer()).toEqual(plain.toBuffer());
  });
  it('refuses a non-default tagged struct in a version before its tag exists', () => {
    const replicaState = { replicaId: 3, replicaEpoch: 8n };
    expect(() => encodeFetchRequest(new Writer(), 14, { ...defaultFetchRequest(), replicaState })).toThrow(/ReplicaState/);
    expect(() => encodeFetchRequest(new Writer(), 14, { ...defaultFetchRequest(), replicaState: defaultFetchRequestReplicaState() })).not.toThrow();
    expect(() => encodeFetchRequest(new Writer(), 15, { ...defaultFetchRequest(), replicaState })).not.toThrow();
  });
  it('refuses null where the version does not allow it', () => {
    // Metadata topics became nullable in v1.
    expect(() => encodeMetadataRequest(new Writer(), 0, { ...defaultMetadataRequest(), topics: null })).toThrow(EncodeError);
  });
});

describe('versions and records', () => {
  it('refuses to encode or decode a message outside its valid versions', () => {
    expect(() => encodeMetadataRequest(new Writer(), 13, defaultMetadataRequest())).toThrow(EncodeError);
    expect(() => encodeMetadataRequest(new Writer(), -1, defaultMetadataRequest())).toThrow(EncodeError);
    expect(() => codecFor('MetadataRequest').decode(new Reader(Buffer.from('00', 'hex')), 13)).toThrow(DecodeError);
  });
  it('keeps a records field that the spec does not make nullable non-nullable', () => {
    // FetchSnapshot's UnalignedRecords has no nullableVersions: null is refused both ways.
    expect(defaultFetchSnapshotResponsePartitionSnapshot().unalignedRecords).toEqual(Buffer.alloc(0));
    const partition = (records: string): Buffer =>
      Buffer.from('00000000' + '0000' + '0000000000000000' + '00000000' + '00' + '00'.repeat(16) + records + '00', 'hex');
    const codec = codecFor('FetchSnapshotResponsePartitionSnapshot');
    expect(codec.decode(new Reader(partition('0201')), 0)).toMatchObject({ unalignedRecords: Buffer.from([1]) });
    expect(() => codec.decode(new Reader(partition('00')), 0)).toThrow(DecodeError);
    // Produce's Records is nullable in every version.
    expect(defaultProduceRequestPartitionProduceData().records).toBeNull();
  });
});

describe('generated code', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const spec = join(root, '..', 'shared', 'kafka-spec');
  it.skipIf(!existsSync(join(spec, 'clients')))('is exactly what the generator writes from the spec (--check)', () => {
    const out = execFileSync(process.execPath, [join(root, 'packages/protocol/codegen/generate.mjs'), spec, '--check'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });
});
