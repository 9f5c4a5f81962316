import type { Entry } from '../core/types.js';

/**
 * The simulator's replicated state machine: a running FNV-1a digest over every applied entry.
 * Two nodes that applied the same entries in the same order have the same digest, so comparing
 * digests at an index compares whole states. Snapshots carry (index, digest) plus filler bytes so
 * that snapshot transfer is exercised across several chunks.
 */
export interface DigestState {
  index: number;
  digest: number;
}

export const INITIAL_DIGEST = 0x811c9dc5;

export function applyEntry(state: DigestState, entry: Entry): void {
  let h = state.digest;
  h = mix(h, entry.term);
  h = mix(h, entry.type);
  for (let i = 0; i < entry.data.length; i++) h = Math.imul(h ^ entry.data[i]!, 0x01000193) >>> 0;
  state.digest = h;
  state.index = entry.index;
}

function mix(h: number, v: number): number {
  h = Math.imul(h ^ (v & 0xff), 0x01000193) >>> 0;
  h = Math.imul(h ^ ((v >>> 8) & 0xff), 0x01000193) >>> 0;
  h = Math.imul(h ^ ((v >>> 16) & 0xff), 0x01000193) >>> 0;
  return Math.imul(h ^ (v >>> 24), 0x01000193) >>> 0;
}

export function encodeDigestSnapshot(state: DigestState, fillerBytes: number): Uint8Array {
  const out = new Uint8Array(8 + fillerBytes);
  const view = new DataView(out.buffer);
  view.setUint32(0, state.index);
  view.setUint32(4, state.digest);
  for (let i = 0; i < fillerBytes; i++) out[8 + i] = (state.digest >>> ((i & 3) * 8)) & 0xff;
  return out;
}

export function decodeDigestSnapshot(data: Uint8Array): DigestState {
  if (data.length < 8) throw new RangeError('snapshot too short');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const state = { index: view.getUint32(0), digest: view.getUint32(4) };
  for (let i = 8; i < data.length; i++) {
    if (data[i] !== ((state.digest >>> (((i - 8) & 3) * 8)) & 0xff)) throw new RangeError('snapshot filler corrupted');
  }
  return state;
}
