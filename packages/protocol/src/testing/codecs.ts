import * as generated from '../generated/index.js';
import { messageSchemas } from '../generated/schema.js';
import { DecodeError } from '../primitives/errors.js';
import { Reader } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';

// Name-based access to the generated codecs, for tests that walk every message of the schema.

/** The generated encoder, decoder and default factory of one message or struct type. */
export interface Codec {
  readonly encode: (w: Writer, version: number, m: object) => void;
  readonly decode: (r: Reader, version: number) => object;
  readonly defaults: () => object;
}

const exported = generated as unknown as Record<string, unknown>;

/** The codec of a generated type by name: a message ("FetchRequest") or a struct type. */
export function codecFor(typeName: string): Codec {
  const encode = exported[`encode${typeName}`];
  const decode = exported[`decode${typeName}`];
  const defaults = exported[`default${typeName}`];
  if (typeof encode !== 'function' || typeof decode !== 'function' || typeof defaults !== 'function') {
    throw new RangeError(`no generated codec for ${typeName}`);
  }
  return { encode, decode, defaults } as Codec;
}

/** Encodes a message to one buffer. */
export function encodeToBuffer(typeName: string, version: number, m: object): Buffer {
  const w = new Writer();
  codecFor(typeName).encode(w, version, m);
  return w.toBuffer();
}

/** Decodes a whole buffer as one message; bytes left over are a DecodeError. */
export function decodeWhole(typeName: string, version: number, bytes: Buffer): object {
  const r = new Reader(bytes);
  const m = codecFor(typeName).decode(r, version);
  if (r.remaining !== 0) throw new DecodeError(`${typeName} v${version}: ${r.remaining} bytes left over`);
  return m;
}

/** Every message of the schema with every version in its valid range. */
export function allMessageVersions(): { readonly name: string; readonly version: number }[] {
  const out: { name: string; version: number }[] = [];
  for (const s of messageSchemas) {
    for (let v = s.valid[0]; v <= s.valid[1]; v++) out.push({ name: s.name, version: v });
  }
  return out;
}
