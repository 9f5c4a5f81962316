export { DecodeError, EncodeError } from './errors.js';
export { Reader } from './reader.js';
export { Writer } from './writer.js';
export { ZERO_UUID, isUuid, uuidFromBytes, uuidToBytes, uuidFromRandom } from './uuid.js';
export { isSameValue } from './equal.js';
