#!/usr/bin/env node
// Generates packages/protocol/src/generated/ from Kafka's message definitions.
//
//   node packages/protocol/codegen/generate.mjs <kafka-spec-dir> [--check]
//
// <kafka-spec-dir> holds Kafka's `clients/*.json` (see ../shared/kafka-spec/README.md or a Kafka
// checkout's clients/src/main/resources/common/message). For every request, response, header and
// data message the generator writes a module with typed interfaces and an encoder and a decoder
// that take the version as an argument; it also writes the API key table (apis.ts) and a
// compact schema (schema.ts) from which tests build fast-check arbitraries. With --check it
// writes nothing and exits 1 if the committed files differ from what it would write.
//
// Design notes (after franz-go's generate/ and Kafka's own MessageGenerator):
// - one encoder/decoder per struct, version checks inline, so the hot messages (Produce, Fetch)
//   decode in straight-line code;
// - int64 is a bigint (exact sentinels such as Long.MAX_VALUE), uuid is Kafka's base64 text,
//   bytes and records are Buffers that view the input (no copy on decode, no copy of large
//   values on encode);
// - tagged fields are optional properties, written in ascending tag order only when set and (for
//   all but single structs) not equal to the default; unknown tags are skipped on decode;
// - fields absent from a version decode to their default; encoding a non-default value into a
//   version that lacks the field throws EncodeError unless the spec marks it "ignorable" (Kafka's
//   UnsupportedVersionException), and so does null where the version is not nullable;
// - a struct's codec is conditioned on the versions in which it can appear, not the message's;
// - decoders check every declared count against the bytes left (times the smallest encoding of
//   one element in any version) and push elements as they decode, so a lying frame can neither
//   read out of bounds nor make them allocate more than the frame holds;
// - the output depends only on the spec files (sorted by name), so --check is exact.

import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'src', 'generated');

const args = process.argv.slice(2);
const check = args.includes('--check');
const specDir = args.find((a) => !a.startsWith('--'));
if (!specDir) {
  console.error('usage: generate.mjs <kafka-spec-dir> [--check]');
  process.exit(2);
}
const clientsDir = existsSync(join(specDir, 'clients')) ? join(specDir, 'clients') : specDir;
// The record formats of __consumer_offsets (OffsetCommitKey/Value, GroupMetadataKey/Value and the
// KIP-848 consumer group records) sit beside clients/ in Kafka's tree; the group coordinator
// encodes and decodes its log with them. Absent folder (a bare clients/ dir): none are generated.
const groupCoordinatorDir = join(specDir, 'group-coordinator');

// ---------------------------------------------------------------------------------------------
// Spec parsing

function stripComments(text) {
  // Kafka's JSON has // line comments; strings never contain "//" at a line start, but may
  // contain "//" inside (URLs in "about"), so only strip comments outside strings.
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[++i];
      } else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out;
}

/** "3+", "0-2", "5", "none" -> [min, max] with max Infinity, or null for none. */
function parseVersions(spec) {
  if (spec === undefined) return null;
  const s = String(spec).trim();
  if (s === 'none' || s === '') return null;
  if (s.endsWith('+')) return [Number(s.slice(0, -1)), Infinity];
  const dash = s.indexOf('-');
  if (dash > 0) return [Number(s.slice(0, dash)), Number(s.slice(dash + 1))];
  return [Number(s), Number(s)];
}

function intersect(a, b) {
  if (!a || !b) return null;
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  return lo <= hi ? [lo, hi] : null;
}

const camel = (name) => name[0].toLowerCase() + name.slice(1);
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();

const FIXED = { bool: 1, int8: 1, int16: 2, uint16: 2, int32: 4, int64: 8, float64: 8, uuid: 16 };

const PRIMITIVES = new Set(['bool', 'int8', 'int16', 'uint16', 'int32', 'int64', 'float64', 'string', 'bytes', 'uuid', 'records']);

/** A condition `version` satisfies exactly within `range`, given the message's valid range. */
function cond(range, valid) {
  if (!range) return 'false';
  const parts = [];
  if (range[0] > valid[0]) parts.push(`version >= ${range[0]}`);
  if (range[1] < valid[1]) parts.push(`version <= ${range[1]}`);
  return parts.length === 0 ? 'true' : parts.join(' && ');
}

// ---------------------------------------------------------------------------------------------
// Model: messages, structs, fields

function loadMessage(path) {
  const file = basename(path);
  const json = JSON.parse(stripComments(readFileSync(path, 'utf8')));
  const valid = parseVersions(json.validVersions);
  const flexible = parseVersions(json.flexibleVersions);
  const msg = {
    name: json.name,
    file,
    type: json.type,
    apiKey: json.apiKey,
    valid,
    flexible,
    listeners: json.listeners ?? [],
    latestVersionUnstable: json.latestVersionUnstable === true,
    structs: new Map(), // name -> { name, fields }
    commonStructNames: new Set((json.commonStructs ?? []).map((s) => s.name)),
  };
  for (const cs of json.commonStructs ?? []) {
    msg.structs.set(cs.name, { name: cs.name, fields: [] });
  }
  for (const cs of json.commonStructs ?? []) {
    msg.structs.get(cs.name).fields = cs.fields.map((f) => loadField(msg, f));
  }
  msg.fields = (json.fields ?? []).map((f) => loadField(msg, f));
  msg.structRanges = new Map();
  markStructRanges(msg, msg.fields, msg.valid);
  return msg;
}

