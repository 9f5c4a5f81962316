export * from './limits.js';
export * from './core/types.js';
export { RaftInvariantError } from './core/assert.js';
export { SeededRandom } from './core/random.js';
export { RaftNode, emptyStorageState, type RaftNodeConfig, type RaftStorageState, type RaftStatus } from './core/node.js';
