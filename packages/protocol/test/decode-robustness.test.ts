// Goal: decoders fed bad input throw only DecodeError: never a RangeError or TypeError, never a
// hang, never an allocation beyond what the frame holds. Method: for every message at its lowest,
// first flexible and highest version, (1) decode random bytes, (2) decode every strict prefix of
// a valid encoding (a prefix can never be complete, since decoding is deterministic), and
// (3) decode valid encodings with a few bytes overwritten; then check any decoded value holds
// no array longer than the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError, Reader, Writer } from '../src/index.js';
import { arbitraryFor, codecFor, messageSchemas, type MessageSchema } from '../src/testing/index.js';

/** Decodes and reports how it ended; anything but success or DecodeError fails the test. */
function decodeOutcome(name: string, version: number, bytes: Buffer): 'ok' | 'DecodeError' {
  try {
    const value = codecFor(name).decode(new Reader(bytes), version);
    expect(largestArray(value)).toBeLessThanOrEqual(bytes.length);
    return 'ok';
  } catch (err) {
    if (err instanceof DecodeError) return 'DecodeError';
    throw new Error(`${name} v${version} threw ${String(err)} on ${bytes.toString('hex')}`, { cause: err });
  }
}

function largestArray(value: unknown): number {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(largestArray));
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Math.max(0, ...Object.values(value).map(largestArray));
  }
  return 0;
}

function sampleVersions(s: MessageSchema): number[] {
  const versions = new Set([s.valid[0], s.valid[1]]);
  if (s.flexible !== null && s.flexible[0] <= s.valid[1]) versions.add(Math.max(s.flexible[0], s.valid[0]));
  return [...versions];
}

function encode(name: string, version: number, m: object): Buffer {
  const w = new Writer();
  codecFor(name).encode(w, version, m);
  return w.toBuffer();
}

describe('decoders reject bad input with DecodeError only', () => {
  for (const schema of messageSchemas) {
    const versions = sampleVersions(schema);
    it(`${schema.name} v${versions.join(', v')}`, () => {
      for (const version of versions) {
        fc.assert(
          fc.property(fc.uint8Array({ maxLength: 64 }), (raw) => {
            decodeOutcome(schema.name, version, Buffer.from(raw));
          }),
          { numRuns: 30 },
        );
        fc.assert(
          fc.property(arbitraryFor(schema.name, version), (m) => {
            const bytes = encode(schema.name, version, m);
            for (let end = 0; end < bytes.length; end++) {
              expect(decodeOutcome(schema.name, version, bytes.subarray(0, end))).toBe('DecodeError');
            }
          }),
          { numRuns: 3 },
        );
        fc.assert(
          fc.property(
            arbitraryFor(schema.name, version),
            fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
            (m, edits) => {
              const bytes = Buffer.from(encode(schema.name, version, m));
              for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value;
              decodeOutcome(schema.name, version, bytes);
            },
          ),
          { numRuns: 10 },
        );
      }
    });
  }
});

describe('declared lengths are checked before anything is allocated', () => {
  it('rejects a Metadata v0 request declaring 2^31-1 topics in an 8-byte frame', () => {
    const bytes = Buffer.from([0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
    expect(() => codecFor('MetadataRequest').decode(new Reader(bytes), 0)).toThrow(DecodeError);
  });
  it('rejects a flexible Metadata request declaring 2^32-2 topics (compact count 0xffffffff)', () => {
    const bytes = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0]);
    expect(() => codecFor('MetadataRequest').decode(new Reader(bytes), 12)).toThrow(/cannot fit/);
  });
  it('rejects a Produce v3 request whose records length runs past the frame', () => {
    const w = new Writer();
    w.nullableString(null).int16(-1).int32(1000).arrayLength(1).string('t').arrayLength(1).int32(0).int32(0x7fffffff);
    expect(() => codecFor('ProduceRequest').decode(new Reader(w.toBuffer()), 3)).toThrow(DecodeError);
  });
  it('rejects a tagged field whose size runs past the frame', () => {
    // ApiVersions response v3: error code, empty compact api array, throttle, 1 tagged field of 100 bytes.
    const bytes = Buffer.from([0, 0, 1, 0, 0, 0, 0, 1, 0, 100, 1]);
    expect(() => codecFor('ApiVersionsResponse').decode(new Reader(bytes), 3)).toThrow(DecodeError);
  });
  it('rejects tagged fields out of order', () => {
    // ApiVersions response v3 with tags 1 then 0 (FinalizedFeaturesEpoch, SupportedFeatures).
    const w = new Writer();
    w.int16(0).compactArrayLength(0).int32(0).unsignedVarInt(2);
    w.unsignedVarInt(1).unsignedVarInt(8).int64(5n);
    w.unsignedVarInt(0).unsignedVarInt(1).compactArrayLength(0);
    expect(() => codecFor('ApiVersionsResponse').decode(new Reader(w.toBuffer()), 3)).toThrow(/out of order/);
  });
  it('rejects a tagged field with bytes left over inside its size', () => {
    const w = new Writer();
    w.int16(0).compactArrayLength(0).int32(0).unsignedVarInt(1);
    w.unsignedVarInt(1).unsignedVarInt(9).int64(5n).int8(0);
    w.unsignedVarInt(0);
    expect(() => codecFor('ApiVersionsResponse').decode(new Reader(w.toBuffer()), 3)).toThrow(/trailing bytes/);
  });
  it('skips a tagged field it does not know', () => {
    const w = new Writer();
    w.int16(0).compactArrayLength(0).int32(7).unsignedVarInt(1);
    w.unsignedVarInt(90).unsignedVarInt(3).raw(Buffer.from([1, 2, 3]));
    const r = new Reader(w.toBuffer());
    expect(codecFor('ApiVersionsResponse').decode(r, 3)).toMatchObject({ throttleTimeMs: 7, apiKeys: [] });
    expect(r.remaining).toBe(0);
  });
});