/**
 * The versions in which each struct can be written: the hull of its fields' versions (tagged
 * versions for tagged fields) within the enclosing struct's. A struct's codec is only called in
 * those versions, so its version conditions and its default checks are computed against them
 * (as Kafka's generator does), not against the whole message's range.
 */
function markStructRanges(msg, fields, range) {
  for (const f of fields) {
    if (!f.isStruct) continue;
    const r = intersect(f.tagged ?? f.versions, range);
    if (!r) continue;
    const known = msg.structRanges.get(f.elem);
    const hull = known ? [Math.min(known[0], r[0]), Math.max(known[1], r[1])] : r;
    if (known && known[0] === hull[0] && known[1] === hull[1]) continue;
    msg.structRanges.set(f.elem, hull);
    markStructRanges(msg, msg.structs.get(f.elem).fields, hull);
  }
}

function loadField(msg, f) {
  const isArray = f.type.startsWith('[]');
  const elem = isArray ? f.type.slice(2) : f.type;
  const field = {
    name: f.name,
    prop: camel(f.name),
    isArray,
    elem,
    isStruct: !PRIMITIVES.has(elem),
    versions: parseVersions(f.versions),
    nullable: parseVersions(f.nullableVersions),
    tagged: parseVersions(f.taggedVersions),
    tag: f.tag === undefined ? undefined : Number(f.tag),
    flexibleOverride: f.flexibleVersions !== undefined ? parseVersions(f.flexibleVersions) : undefined,
    default: f.default,
    ignorable: f.ignorable === true,
  };
  if (field.isStruct) {
    if (f.fields) {
      if (msg.structs.has(elem) && msg.structs.get(elem).fields.length > 0) {
        throw new Error(`${msg.name}: struct ${elem} defined twice`);
      }
      const struct = { name: elem, fields: [] };
      msg.structs.set(elem, struct);
      struct.fields = f.fields.map((sf) => loadField(msg, sf));
    } else if (!msg.structs.has(elem)) {
      throw new Error(`${msg.name}: field ${f.name} uses unknown struct ${elem}`);
    }
  }
  return field;
}

// ---------------------------------------------------------------------------------------------
// TypeScript emission

function tsPrimitive(type) {
  switch (type) {
    case 'bool':
      return 'boolean';
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'float64':
      return 'number';
    case 'int64':
      return 'bigint';
    case 'string':
    case 'uuid':
      return 'string';
    case 'bytes':
    case 'records':
      return 'Buffer';
    default:
      throw new Error(`not a primitive: ${type}`);
  }
}

function structTypeName(msg, struct) {
  return msg.name + struct;
}

function fieldTsType(msg, f) {
  const base = f.isStruct ? structTypeName(msg, f.elem) : tsPrimitive(f.elem);
  let t = f.isArray ? `${base}[]` : base;
  if (f.nullable) t += ' | null';
  return t;
}

