// Goal: every metadata record and batch survives encode/decode unchanged, encodings are canonical,
// and bad bytes (random, truncated, unknown types, newer versions) fail with the typed decode
// errors and nothing else. Method: fast-check round trips over all record types plus fuzzing.
import fc from 'fast-check';
import { pack } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import { recordArb } from '../../test/arbitraries.js';
import {
  decodeMetadataBatch,
  decodeRecord,
  encodeMetadataBatch,
  encodeRecord,
  MetadataRecordDecodeError,
  UnknownMetadataRecordTypeError,
  UnsupportedMetadataRecordVersionError,
} from './codec.js';

describe('metadata record codec', () => {
  it('round-trips every record type', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        const bytes = encodeRecord(r);
        const back = decodeRecord(bytes);
        expect(back).toEqual(r);
        expect([...encodeRecord(back)]).toEqual([...bytes]);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips batches', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 30 }), (rs) => {
        expect(decodeMetadataBatch(encodeMetadataBatch(rs))).toEqual(rs);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects an unknown record type and a newer version with typed errors', () => {
    expect(() => decodeRecord(pack({ type: 'DelegationToken', version: 0 }))).toThrow(UnknownMetadataRecordTypeError);
    expect(() => decodeRecord(pack({ type: 'NoOp', version: 1 }))).toThrow(UnsupportedMetadataRecordVersionError);
    expect(() => decodeRecord(pack({ type: 'NoOp', version: 1 }))).toThrow('NoOp record version 1 is newer than the supported 0');
    expect(() => decodeRecord(pack({ type: 'Topic', version: 0, name: 'x' }))).toThrow(MetadataRecordDecodeError);
    expect(() => decodeRecord(pack({ type: 'RegisterBroker', version: 0, brokerId: 1, incarnationId: 'i', brokerEpoch: 3, listeners: [], rack: null, fenced: false }))).toThrow(
      'RegisterBroker must be fenced',
    );
    expect(() => decodeMetadataBatch(pack({ not: 'a batch' }))).toThrow(MetadataRecordDecodeError);
  });

  it('fails on random and truncated bytes only with MetadataRecordDecodeError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          decodeMetadataBatch(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(MetadataRecordDecodeError);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 5 }), fc.nat(), (rs, cut) => {
        const bytes = encodeMetadataBatch(rs);
        const truncated = bytes.subarray(0, cut % bytes.length);
        expect(() => decodeMetadataBatch(truncated)).toThrow(MetadataRecordDecodeError);
      }),
      { numRuns: 500 },
    );
  });
});
