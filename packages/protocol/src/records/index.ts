export * from './crc32c.js';
export * from './batch-header.js';
