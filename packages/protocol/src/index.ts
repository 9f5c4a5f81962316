export * from './errors.js';
export * from './primitives/index.js';
export * from './records/index.js';
export * from './generated/index.js';
export * from './generated/apis.js';
