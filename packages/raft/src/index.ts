export * from './limits.js';
export * from './core/types.js';
export { RaftInvariantError } from './core/assert.js';
export { SeededRandom } from './core/random.js';
export { RaftNode, emptyStorageState, type RaftNodeConfig, type RaftStorageState, type RaftStatus } from './core/node.js';
export { recoverStorage } from './core/recovery.js';
export * as sim from './sim/index.js';
export * from './runtime/index.js';
