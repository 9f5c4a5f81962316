// Test support for the generated codecs: arbitraries built from the emitted schema and
// name-based codec lookup. Imported as '@gregor/protocol/testing'; never from production code.
export { arbitraryFor, defaultValueOf, schemaFor } from './arbitraries.js';
export { allMessageVersions, codecFor, decodeWhole, encodeToBuffer, type Codec } from './codecs.js';
export { messageSchemas, type FieldSchema, type MessageSchema, type VersionRange } from '../generated/schema.js';
