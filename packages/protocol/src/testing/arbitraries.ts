import fc from 'fast-check';
import { ZERO_UUID } from '../primitives/uuid.js';
import { messageSchemas, type FieldSchema, type MessageSchema, type VersionRange } from '../generated/schema.js';

// fast-check arbitraries for every generated message, built at run time from the emitted schema
// (src/generated/schema.ts). STYLE.md says the generator also emits arbitraries; deriving them
// from the schema is our chosen way: one small interpreter instead of ~1000 generated
// arbitraries, and a second, independent reading of the spec's defaults and version ranges that
// the round-trip tests hold the generated codecs to.

/** Largest array the arbitraries build (messages nest up to four levels of arrays). */
const ARRAY_LENGTH_MAX = 3;
/** Longest generated string, in code points (up to 4 UTF-8 bytes each). */
const STRING_LENGTH_MAX = 12;
/** Longest small byte field; one value in ~20 is instead large enough to be chunk-referenced. */
const BYTES_LENGTH_MAX = 24;
/** Large byte fields straddle the Writer's 4096-byte reference threshold. */
const BYTES_LARGE_MIN = 4090;
const BYTES_LARGE_MAX = 4200;

const INT_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  int8: [-0x80, 0x7f],
  int16: [-0x8000, 0x7fff],
  uint16: [0, 0xffff],
  int32: [-0x80000000, 0x7fffffff],
};
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

const schemasByName = new Map(messageSchemas.map((s) => [s.name, s]));

/** The schema of a message by its spec name ("FetchRequest", "RequestHeader", ...). */
export function schemaFor(messageName: string): MessageSchema {
  const schema = schemasByName.get(messageName);
  if (schema === undefined) throw new RangeError(`no message named ${messageName}`);
  return schema;
}

function within(range: VersionRange | null | undefined, version: number): boolean {
  return range !== null && range !== undefined && version >= range[0] && version <= range[1];
}

function elementType(field: FieldSchema): string {
  return field.type.startsWith('[]') ? field.type.slice(2) : field.type;
}

/** An integer default as Kafka writes it: decimal or hex, possibly negative. */
function parseInteger(text: string): bigint {
  const negative = text.startsWith('-');
  const magnitude = BigInt(negative ? text.slice(1) : text);
  return negative ? -magnitude : magnitude;
}

/**
 * The value a field holds when the version lacks it, read from the spec's "default" text
 * independently of the generator: null for "null", [] for arrays, the struct's own defaults for
 * structs (tagged members omitted, as decoders leave them), and each type's zero otherwise.
 */
export function defaultValueOf(field: FieldSchema): unknown {
  const text = field.default;
  if (text === 'null') return null;
  if (field.type.startsWith('[]')) return [];
  if (field.fields !== undefined) return defaultStruct(field.fields);
  const absent = text === undefined || text === '';
  switch (field.type) {
    case 'bool':
      return text === 'true';
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
      return absent ? 0 : Number(parseInteger(text));
    case 'int64':
      return absent ? 0n : parseInteger(text);
    case 'float64':
      return absent ? 0 : Number(text);
    case 'string':
      return text ?? '';
    case 'uuid':
      return ZERO_UUID;
    case 'bytes':
      return Buffer.alloc(0);
    case 'records':
      // Kafka's records default is null; a records field that cannot be null starts empty.
      return field.nullable !== undefined ? null : Buffer.alloc(0);
    default:
      throw new RangeError(`no default for type ${field.type}`);
  }
}

function defaultStruct(fields: readonly FieldSchema[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f.tagged === undefined) out[f.name] = defaultValueOf(f);
  return out;
}

const text = fc.oneof(
  fc.string({ maxLength: STRING_LENGTH_MAX }),
  // Whole code points only: lone surrogates are not UTF-8 and would not survive the wire.
  fc.string({ unit: 'binary', maxLength: STRING_LENGTH_MAX }),
);

const bytes = fc.oneof(
  { arbitrary: fc.uint8Array({ maxLength: BYTES_LENGTH_MAX }), weight: 19 },
  { arbitrary: fc.uint8Array({ minLength: BYTES_LARGE_MIN, maxLength: BYTES_LARGE_MAX }), weight: 1 },
).map((b) => Buffer.from(b.buffer, b.byteOffset, b.length));

const uuid = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => Buffer.from(b).toString('base64url'));

function primitive(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'bool':
      return fc.boolean();
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32': {
      const [min, max] = INT_RANGES[type]!;
      return fc.integer({ min, max });
    }
    case 'int64':
      return fc.bigInt({ min: INT64_MIN, max: INT64_MAX });
    case 'float64':
      return fc.double();
    case 'string':
      return text;
    case 'uuid':
      return uuid;
    case 'bytes':
    case 'records':
      return bytes;
    default:
      throw new RangeError(`no arbitrary for type ${type}`);
  }
}

/** Any value field f can hold in `version`, null included where the version allows it. */
function valueOf(field: FieldSchema, version: number): fc.Arbitrary<unknown> {
  const elem = elementType(field);
  const element = field.fields !== undefined ? struct(field.fields, version) : primitive(elem);
  const value = field.type.startsWith('[]') ? fc.array(element, { maxLength: ARRAY_LENGTH_MAX }) : element;
  return within(field.nullable, version) ? fc.option(value, { nil: null, freq: 4 }) : value;
}

function struct(fields: readonly FieldSchema[], version: number): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) {
    if (f.tagged !== undefined) {
      if (!within(f.tagged, version)) {
        model[f.name] = fc.constant(undefined);
        continue;
      }
      // A tagged field is absent (undefined) or holds a value worth sending: encoders skip a
      // value equal to the default, so it would decode as absent. Structs are sent when set.
      let value = valueOf(f, version);
      if (f.type !== 'struct') {
        const fallback = defaultValueOf(f);
        value = value.filter((v) => !sameValue(v, fallback));
      }
      model[f.name] = fc.option(value, { nil: undefined });
    } else if (within(f.versions, version)) {
      model[f.name] = valueOf(f, version);
    } else {
      const fallback = defaultValueOf(f);
      model[f.name] = fc.constant(fallback);
    }
  }
  return fc.record(model);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === 0 && b.length === 0;
  return a === b;
}

/**
 * An arbitrary of `messageName` as it can appear in `version`: fields the version lacks hold
 * their default (what the decoder fills in), null only where the version makes the field
 * nullable, tagged fields undefined or not equal to their default, integers over their type's
 * whole range (int64 as bigint), uuids as 16 random bytes in Kafka's text form, strings short
 * and often multi-byte UTF-8, bytes and records as Buffers (now and then over the Writer's
 * 4096-byte reference threshold).
 */
export function arbitraryFor(messageName: string, version: number): fc.Arbitrary<object> {
  const schema = schemaFor(messageName);
  if (!within(schema.valid, version)) {
    throw new RangeError(`${messageName} has no version ${version} (valid ${schema.valid[0]}-${schema.valid[1]})`);
  }
  return struct(schema.fields, version);
}
