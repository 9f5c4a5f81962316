// Goal: every generated codec of every message (requests, responses, headers, data messages) in
// every version of its valid range reads back exactly what it wrote. Method: fast-check
// properties over arbitraries built from the schema: decode(encode(x)) equals x (Buffers by
// content), the decoder consumes exactly the bytes written, and re-encoding the decoded value
// gives identical bytes. Runs per message-version are few (there are ~1000 of them); the seed is
// printed on failure and replays the case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reader, Writer, isSameValue } from '../src/index.js';
import { arbitraryFor, codecFor, messageSchemas } from '../src/testing/index.js';

const RUNS_PER_VERSION = 25;

function roundTrip(name: string, version: number, message: object): void {
  const codec = codecFor(name);
  const w = new Writer(16);
  codec.encode(w, version, message);
  const chunks = w.toChunks();
  const bytes = w.toBuffer();
  expect(Buffer.concat(chunks)).toEqual(bytes);

  const r = new Reader(bytes);
  const decoded = codec.decode(r, version);
  expect(r.remaining).toBe(0);
  if (!isSameValue(decoded, message)) expect(decoded).toEqual(message);
  expect(isSameValue(decoded, message)).toBe(true);

  const again = new Writer(16);
  codec.encode(again, version, decoded);
  expect(again.toBuffer().equals(bytes)).toBe(true);
}

describe('generated codecs round-trip', () => {
  for (const schema of messageSchemas) {
    it(`${schema.name} v${schema.valid[0]}-${schema.valid[1]} decodes what it encodes`, () => {
      for (let version = schema.valid[0]; version <= schema.valid[1]; version++) {
        fc.assert(
          fc.property(arbitraryFor(schema.name, version), (m) => roundTrip(schema.name, version, m)),
          { numRuns: RUNS_PER_VERSION },
        );
      }
    });
  }
});
