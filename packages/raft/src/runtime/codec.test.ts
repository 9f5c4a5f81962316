// Goal: every raft message survives the wire unchanged, and anything malformed from a peer is a
// typed MessageDecodeError, never a crash or a message that would trip the core's assertions.
// Method: round-trip one message of each type, hand-craft invalid ones, and fuzz random and
// truncated payloads with fast-check.
import fc from 'fast-check';
import { Packr } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import { EntryType, RaftError, type Message } from '../core/types.js';
import { decodeMessage, encodeMessage, MessageDecodeError } from './codec.js';
import { FrameDecoder } from './tcp-transport.js';

const data = (n: number) => new Uint8Array(n).map((_, i) => i);
const samples: Message[] = [
  { type: 'append', from: 1, to: 2, term: 3, prevIndex: 4, prevTerm: 2, commit: 4, entries: [
    { index: 5, term: 2, type: EntryType.normal, data: data(10) },
    { index: 6, term: 3, type: EntryType.leaderChange, data: data(4) },
  ] },
  { type: 'append-response', from: 2, to: 1, term: 3, reject: true, index: 4, hintIndex: 3, hintTerm: 1 },
  { type: 'heartbeat', from: 1, to: 2, term: 3, commit: 9, readSeq: 4 },
  { type: 'heartbeat-response', from: 2, to: 1, term: 3, readSeq: 4 },
  { type: 'vote', from: 1, to: 2, term: 3, lastIndex: 9, lastTerm: 2, isTransfer: true },
  { type: 'pre-vote', from: 1, to: 2, term: 4, lastIndex: 9, lastTerm: 2, isTransfer: false },
  { type: 'vote-response', from: 2, to: 1, term: 3, reject: false },
  { type: 'pre-vote-response', from: 2, to: 1, term: 4, reject: true },
  { type: 'install-snapshot', from: 1, to: 2, term: 3, meta: { index: 7, term: 2, voters: [1, 2, 3] }, totalBytes: 100, offset: 50, data: data(50) },
  { type: 'install-snapshot-response', from: 2, to: 1, term: 3, snapshotIndex: 7, nextOffset: 100 },
  { type: 'timeout-now', from: 1, to: 2, term: 3 },
  { type: 'read-index', from: 2, to: 1, term: 3, session: 77, requestId: 5 },
  { type: 'read-index-response', from: 1, to: 2, term: 3, session: 77, requestId: 5, index: -1, error: RaftError.notLeader },
];

const packr = new Packr({ useRecords: false });

/** Byte arrays as plain arrays, so Buffer and Uint8Array compare equal. */
function plain(v: unknown): unknown {
  if (v instanceof Uint8Array) return Array.from(v);
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

describe('message codec', () => {
  it('round-trips every message type', () => {
    for (const m of samples) expect(plain(decodeMessage(encodeMessage(m)))).toEqual(plain(m));
  });

  it('copies payload bytes out of the frame', () => {
    const frame = encodeMessage(samples[0]!);
    const m = decodeMessage(frame);
    frame.fill(0);
    expect(m.type === 'append' && Array.from(m.entries[0]!.data)).toEqual(Array.from(data(10)));
  });

  it('rejects messages the core could not accept', () => {
    const bad: unknown[] = [
      { type: 'append', from: 1, to: 2, term: 3, prevIndex: 4, prevTerm: 2, commit: 0, entries: [{ index: 6, term: 3, type: 0, data: data(1) }] },
      { type: 'append', from: 1, to: 2, term: 3, prevIndex: 4, prevTerm: 2, commit: 0, entries: [{ index: 5, term: 1, type: 0, data: data(1) }] },
      { type: 'append', from: 1, to: 2, term: 3, prevIndex: 4, prevTerm: 2, commit: 0, entries: [{ index: 5, term: 4, type: 0, data: data(1) }] },
      { type: 'append', from: 1, to: 2, term: 3, prevIndex: 4, prevTerm: 2, commit: 0, entries: [{ index: 5, term: 3, type: 9, data: data(1) }] },
      { type: 'heartbeat', from: 1, to: 2, term: -1, commit: 0, readSeq: 0 },
      { type: 'heartbeat', from: 1, to: 2, term: 1.5, commit: 0, readSeq: 0 },
      { type: 'vote', from: '1', to: 2, term: 1, lastIndex: 0, lastTerm: 0, isTransfer: false },
      { type: 'install-snapshot', from: 1, to: 2, term: 3, meta: { index: 7, term: 2, voters: [1] }, totalBytes: 10, offset: 5, data: data(6) },
      { type: 'read-index-response', from: 1, to: 2, term: 3, session: 1, requestId: 5, index: 1, error: 'NOPE' },
      { type: 'mystery', from: 1, to: 2, term: 3 },
      [1, 2, 3],
    ];
    for (const b of bad) expect(() => decodeMessage(packr.pack(b))).toThrow(MessageDecodeError);
  });

  it('never throws anything but MessageDecodeError on random or truncated input', () => {
    const encoded = samples.map((m) => encodeMessage(m));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeMessage(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(MessageDecodeError);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: encoded.length - 1 }), fc.nat(), (k, cut) => {
        const full = encoded[k]!;
        const part = full.subarray(0, cut % full.length);
        try {
          decodeMessage(part);
        } catch (err) {
          expect(err).toBeInstanceOf(MessageDecodeError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('frame decoder', () => {
  it('reassembles frames split at every possible point', () => {
    const payloads = [Buffer.from('hello'), Buffer.alloc(0), Buffer.alloc(300, 7)];
    const stream = Buffer.concat(payloads.map((p) => Buffer.concat([Buffer.from([0, 0, (p.length >> 8) & 0xff, p.length & 0xff]), p])));
    for (let cut = 0; cut <= stream.length; cut++) {
      const d = new FrameDecoder(1000);
      const frames = [...d.push(stream.subarray(0, cut)), ...d.push(stream.subarray(cut))];
      expect(frames.map((f) => f.toString('hex'))).toEqual(payloads.map((p) => p.toString('hex')));
    }
  });

  it('refuses a frame announcing more than frameBytesMax', () => {
    const d = new FrameDecoder(100);
    expect(() => d.push(Buffer.from([0, 0, 0, 101]))).toThrow(RangeError);
  });
});
