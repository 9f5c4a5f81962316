export * from './records.js';
export {
  MetadataRecordDecodeError,
  UnknownMetadataRecordTypeError,
  UnsupportedMetadataRecordVersionError,
  encodeRecord,
  decodeRecord,
  encodeMetadataBatch,
  decodeMetadataBatch,
} from './codec.js';