const INT_RANGES = {
  int8: [-(2n ** 7n), 2n ** 7n - 1n],
  int16: [-(2n ** 15n), 2n ** 15n - 1n],
  uint16: [0n, 2n ** 16n - 1n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
};

/**
 * An integer default as Kafka's FieldSpec reads it: decimal or hex ("0x7fffffff"), optionally
 * negative, checked against the type's range. Parsed with BigInt so int64 defaults stay exact
 * (Number would round anything past 2^53).
 */
function parseIntDefault(where, type, d) {
  const text = String(d).trim();
  const m = /^(-?)(0x[0-9a-fA-F]+|[0-9]+)$/.exec(text);
  if (!m) throw new Error(`${where}: invalid ${type} default ${JSON.stringify(d)}`);
  const value = m[1] === '-' ? -BigInt(m[2]) : BigInt(m[2]);
  const [lo, hi] = INT_RANGES[type];
  if (value < lo || value > hi) throw new Error(`${where}: ${type} default ${text} out of range`);
  return value;
}

/** The TypeScript expression of a field's default (what decode fills in when it is absent). */
function defaultExpr(msg, f) {
  const d = f.default;
  const where = `${msg.name}.${f.name}`;
  if (d === 'null') {
    // Kafka only accepts a null default on a field that can hold null.
    if (!f.nullable) throw new Error(`${where}: null default on a non-nullable field`);
    return 'null';
  }
  if (f.isArray) {
    if (d !== undefined && d !== '') throw new Error(`${where}: arrays take no default but ${JSON.stringify(d)}`);
    return '[]';
  }
  if (f.isStruct) {
    if (d !== undefined && d !== '') throw new Error(`${where}: structs take no default but ${JSON.stringify(d)}`);
    return `default${structTypeName(msg, f.elem)}()`;
  }
  switch (f.elem) {
    case 'bool':
      if (d === undefined || d === '' || d === false || d === 'false') return 'false';
      if (d === true || d === 'true') return 'true';
      throw new Error(`${where}: invalid bool default ${JSON.stringify(d)}`);
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
      return d === undefined || d === '' ? '0' : String(parseIntDefault(where, f.elem, d));
    case 'int64':
      return d === undefined || d === '' ? '0n' : `${parseIntDefault(where, f.elem, d)}n`;
    case 'float64': {
      if (d === undefined || d === '') return '0';
      const value = Number(d);
      if (!Number.isFinite(value)) throw new Error(`${where}: invalid float64 default ${JSON.stringify(d)}`);
      return String(value);
    }
    case 'string':
      return JSON.stringify(d === undefined ? '' : String(d));
    case 'uuid':
      if (d !== undefined && d !== '') throw new Error(`${where}: uuid defaults are not supported (${JSON.stringify(d)})`);
      return 'ZERO_UUID';
    case 'bytes':
      if (d !== undefined && d !== '') throw new Error(`${where}: bytes defaults are not supported (${JSON.stringify(d)})`);
      return 'EMPTY_BYTES';
    case 'records':
      // Kafka's default for records is null; a records field that cannot be null (FetchSnapshot's
      // UnalignedRecords) starts empty instead.
      return f.nullable ? 'null' : 'EMPTY_BYTES';
    default:
      throw new Error(`no default for ${f.elem}`);
  }
}

function inRange(range, version) {
  return range !== null && range !== undefined && version >= range[0] && version <= range[1];
}

/** Whether field f is written in the compact (flexible) form at `version`. */
function isFlexibleAt(msg, f, version) {
  if (!inRange(msg.flexible, version)) return false;
  return f.flexibleOverride === undefined || inRange(f.flexibleOverride, version);
}

/** Smallest encoding of one value of field f (whole field, not one element) at `version`. */
function fieldBytesMin(msg, f, version) {
  if (f.tagged) return 0;
  if (!inRange(f.versions, version)) return 0;
  const flex = isFlexibleAt(msg, f, version);
  if (f.isArray) return flex ? 1 : 4;
  if (f.isStruct) return inRange(f.nullable, version) ? 1 : structBytesMin(msg, f.elem, version);
  if (FIXED[f.elem] !== undefined) return FIXED[f.elem];
  if (f.elem === 'string') return flex ? 1 : 2;
  return flex ? 1 : 4; // bytes, records
}

/** Smallest encoding of struct `name` at `version`: its fields' minimums plus the tag count. */
function structBytesMin(msg, name, version) {
  let total = inRange(msg.flexible, version) ? 1 : 0;
  for (const f of msg.structs.get(name).fields) total += fieldBytesMin(msg, f, version);
  return total;
}

/**
 * Smallest encoding of one element of array field f over the versions where it is present and
 * its encoding is flexible (or classic) as asked, for the check that a declared count fits in the
 * bytes left before decoding anything. Never below 1: like Kafka's readArray, a count larger than
 * the bytes left is rejected even for elements that could encode in zero bytes, so decoding work
 * stays bounded by the frame size.
 */
function elementBytesMin(msg, f, flexible) {
  let min = Infinity;
  for (let v = msg.valid[0]; v <= msg.valid[1]; v++) {
    if (!inRange(f.versions, v) && !inRange(f.tagged, v)) continue;
    if ((f.tagged ? inRange(msg.flexible, v) : isFlexibleAt(msg, f, v)) !== flexible) continue;
    let bytes;
    if (f.isStruct) bytes = structBytesMin(msg, f.elem, v);
    else if (FIXED[f.elem] !== undefined) bytes = FIXED[f.elem];
    else if (f.elem === 'string') bytes = flexible ? 1 : 2;
    else bytes = flexible ? 1 : 4;
    min = Math.min(min, bytes);
  }
  return min === Infinity ? 1 : Math.max(1, min);
}

class Emitter {
  constructor() {
    this.lines = [];
    this.depth = 0;
  }
  line(s = '') {
    this.lines.push(s === '' ? '' : '  '.repeat(this.depth) + s);
  }
  open(s) {
    this.line(s);
    this.depth++;
  }
  close(s = '}') {
    this.depth--;
    this.line(s);
  }
  text() {
    return this.lines.join('\n') + '\n';
  }
}

let tmpCounter = 0;
const tmp = (p) => `${p}${tmpCounter++}`;

/**
 * Emits code writing `expr` (a value of field f's element or array type) in message version
 * context. `flex` is a JS expression (string) for "this version is flexible" for this field.
 */
function emitEncodeValue(e, msg, f, expr, flex, nullableCond, isElement) {
  const nullable = isElement ? false : f.nullable !== null && f.nullable !== undefined;
  if (!isElement && f.isArray) {
    const a = tmp('a');
    e.line(`const ${a} = ${expr};`);
    if (nullable) {
      e.open(`if (${a} === null) {`);
      if (nullableCond !== 'true') e.line(`if (!(${nullableCond})) throw new EncodeError('${msg.name}.${f.name} is not nullable in version ' + version);`);
      e.line(`if (${flex}) w.unsignedVarInt(0); else w.int32(-1);`);
      e.close('} else {');
      e.depth++;
    }
    e.line(`if (${flex}) w.compactArrayLength(${a}.length); else w.arrayLength(${a}.length);`);
    const el = tmp('e');
    e.open(`for (const ${el} of ${a}) {`);
    emitEncodeValue(e, msg, f, el, flex, 'false', true);
    e.close();
    if (nullable) e.close();
    return;
  }
  if (f.isStruct) {
    const fn = `encode${structTypeName(msg, f.elem)}`;
    if (nullable) {
      const s = tmp('s');
      e.line(`const ${s} = ${expr};`);
      e.open(`if (${s} === null) {`);
      if (nullableCond !== 'true') e.line(`if (!(${nullableCond})) throw new EncodeError('${msg.name}.${f.name} is not nullable in version ' + version);`);
      e.line('w.int8(-1);');
      e.close('} else {');
      e.depth++;
      e.line('w.int8(1);');
      e.line(`${fn}(w, version, ${s});`);
      e.close();
    } else {
      e.line(`${fn}(w, version, ${expr});`);
    }
    return;
  }
  switch (f.elem) {
    case 'bool':
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'int64':
    case 'float64':
    case 'uuid':
      e.line(`w.${f.elem}(${expr});`);
      return;
    case 'string':
    case 'bytes':
    case 'records': {
      const kind = f.elem === 'string' ? 'String' : 'Bytes';
      const isNullable = nullable;
      if (isNullable) {
        const v = tmp('v');
        e.line(`const ${v} = ${expr};`);
        if (nullableCond !== 'true') e.line(`if (${v} === null && !(${nullableCond})) throw new EncodeError('${msg.name}.${f.name} is not nullable in version ' + version);`);
        expr = v;
      }
      const lower = kind.toLowerCase();
      if (isNullable) {
        e.line(`if (${flex}) w.compactNullable${kind}(${expr}); else w.nullable${kind}(${expr});`);
      } else {
        e.line(`if (${flex}) w.compact${kind}(${expr}); else w.${lower}(${expr});`);
      }
      return;
    }
    default:
      throw new Error(`cannot encode ${f.elem}`);
  }
}

/** The expression decoding one (never null) element of array field f. */
function elementDecodeExpr(msg, f, flex, reader) {
  if (f.isStruct) return `decode${structTypeName(msg, f.elem)}(${reader}, version)`;
  switch (f.elem) {
    case 'string':
      return flex === 'false' ? `${reader}.string()` : `${flex} ? ${reader}.compactString() : ${reader}.string()`;
    case 'bytes':
      return flex === 'false' ? `${reader}.bytes()` : `${flex} ? ${reader}.compactBytes() : ${reader}.bytes()`;
    case 'records':
      throw new Error(`${msg.name}.${f.name}: arrays of records are not a Kafka type`);
    default:
      return `${reader}.${f.elem}()`;
  }
}

function emitDecodeValue(e, msg, f, target, flex, nullableCond, isElement, reader = 'r') {
  const nullable = isElement ? false : f.nullable !== null && f.nullable !== undefined;
  if (!isElement && f.isArray) {
    const n = tmp('n');
    const min = elementBytesMin(msg, f, false);
    const minFlex = elementBytesMin(msg, f, true);
    e.line(`const ${n} = ${flex} ? ${reader}.compactArrayLength(${minFlex}) : ${reader}.arrayLength(${min});`);
    if (nullable) {
      e.open(`if (${n} === -1) {`);
      if (nullableCond !== 'true') e.line(`if (!(${nullableCond})) throw new DecodeError('${msg.name}.${f.name} is null but not nullable in version ' + version);`);
      e.line(`${target} = null;`);
      e.close('} else {');
      e.depth++;
    } else {
      e.line(`if (${n} === -1) throw new DecodeError('${msg.name}.${f.name} is null but not nullable in version ' + version);`);
    }
    // Elements are pushed as they decode (no `new Array(n)`): memory grows only with the bytes
    // actually read, whatever count the frame declares.
    const arr = tmp('arr');
    const elType = f.isStruct ? structTypeName(msg, f.elem) : tsPrimitive(f.elem);
    e.line(`const ${arr}: ${elType}[] = [];`);
    const i = tmp('i');
    e.open(`for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
    e.line(`${arr}.push(${elementDecodeExpr(msg, f, flex, reader)});`);
    e.close();
    e.line(`${target} = ${arr};`);
    if (nullable) e.close();
    return;
  }
  if (f.isStruct) {
    const fn = `decode${structTypeName(msg, f.elem)}`;
    if (nullable) {
      const m = tmp('m');
      e.line(`const ${m} = ${reader}.int8();`);
      e.open(`if (${m} < 0) {`);
      if (nullableCond !== 'true') e.line(`if (!(${nullableCond})) throw new DecodeError('${msg.name}.${f.name} is null but not nullable in version ' + version);`);
      e.line(`${target} = null;`);
      e.close(`} else ${target} = ${fn}(${reader}, version);`);
    } else {
      e.line(`${target} = ${fn}(${reader}, version);`);
    }
    return;
  }
  switch (f.elem) {
    case 'bool':
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'int64':
    case 'float64':
    case 'uuid':
      e.line(`${target} = ${reader}.${f.elem}();`);
      return;
    case 'string':
    case 'bytes':
    case 'records': {
      const kind = f.elem === 'string' ? 'String' : 'Bytes';
      const lower = kind.toLowerCase();
      if (nullable && nullableCond === 'true') {
        e.line(`${target} = ${flex} ? ${reader}.compactNullable${kind}() : ${reader}.nullable${kind}();`);
      } else if (nullable) {
        e.open(`if (${nullableCond}) {`);
        e.line(`${target} = ${flex} ? ${reader}.compactNullable${kind}() : ${reader}.nullable${kind}();`);
        e.close(`} else ${target} = ${flex} ? ${reader}.compact${kind}() : ${reader}.${lower}();`);
      } else {
        e.line(`${target} = ${flex} ? ${reader}.compact${kind}() : ${reader}.${lower}();`);
      }
      return;
    }
    default:
      throw new Error(`cannot decode ${f.elem}`);
  }
}

/**
 * The flexible-encoding condition for a field: the message's, unless the field overrides it
 * (RequestHeader.ClientId says "flexibleVersions": "none": it stays a classic nullable string in
 * header v2 so that old brokers can still read the client id, KIP-482).
 */
function flexExpr(msg, f) {
  if (f.flexibleOverride === undefined) return 'flexible';
  const range = intersect(f.flexibleOverride, msg.flexible);
  if (!range) return 'false';
  const c = cond(range, msg.valid);
  return c === 'true' ? 'true' : `(${c})`;
}

/**
 * A condition true when `expr` (a present value of field f) differs from the field's default:
 * tagged fields are written only then, and a version lacking a non-ignorable field refuses such
 * a value (Kafka's generated write() throws UnsupportedVersionException there).
 */
function nonDefaultExpr(msg, f, expr) {
  const d = defaultExpr(msg, f);
  if (d === 'null') return `${expr} !== null`;
  const orNull = f.nullable ? `${expr} === null || ` : '';
  if (f.isArray || f.elem === 'bytes') return `(${orNull}${expr}.length !== 0)`;
  if (f.isStruct) return `(${orNull}!isSameValue(${expr}, ${d}))`;
  return `${expr} !== ${d}`;
}

function emitStruct(e, msg, structName, fields) {
  const typeName = structName === msg.name ? msg.name : structTypeName(msg, structName);
  const valid = structName === msg.name ? msg.valid : (msg.structRanges.get(structName) ?? msg.valid);
  const flexCond = cond(msg.flexible, valid);
  const regular = fields.filter((f) => !f.tagged);
  const tagged = fields.filter((f) => f.tagged).sort((a, b) => a.tag - b.tag);

  // Interface
  e.open(`export interface ${typeName} {`);
  for (const f of fields) {
    const t = fieldTsType(msg, f);
    e.line(f.tagged ? `${f.prop}?: ${t} | undefined;` : `${f.prop}: ${t};`);
  }
  e.close();
  e.line();

  // Default factory (used for fields absent from a version and as the base of new messages)
  e.open(`export function default${typeName}(): ${typeName} {`);
  e.open('return {');
  for (const f of regular) e.line(`${f.prop}: ${defaultExpr(msg, f)},`);
  e.close('};');
  e.close();
  e.line();

  // Encoder
  const usesFlexible = flexCond !== 'false';
  e.open(`export function encode${typeName}(w: Writer, version: number, m: ${typeName}): void {`);
  if (structName === msg.name) {
    // A message read or written outside the spec's versions would silently take the nearest
    // version's layout; Kafka's generated code refuses it too (UnsupportedVersionException).
    e.line(`if (!(version >= ${msg.valid[0]} && version <= ${msg.valid[1]})) throw new EncodeError('${typeName} has no version ' + version);`);
  }
  if (usesFlexible) e.line(`const flexible = ${flexCond};`);
  // Responses are written by the broker for whichever version the client asked: a field that
  // version lacks is dropped, as older clients expect. Requests (written by our clients) keep
  // Kafka's rule that a non-ignorable field with a non-default value cannot be sent in a
  // version without it (UnsupportedVersionException), so no request silently loses meaning.
  const droppable = (f) => f.ignorable || msg.type === 'response';
  for (const f of regular) {
    const present = intersect(f.versions, valid);
    const refuse = `throw new EncodeError('${typeName}.${f.name}: a non-default value cannot be written in version ' + version);`;
    if (!present) {
      if (!droppable(f)) e.line(`if (${nonDefaultExpr(msg, f, `m.${f.prop}`)}) ${refuse}`);
      continue;
    }
    const c = cond(present, valid);
    const nc = cond(intersect(f.nullable, present), present);
    const flex = usesFlexible ? flexExpr(msg, f) : 'false';
    if (c === 'true') {
      emitEncodeValue(e, msg, f, `m.${f.prop}`, flex, nc, false);
    } else {
      e.open(`if (${c}) {`);
      emitEncodeValue(e, msg, f, `m.${f.prop}`, flex, nc, false);
      if (droppable(f)) {
        e.close();
      } else {
        // Kafka: a field the version lacks must hold its default unless marked "ignorable".
        e.close('} else {');
        e.depth++;
        e.line(`if (${nonDefaultExpr(msg, f, `m.${f.prop}`)}) ${refuse}`);
        e.close();
      }
    }
  }
  for (const f of tagged) {
    const c = cond(intersect(f.tagged, valid), valid);
    if (c === 'true' || droppable(f)) continue;
    const set = `m.${f.prop} !== undefined && ${nonDefaultExpr(msg, f, `m.${f.prop}`)}`;
    e.line(`if (!(${c}) && ${set}) throw new EncodeError('${typeName}.${f.name}: a non-default value cannot be written in version ' + version);`);
  }
  if (usesFlexible) {
    e.open('if (flexible) {');
    if (tagged.length === 0) {
      e.line('w.unsignedVarInt(0);');
    } else {
      e.line('let tagCount = 0;');
      const checks = [];
      for (const f of tagged) {
        const tv = intersect(f.tagged, valid);
        const c = cond(tv, valid);
        // A tagged struct is written whenever it is set (undefined is how a message says
        // "absent"); other tagged values only when they differ from the default, as Kafka does.
        const differs = f.isStruct && !f.isArray ? '' : ` && ${nonDefaultExpr(msg, f, `m.${f.prop}`)}`;
        const set = `${c === 'true' ? '' : `(${c}) && `}m.${f.prop} !== undefined${differs}`;
        const v = tmp('has');
        checks.push([f, v]);
        e.line(`const ${v} = ${set};`);
        e.line(`if (${v}) tagCount++;`);
      }
      e.line('w.unsignedVarInt(tagCount);');
      for (const [f, v] of checks) {
        e.open(`if (${v}) {`);
        e.line(`w.unsignedVarInt(${f.tag});`);
        e.line('const outer = w;');
        e.open('{');
        e.line('const w = new Writer(64);');
        const tv = intersect(f.tagged, valid);
        const nc = cond(intersect(f.nullable, tv), tv);
        emitEncodeValue(e, msg, f, `m.${f.prop}!`, 'true', nc, false);
        e.line('const bytes = w.toBuffer();');
        e.line('outer.unsignedVarInt(bytes.length);');
        e.line('outer.raw(bytes);');
        e.close();
        e.close();
      }
    }
    e.close();
  }
  e.close();
  e.line();

  // Decoder
  e.open(`export function decode${typeName}(r: Reader, version: number): ${typeName} {`);
  if (structName === msg.name) {
    e.line(`if (!(version >= ${msg.valid[0]} && version <= ${msg.valid[1]})) throw new DecodeError('${typeName} has no version ' + version);`);
  }
  if (usesFlexible) e.line(`const flexible = ${flexCond};`);
  const locals = [];
  for (const f of regular) {
    const local = `f_${f.prop}`;
    locals.push([f, local]);
    const present = intersect(f.versions, valid);
    const t = fieldTsType(msg, f);
    if (!present) {
      e.line(`const ${local}: ${t} = ${defaultExpr(msg, f)};`);
      continue;
    }
    const c = cond(present, valid);
    const nc = cond(intersect(f.nullable, present), present);
    const flex = usesFlexible ? flexExpr(msg, f) : 'false';
    if (c === 'true') {
      e.line(`let ${local}: ${t};`);
      emitDecodeValue(e, msg, f, local, flex, nc, false);
    } else {
      e.line(`let ${local}: ${t} = ${defaultExpr(msg, f)};`);
      e.open(`if (${c}) {`);
      emitDecodeValue(e, msg, f, local, flex, nc, false);
      e.close();
    }
  }
  for (const f of tagged) {
    e.line(`let t_${f.prop}: ${fieldTsType(msg, f)} | undefined;`);
  }
  if (usesFlexible) {
    e.open('if (flexible) {');
    e.line('const tagCount = r.unsignedVarInt();');
    e.line('let previousTag = -1;');
    e.open('for (let t = 0; t < tagCount; t++) {');
    e.line('const tag = r.unsignedVarInt();');
    e.line(`if (tag <= previousTag) throw new DecodeError('${typeName}: tagged field ' + tag + ' out of order');`);
    e.line('previousTag = tag;');
    e.line('const size = r.unsignedVarInt();');
    if (tagged.length === 0) {
      e.line('r.skip(size);');
    } else {
      e.line('const fr = r.sub(size);');
      e.open('switch (tag) {');
      for (const f of tagged) {
        const tv = intersect(f.tagged, valid);
        const c = cond(tv, valid);
        const nc = cond(intersect(f.nullable, tv), tv);
        e.open(`case ${f.tag}:`);
        e.open(`if (${c}) {`);
        emitDecodeValue(e, msg, f, `t_${f.prop}`, 'true', nc, false, 'fr');
        e.line(`if (fr.remaining !== 0) throw new DecodeError('${typeName}.${f.name}: tagged field has trailing bytes');`);
        e.close();
        e.line('break;');
        e.depth--;
      }
      e.line('default:');
      e.line('  break;');
      e.close();
    }
    e.close();
    e.close();
  }
  e.open('return {');
  for (const [f, local] of locals) e.line(`${f.prop}: ${local},`);
  e.close('};');
  // tagged: attach only when present, keeping absent ones undefined
  e.lines.splice(
    e.lines.length - 1,
    0,
    ...tagged.map((f) => '  '.repeat(e.depth + 1) + `...(t_${f.prop} !== undefined ? { ${f.prop}: t_${f.prop} } : {}),`),
  );
  e.close();
  e.line();
}

function usedStructs(msg) {
  // Order: every struct before... order does not matter for function declarations; keep spec order.
  return [...msg.structs.keys()];
}

function generateMessage(msg) {
  tmpCounter = 0;
  const e = new Emitter();
  e.line(`// Generated from ${msg.file} by packages/protocol/codegen/generate.mjs. Do not edit.`);
  e.line('/* eslint-disable */');
  e.line(`import { Reader } from '../../primitives/reader.js';`);
  e.line(`import { Writer } from '../../primitives/writer.js';`);
  e.line(`import { DecodeError, EncodeError } from '../../primitives/errors.js';`);
  e.line(`import { isSameValue } from '../../primitives/equal.js';`);
  e.line(`import { ZERO_UUID } from '../../primitives/uuid.js';`);
  e.line();
  e.line('const EMPTY_BYTES: Buffer = Buffer.alloc(0);');
  e.line('void Reader; void DecodeError; void EncodeError; void isSameValue; void ZERO_UUID; void EMPTY_BYTES;');
  e.line();
  e.line(`export const ${camel(msg.name)}Versions = { min: ${msg.valid[0]}, max: ${msg.valid[1]}, flexibleMin: ${msg.flexible ? msg.flexible[0] : -1} } as const;`);
  e.line();
  emitStruct(e, msg, msg.name, msg.fields);
  for (const name of usedStructs(msg)) {
    emitStruct(e, msg, name, msg.structs.get(name).fields);
  }
  return e.text();
}

// ---------------------------------------------------------------------------------------------
// Schema (for arbitraries and docs)

function schemaField(msg, f) {
  const out = {
    name: f.prop,
    type: f.isArray ? `[]${f.isStruct ? 'struct' : f.elem}` : f.isStruct ? 'struct' : f.elem,
    versions: f.versions,
  };
  if (f.nullable) out.nullable = f.nullable;
  if (f.tagged) {
    out.tagged = f.tagged;
    out.tag = f.tag;
  }
  if (f.flexibleOverride === null) out.neverFlexible = true;
  // The spec's default as written ("-1", "0x7fffffff", "null"), so tests can check what decode
  // fills in against their own reading of it.
  if (f.default !== undefined) out.default = String(f.default);
  if (f.ignorable) out.ignorable = true;
  if (f.isStruct) {
    out.struct = structTypeName(msg, f.elem);
    out.fields = msg.structs.get(f.elem).fields.map((sf) => schemaField(msg, sf));
  }
  return out;
}

function jsRange(r) {
  return r ? `[${r[0]}, ${r[1] === Infinity ? 'Infinity' : r[1]}]` : 'null';
}

function schemaToTs(value, depth) {
  const pad = '  '.repeat(depth);
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number') return jsRange(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + '  ' + schemaToTs(v, depth + 1)).join(',\n')},\n${pad}]`;
  }
  if (value === null) return 'null';
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${k}: ${schemaToTs(v, depth + 1)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------
// Main

const specFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
const files = [...specFiles(clientsDir), ...(existsSync(groupCoordinatorDir) ? specFiles(groupCoordinatorDir) : [])];
const messages = files.map(loadMessage);
const outputs = new Map();

for (const msg of messages) {
  outputs.set(`messages/${kebab(msg.name)}.ts`, generateMessage(msg));
}

// Index of messages
{
  const e = new Emitter();
  e.line('// Generated by packages/protocol/codegen/generate.mjs. Do not edit.');
  for (const msg of messages) e.line(`export * from './messages/${kebab(msg.name)}.js';`);
  outputs.set('index.ts', e.text());
}

// API table
{
  const requests = messages.filter((m) => m.type === 'request').sort((a, b) => a.apiKey - b.apiKey);
  const byKey = new Map(messages.filter((m) => m.type === 'response').map((m) => [m.apiKey, m]));
  const e = new Emitter();
  e.line('// Generated by packages/protocol/codegen/generate.mjs. Do not edit.');
  e.line('/* eslint-disable */');
  e.line(`import type { Reader } from '../primitives/reader.js';`);
  e.line(`import type { Writer } from '../primitives/writer.js';`);
  e.line(`import * as m from './index.js';`);
  e.line();
  e.open('export const ApiKey = {');
  for (const r of requests) e.line(`${r.name.replace(/Request$/, '')}: ${r.apiKey},`);
  e.close('} as const;');
  e.line('export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey];');
  e.line();
  e.open('export interface RequestByKey {');
  for (const r of requests) e.line(`${r.apiKey}: m.${r.name};`);
  e.close();
  e.open('export interface ResponseByKey {');
  for (const r of requests) e.line(`${r.apiKey}: m.${byKey.get(r.apiKey).name};`);
  e.close();
  e.line();
  e.line('/** What the spec says of one API: its versions and codecs. */');
  e.open('export interface ApiSpec<K extends keyof RequestByKey = keyof RequestByKey> {');
  e.line('readonly key: K;');
  e.line('readonly name: string;');
  e.line('/** Lowest and highest version in the spec. */');
  e.line('readonly minVersion: number;');
  e.line('readonly maxVersion: number;');
  e.line('/** First flexible version, or -1 when the API has none. */');
  e.line('readonly flexibleMin: number;');
  e.line('/** The highest version is still under development in Kafka (not to be advertised). */');
  e.line('readonly latestVersionUnstable: boolean;');
  e.line('/** Which Kafka processes serve it: "broker", "controller", "zkBroker". */');
  e.line('readonly listeners: readonly string[];');
  e.line('readonly encodeRequest: (w: Writer, version: number, msg: RequestByKey[K]) => void;');
  e.line('readonly decodeRequest: (r: Reader, version: number) => RequestByKey[K];');
  e.line('readonly encodeResponse: (w: Writer, version: number, msg: ResponseByKey[K]) => void;');
  e.line('readonly decodeResponse: (r: Reader, version: number) => ResponseByKey[K];');
  e.close();
  e.line();
  e.open('export const apis: { readonly [K in keyof RequestByKey]: ApiSpec<K> } = {');
  for (const r of requests) {
    const res = byKey.get(r.apiKey);
    e.open(`${r.apiKey}: {`);
    e.line(`key: ${r.apiKey},`);
    e.line(`name: '${r.name.replace(/Request$/, '')}',`);
    e.line(`minVersion: ${r.valid[0]},`);
    e.line(`maxVersion: ${r.valid[1]},`);
    e.line(`flexibleMin: ${r.flexible ? r.flexible[0] : -1},`);
    e.line(`latestVersionUnstable: ${r.latestVersionUnstable},`);
    e.line(`listeners: ${JSON.stringify(r.listeners)},`);
    e.line(`encodeRequest: m.encode${r.name},`);
    e.line(`decodeRequest: m.decode${r.name},`);
    e.line(`encodeResponse: m.encode${res.name},`);
    e.line(`decodeResponse: m.decode${res.name},`);
    e.close('},');
  }
  e.close('};');
  e.line();
  e.line('/** The spec of an API key, or undefined for a key Kafka does not define. */');
  e.open('export function apiSpec(key: number): ApiSpec | undefined {');
  e.line('return (apis as Record<number, ApiSpec | undefined>)[key];');
  e.close();
  e.line();
  e.line('/** Request header version for an API version: 2 when flexible, else 1 (0 for ControlledShutdown v0). */');
  e.open('export function requestHeaderVersion(key: number, version: number): number {');
  e.line('const spec = apiSpec(key);');
  e.line('if (key === 7 && version === 0) return 0;');
  e.line('return spec !== undefined && spec.flexibleMin >= 0 && version >= spec.flexibleMin ? 2 : 1;');
  e.close();
  e.line();
  e.line('/** Response header version: 1 when flexible, else 0; ApiVersions always uses 0 (KIP-511). */');
  e.open('export function responseHeaderVersion(key: number, version: number): number {');
  e.line('if (key === 18) return 0;');
  e.line('const spec = apiSpec(key);');
  e.line('return spec !== undefined && spec.flexibleMin >= 0 && version >= spec.flexibleMin ? 1 : 0;');
  e.close();
  outputs.set('apis.ts', e.text());
}

// Schema
{
  const e = new Emitter();
  e.line('// Generated by packages/protocol/codegen/generate.mjs. Do not edit.');
  e.line('/* eslint-disable */');
  e.line('// A compact description of every message (field names, types, version ranges), from which');
  e.line('// tests build fast-check arbitraries and docs list coverage. Ranges are [min, max] inclusive.');
  e.line();
  e.line(`export type VersionRange = readonly [number, number];`);
  e.open('export interface FieldSchema {');
  e.line('readonly name: string;');
  e.line('readonly type: string;');
  e.line('readonly versions: VersionRange | null;');
  e.line('readonly nullable?: VersionRange;');
  e.line('readonly tagged?: VersionRange;');
  e.line('readonly tag?: number;');
  e.line('/** The field keeps the classic encoding in flexible versions ("flexibleVersions": "none"). */');
  e.line('readonly neverFlexible?: boolean;');
  e.line('/** The default as the spec writes it; absent means the type\'s zero value. */');
  e.line('readonly default?: string;');
  e.line('/** Versions lacking the field may drop a non-default value silently. */');
  e.line('readonly ignorable?: boolean;');
  e.line('/** For struct fields: the generated TypeScript type (codecs are encode<T>/decode<T>/default<T>). */');
  e.line('readonly struct?: string;');
  e.line('readonly fields?: readonly FieldSchema[];');
  e.close();
  e.open('export interface MessageSchema {');
  e.line('readonly name: string;');
  e.line('readonly type: string;');
  e.line('readonly apiKey?: number;');
  e.line('readonly valid: VersionRange;');
  e.line('readonly flexible: VersionRange | null;');
  e.line('readonly fields: readonly FieldSchema[];');
  e.close();
  e.line();
  e.open('export const messageSchemas: readonly MessageSchema[] = [');
  for (const msg of messages) {
    const obj = { name: msg.name, type: msg.type };
    if (msg.apiKey !== undefined) obj.apiKey = msg.apiKey;
    obj.valid = msg.valid;
    obj.flexible = msg.flexible;
    obj.fields = msg.fields.map((f) => schemaField(msg, f));
    e.line(schemaToTs(obj, 1) + ',');
  }
  e.close('];');
  outputs.set('schema.ts', e.text());
}

// Write or check
let differ = [];
const expected = new Set();
for (const [rel, text] of outputs) {
  const path = join(outDir, rel);
  expected.add(path);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current !== text) {
    differ.push(rel);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
}
// Stale files
const msgDir = join(outDir, 'messages');
if (existsSync(msgDir)) {
  for (const f of readdirSync(msgDir)) {
    const path = join(msgDir, f);
    if (!expected.has(path)) {
      differ.push(`messages/${f} (stale)`);
      if (!check) rmSync(path);
    }
  }
}
if (check) {
  if (differ.length > 0) {
    console.error(`generated protocol code is out of date (${differ.length} files differ, e.g. ${differ.slice(0, 3).join(', ')}); run: npm run gen`);
    process.exit(1);
  }
  console.error(`generated protocol code is up to date (${outputs.size} files from ${messages.length} specs)`);
} else {
  console.error(`wrote ${differ.length} of ${outputs.size} files from ${messages.length} specs in ${basename(clientsDir)}/${existsSync(groupCoordinatorDir) ? ' and group-coordinator/' : ''}`);
}
