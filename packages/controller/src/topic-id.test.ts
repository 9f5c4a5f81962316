// Goal: generated topic ids are valid Kafka uuids in text form (version 4, decodable), distinct,
// and never the reserved zero/one ids or a leading '-'. Method: compare the pure encoder with
// Node's base64url and the protocol package's uuid check over many draws.
import { isUuid } from '@gregor/protocol';
import { SeededRandom } from '@gregor/raft';
import { describe, expect, it } from 'vitest';
import { base64url, ONE_UUID, randomUuid } from './topic-id.js';

describe('topic ids', () => {
  it('encodes like base64url and yields valid, distinct version-4 uuids', () => {
    const random = new SeededRandom(3);
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const bytes = new Uint8Array(1 + random.nextInt(20)).map(() => random.nextInt(256));
      expect(base64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      const id = randomUuid(random);
      expect(isUuid(id)).toBe(true);
      expect(id.startsWith('-')).toBe(false);
      expect(id).not.toBe(ONE_UUID);
      const raw = Buffer.from(id, 'base64url');
      expect(raw[6]! >> 4).toBe(4);
      expect(raw[8]! >> 6).toBe(2);
      seen.add(id);
    }
    expect(seen.size).toBe(5000);
  });
});
