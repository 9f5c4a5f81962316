export { DecodeError } from './errors.js';
export { Reader } from './reader.js';
export { Writer } from './writer.js';
export { ZERO_UUID, uuidFromBytes, uuidToBytes, uuidFromRandom } from './uuid.js';
