import { Packr } from 'msgpackr';
import { EntryType, RaftError, type Entry, type Message, type NodeId, type RaftErrorCode, type SnapshotMeta } from '../core/types.js';

/**
 * Raft messages on the wire: msgpackr-encoded objects (no shared record structures, so any two
 * versions of this code agree), carried in 4-byte length-prefixed frames by the TCP transport.
 * Decoding is strict: a frame from a peer is untrusted input, and the core asserts on
 * impossible messages, so every field is checked here (types, ranges, entry contiguity) and a
 * bad frame becomes a `MessageDecodeError` instead of a crash. Byte payloads are copied out of
 * the frame so entries kept in the log do not pin whole frames in memory.
 */
export class MessageDecodeError extends Error {
  override readonly name = 'MessageDecodeError';
}

const packr = new Packr({ useRecords: false, copyBuffers: true, mapsAsObjects: true });

export function encodeMessage(m: Message): Buffer {
  return packr.pack(m);
}

const ERROR_CODES = new Set<string>(Object.values(RaftError));

function fail(what: string): never {
  throw new MessageDecodeError(what);
}

function int(o: Record<string, unknown>, key: string, min = 0): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) fail(`field ${key} is not an integer >= ${min}`);
  return v;
}

function bool(o: Record<string, unknown>, key: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') fail(`field ${key} is not a boolean`);
  return v;
}

function bytes(o: Record<string, unknown>, key: string): Uint8Array {
  const v = o[key];
  if (!(v instanceof Uint8Array)) fail(`field ${key} is not bytes`);
  return v;
}

function record(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`${what} is not an object`);
  return v as Record<string, unknown>;
}

function nodeIds(v: unknown, what: string): NodeId[] {
  if (!Array.isArray(v)) fail(`${what} is not an array`);
  return v.map((x) => {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) fail(`${what} holds a bad node id`);
    return x;
  });
}

function snapshotMeta(v: unknown): SnapshotMeta {
  const o = record(v, 'snapshot meta');
  return { index: int(o, 'index'), term: int(o, 'term'), voters: nodeIds(o['voters'], 'snapshot voters') };
}

function entries(v: unknown, prevIndex: number, prevTerm: number, term: number): Entry[] {
  if (!Array.isArray(v)) fail('entries is not an array');
  const out: Entry[] = [];
  let lastTerm = prevTerm;
  for (let k = 0; k < v.length; k++) {
    const o = record(v[k], 'entry');
    const e: Entry = { term: int(o, 'term'), index: int(o, 'index', 1), type: int(o, 'type') as EntryType, data: bytes(o, 'data') };
    if (e.index !== prevIndex + 1 + k) fail(`entry ${k} has index ${e.index}, expected ${prevIndex + 1 + k}`);
    if (e.term < lastTerm || e.term > term) fail(`entry ${e.index} has term ${e.term} outside [${lastTerm}, ${term}]`);
    if (e.type !== EntryType.normal && e.type !== EntryType.leaderChange) fail(`entry ${e.index} has unknown type ${e.type}`);
    lastTerm = e.term;
    out.push(e);
  }
  return out;
}

/** Decodes and validates one frame's payload. */
export function decodeMessage(payload: Uint8Array): Message {
  let raw: unknown;
  try {
    raw = packr.unpack(payload);
  } catch (err) {
    fail(`undecodable frame: ${(err as Error).message}`);
  }
  const o = record(raw, 'message');
  const base = { from: int(o, 'from'), to: int(o, 'to'), term: int(o, 'term') };
  const type = o['type'];
  switch (type) {
    case 'append': {
      const prevIndex = int(o, 'prevIndex');
      const prevTerm = int(o, 'prevTerm');
      if (prevTerm > base.term) fail('prevTerm above term');
      return { type, ...base, prevIndex, prevTerm, entries: entries(o['entries'], prevIndex, prevTerm, base.term), commit: int(o, 'commit') };
    }
    case 'append-response':
      return { type, ...base, reject: bool(o, 'reject'), index: int(o, 'index'), hintIndex: int(o, 'hintIndex'), hintTerm: int(o, 'hintTerm') };
    case 'heartbeat':
      return { type, ...base, commit: int(o, 'commit'), readSeq: int(o, 'readSeq') };
    case 'heartbeat-response':
      return { type, ...base, readSeq: int(o, 'readSeq') };
    case 'vote':
    case 'pre-vote':
      return { type, ...base, lastIndex: int(o, 'lastIndex'), lastTerm: int(o, 'lastTerm'), isTransfer: bool(o, 'isTransfer') };
    case 'vote-response':
    case 'pre-vote-response':
      return { type, ...base, reject: bool(o, 'reject') };
    case 'install-snapshot': {
      const meta = snapshotMeta(o['meta']);
      const totalBytes = int(o, 'totalBytes');
      const offset = int(o, 'offset');
      const data = bytes(o, 'data');
      if (offset + data.length > totalBytes) fail('snapshot chunk beyond totalBytes');
      if (meta.term > base.term || meta.index === 0) fail('snapshot meta out of range');
      return { type, ...base, meta, totalBytes, offset, data };
    }
    case 'install-snapshot-response':
      return { type, ...base, snapshotIndex: int(o, 'snapshotIndex'), nextOffset: int(o, 'nextOffset') };
    case 'timeout-now':
      return { type, ...base };
    case 'read-index':
      return { type, ...base, session: int(o, 'session'), requestId: int(o, 'requestId') };
    case 'read-index-response': {
      const error = o['error'];
      if (error !== null && (typeof error !== 'string' || !ERROR_CODES.has(error))) fail('unknown read error code');
      return {
        type,
        ...base,
        session: int(o, 'session'),
        requestId: int(o, 'requestId'),
        index: int(o, 'index', -1),
        error: error as RaftErrorCode | null,
      };
    }
    default:
      fail(`unknown message type ${JSON.stringify(type)}`);
  }
}
